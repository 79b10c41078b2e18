namespace ZoneExtract.Evaluation.Html;

/// <summary>
/// Extraction results as one self-contained HTML page (inline style sheet, no script, nothing from the network):
/// per document, the text with every entity highlighted in its label's colour and its normalised value in the
/// element's title, and a legend with the counts per label; several documents get totals and a table of contents.
/// </summary>
public static class HtmlView
{
    /// <summary>Writes the page of <paramref name="documents"/>, read once, in order (use <see cref="HtmlViewWriter"/> to stream from an asynchronous source).</summary>
    /// <param name="documents">Each document's id (or null) and extraction result.</param>
    /// <param name="output">Where to write the page (UTF-8 is what the page declares).</param>
    /// <param name="options">Title and extra sections; null for the defaults.</param>
    public static void Write(IEnumerable<(string? Id, ExtractionResult Result)> documents, TextWriter output, HtmlViewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var writer = new HtmlViewWriter(output, options);
        foreach (var (id, result) in documents) writer.WriteDocument(id, result);
        writer.Finish();
    }
}
