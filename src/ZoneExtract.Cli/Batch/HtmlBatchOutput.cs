using ZoneExtract.Batch;
using ZoneExtract.Evaluation.Html;

namespace ZoneExtract.Cli.Batch;

/// <summary>
/// One HTML page for the whole batch, streamed: each document is written as it comes and dropped, and a failed
/// document shows its reason in its place. Disposing ends the page (with its table of contents), also after a
/// cancellation, so that what was written opens.
/// </summary>
internal sealed class HtmlBatchOutput : IBatchOutput
{
    private readonly StreamWriter _writer;
    private readonly HtmlViewWriter _page;

    public HtmlBatchOutput(Stream output, string title)
    {
        _writer = new StreamWriter(output, PageEncoding.Utf8, 1 << 16);
        // Thousands of documents: each one's counts as text, the colours in the page's totals legend.
        _page = new HtmlViewWriter(_writer, new HtmlViewOptions { Title = title, DocumentLegends = false });
    }

    public ValueTask WriteAsync(BatchResult result)
    {
        if (result.Result is { } extraction) _page.WriteDocument(result.Document.Id, extraction);
        else _page.WriteFailure(result.Document.Id ?? result.Document.Source, result.Error ?? "failed");
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _page.Finish();
        }
        finally
        {
            // closes the file even if ending the page failed (a write error while flushing its last part)
            await _writer.DisposeAsync().ConfigureAwait(false);
        }
    }
}
