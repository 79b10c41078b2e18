using ZoneExtract.Cli;

return CommandRunner.Run(ZoneExtractCommand.Create(), args);
