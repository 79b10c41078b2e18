namespace ZoneExtract.Evaluation.Html;

/// <summary>How <see cref="HtmlView"/> and <see cref="HtmlViewWriter"/> build an extraction page.</summary>
public sealed record HtmlViewOptions
{
    /// <summary>The page title, shown in the browser tab and as the heading.</summary>
    public string Title { get; init; } = "ZoneExtract";

    /// <summary>
    /// Whether each document gets a legend of coloured chips with its counts per label. Off, its counts are plain text
    /// in its summary line, and the page's totals legend (written with several documents) gives the colours: a page
    /// of thousands of documents then has a few elements fewer per document and opens faster.
    /// </summary>
    public bool DocumentLegends { get; init; } = true;

    /// <summary>
    /// Further parts of each document, written in this order after its highlighted text. A section that has nothing
    /// to show for a document writes nothing. By default the document's facts as a table (<see cref="FactsSection"/>).
    /// </summary>
    public IReadOnlyList<IHtmlDocumentSection> Sections { get; init; } = [new FactsSection()];
}
