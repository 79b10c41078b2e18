using System.CommandLine;
using ZoneExtract.Cli.Commands;

namespace ZoneExtract.Cli;

/// <summary>The <c>zoneextract</c> command and its verbs.</summary>
internal static class ZoneExtractCommand
{
    public static RootCommand Create() => new("ZoneExtract: typed, normalised entities from Chinese government and economic news.")
    {
        ExtractCommand.Create(),
        EvalCommand.Create(),
        BenchCommand.Create(),
        TrainCommand.Create(),
        ClustersCommand.Create(),
    };
}
