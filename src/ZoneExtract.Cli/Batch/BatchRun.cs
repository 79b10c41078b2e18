using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// Runs a batch to an output (JSONL or an HTML page): one result per input document, in input order. Failed
/// documents get an error record (or block) in place and a line on stderr; the exit code is 1 if any failed.
/// </summary>
internal static class BatchRun
{
    /// <summary>
    /// Runs <paramref name="extractor"/> over <paramref name="input"/> into <paramref name="output"/>, which it disposes on
    /// every path. The extractor is built by the caller before the output is opened, so that a failure to load leaves an
    /// existing output file as it was.
    /// </summary>
    public static async Task<int> RunAsync(BatchInput input, BatchExtractor extractor, IBatchOutput output, bool showProgress, CancellationToken cancellationToken)
    {
        await using var _ = output.ConfigureAwait(false);
        using var progress = showProgress ? new ProgressDisplay(Console.Error, input.FractionDone) : null;
        var failed = 0;
        await foreach (var result in extractor.ExtractAsync(input.Documents, cancellationToken).ConfigureAwait(false))
        {
            await output.WriteAsync(result).ConfigureAwait(false);
            progress?.Add(result.Document.Text.Length);
            if (result.Document.Warning is { } warning) Console.Error.WriteLine($"zoneextract: {Where(result)}: warning: {warning}");
            if (result.Succeeded) continue;
            failed++;
            Console.Error.WriteLine($"zoneextract: {Where(result)}: {result.Error}");
        }
        return failed == 0 ? 0 : CommandRunner.Failure;
    }

    private static string Where(BatchResult result) => result.Document.Source ?? result.Document.Id ?? $"document {result.Index + 1}";

    /// <summary>Standard output, or a new file, buffered.</summary>
    public static Stream OpenOutput(string? path) => path is null
        ? new BufferedStream(Console.OpenStandardOutput(), 1 << 16)
        : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
}
