using System.CommandLine;
using ZoneExtract.Cli;
using ZoneExtract.Cli.Commands;

var root = new RootCommand("ZoneExtract: typed, normalised entities from Chinese government and economic news.")
{
    ExtractCommand.Create(),
    EvalCommand.Create(),
    BenchCommand.Create(),
    TrainCommand.Create(),
};
return CommandRunner.Run(root, args);
