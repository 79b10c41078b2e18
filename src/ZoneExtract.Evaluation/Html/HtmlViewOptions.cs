namespace ZoneExtract.Evaluation.Html;

/// <summary>How <see cref="HtmlView"/> and <see cref="HtmlViewWriter"/> build an extraction page.</summary>
public sealed record HtmlViewOptions
{
    /// <summary>The page title, shown in the browser tab and as the heading.</summary>
    public string Title { get; init; } = "ZoneExtract";

    /// <summary>
    /// Further parts of each document, written in this order after its highlighted text (for example a table of the
    /// document's facts). A section that has nothing to show for a document writes nothing.
    /// </summary>
    public IReadOnlyList<IHtmlDocumentSection> Sections { get; init; } = [];
}
