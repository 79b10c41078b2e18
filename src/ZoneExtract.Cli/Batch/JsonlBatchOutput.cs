using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// One JSONL line per result: the gold-format document, or an error record in its place.
/// </summary>
/// <remarks>
/// Each line shorter than 64 KiB goes to a buffered stream in one write: a buffered stream either appends a
/// write whole or first flushes what it holds, so the output only ever receives whole lines of ordinary
/// documents, even if the process is killed after a cancellation. The line of a long document streams out
/// in pieces instead of being built whole in memory.
/// </remarks>
internal sealed class JsonlBatchOutput(Stream output) : IBatchOutput
{
    public ValueTask WriteAsync(BatchResult result)
    {
        BatchJsonl.WriteLine(output, result);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await output.DisposeAsync().ConfigureAwait(false);
    }
}
