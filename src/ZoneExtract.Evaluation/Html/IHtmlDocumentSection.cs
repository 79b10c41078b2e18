namespace ZoneExtract.Evaluation.Html;

/// <summary>A part of one document's block on an extraction page, written after its highlighted text.</summary>
public interface IHtmlDocumentSection
{
    /// <summary>
    /// Writes this section for one document, or nothing when the document has nothing to show. Everything taken from
    /// the document must be HTML-escaped (<see cref="System.Net.WebUtility.HtmlEncode(string)"/>).
    /// </summary>
    /// <param name="document">The document, its result and its anchors.</param>
    /// <param name="output">The page being written.</param>
    void Write(HtmlDocumentContext document, TextWriter output);
}
