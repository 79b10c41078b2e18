namespace ZoneExtract.Evaluation.Html;

/// <summary>The table of contents of a page with several documents: a link to each document and a short summary.</summary>
internal sealed class ContentsList
{
    private const int OpenUpTo = 100;

    private readonly List<(string Anchor, string Name, string Summary)> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Registers a document and returns its anchor (d1, d2…): ids of the input never become HTML ids.</summary>
    public string Add(string name, string summary)
    {
        var anchor = $"d{_entries.Count + 1}";
        _entries.Add((anchor, name, summary));
        return anchor;
    }

    /// <summary>
    /// Writes the list inside a <c>details</c> element, open for a short list; a long one stays closed, so that the
    /// browser lays out its thousands of entries only when the reader opens it.
    /// </summary>
    public void Write(TextWriter output)
    {
        output.Write(_entries.Count <= OpenUpTo ? "<details open>" : "<details>");
        output.Write($"<summary>Contents ({Wording.Count(_entries.Count, "document", "documents")})</summary><ol>");
        foreach (var (anchor, name, summary) in _entries)
        {
            output.Write($"<li><a href=\"#{anchor}\">");
            HtmlText.Write(output, name);
            output.Write("</a><span>");
            HtmlText.Write(output, summary);
            output.Write("</span></li>\n");
        }
        output.Write("</ol></details>\n");
    }
}
