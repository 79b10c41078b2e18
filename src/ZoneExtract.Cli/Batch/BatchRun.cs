using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// Runs a batch to JSONL output: one line per input document, in input order. Failed documents get an
/// error record in place and a line on stderr; the exit code is 1 if any failed.
/// </summary>
/// <remarks>
/// Each line shorter than 64 KiB goes to a buffered stream in one write: a buffered stream either appends a
/// write whole or first flushes what it holds, so the output only ever receives whole lines of ordinary
/// documents, even if the process is killed after a cancellation. The line of a long document streams out
/// in pieces instead of being built whole in memory.
/// </remarks>
internal static class BatchRun
{
    public static async Task<int> RunAsync(BatchInput input, BatchOptions options, string? outPath, bool showProgress, CancellationToken cancellationToken)
    {
        var extractor = new BatchExtractor(new ZoneExtractor(), options);
        await using var output = OpenOutput(outPath);
        using var progress = showProgress ? new ProgressDisplay(Console.Error, input.FractionDone) : null;
        var failed = 0;
        try
        {
            await foreach (var result in extractor.ExtractAsync(input.Documents, cancellationToken).ConfigureAwait(false))
            {
                BatchJsonl.WriteLine(output, result);
                progress?.Add(result.Document.Text.Length);
                if (result.Document.Warning is { } warning) Console.Error.WriteLine($"zoneextract: {Where(result)}: warning: {warning}");
                if (result.Succeeded) continue;
                failed++;
                Console.Error.WriteLine($"zoneextract: {Where(result)}: {result.Error}");
            }
        }
        finally
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        return failed == 0 ? 0 : CommandRunner.Failure;
    }

    private static string Where(BatchResult result) => result.Document.Source ?? result.Document.Id ?? $"document {result.Index + 1}";

    private static Stream OpenOutput(string? path) => path is null
        ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
        : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
}
