using System.Text;
using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// One JSONL line per result: the gold-format document, or an error record in its place.
/// </summary>
/// <remarks>
/// Each line goes to a buffered stream in one write: a buffered stream either appends a write whole or
/// first flushes what it holds, so the output only ever receives whole lines, even if the process is
/// killed after a cancellation.
/// </remarks>
internal sealed class JsonlBatchOutput(Stream output) : IBatchOutput
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public ValueTask WriteAsync(BatchResult result) =>
        output.WriteAsync(Utf8.GetBytes(BatchJsonl.ToJsonLine(result) + "\n"), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        await output.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        await output.DisposeAsync().ConfigureAwait(false);
    }
}
