namespace ZoneExtract.Evaluation.Html;

/// <summary>One document as a section of an extraction page sees it.</summary>
public sealed class HtmlDocumentContext
{
    internal HtmlDocumentContext(string? id, ExtractionResult result, string anchor)
    {
        Id = id;
        Result = result;
        Anchor = anchor;
    }

    /// <summary>The document's id from the input, or null.</summary>
    public string? Id { get; }

    /// <summary>The extraction result shown.</summary>
    public ExtractionResult Result { get; }

    /// <summary>The HTML id of the document's block (<c>d1</c>, <c>d2</c>…), for links to it.</summary>
    public string Anchor { get; }

    /// <summary>The HTML id of the paragraph holding the text at <paramref name="offset"/> (each line of the text is one paragraph), for links to a sentence.</summary>
    /// <param name="offset">A UTF-16 index into <see cref="ExtractionResult.Text"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The offset is outside the text.</exception>
    public string LineAnchor(int offset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(offset, Result.Text.Length);
        _lineStarts ??= LineStarts(Result.Text);
        var line = Array.BinarySearch(_lineStarts, offset);
        return HighlightedText.LineAnchor(Anchor, line >= 0 ? line + 1 : ~line);
    }

    // built on the first link, so that a table of many facts does not count line breaks from the start each time
    private int[]? _lineStarts;

    private static int[] LineStarts(string text)
    {
        var starts = new List<int> { 0 };
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1)) starts.Add(i + 1);
        return starts.ToArray();
    }
}
