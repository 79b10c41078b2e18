using System.Text;
using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// Runs a batch to JSONL output: one line per input document, in input order, written whole. Failed
/// documents get an error record in place and a line on stderr; the exit code is 1 if any failed.
/// </summary>
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
                // One Write per line: a cancelled run stops between lines, never inside one.
                await output.WriteAsync(BatchJsonl.ToJsonLine(result) + "\n").ConfigureAwait(false);
                progress?.Add(result.Document.Text.Length);
                if (result.Succeeded) continue;
                failed++;
                Console.Error.WriteLine($"zoneextract: {result.Document.Source ?? result.Document.Id ?? $"document {result.Index + 1}"}: {result.Error}");
            }
        }
        finally
        {
            await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        return failed == 0 ? 0 : CommandRunner.Failure;
    }

    private static StreamWriter OpenOutput(string? path)
    {
        var stream = path is null ? Console.OpenStandardOutput() : new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        return new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16);
    }
}
