namespace ZoneExtract.Evaluation.Html;

/// <summary>The table of contents of a page with several documents: a link to each document and a short summary.</summary>
internal sealed class ContentsList
{
    private readonly List<(string Anchor, string Name, string Summary)> _entries = [];

    public int Count => _entries.Count;

    /// <summary>Registers a document and returns its anchor (d1, d2…): ids of the input never become HTML ids.</summary>
    public string Add(string name, string summary)
    {
        var anchor = $"d{_entries.Count + 1}";
        _entries.Add((anchor, name, summary));
        return anchor;
    }

    public void Write(TextWriter output)
    {
        output.Write("<ol>");
        foreach (var (anchor, name, summary) in _entries)
        {
            output.Write($"<li><a href=\"#{anchor}\">");
            HtmlText.Write(output, name);
            output.Write("</a><span>");
            HtmlText.Write(output, summary);
            output.Write("</span></li>\n");
        }
        output.Write("</ol>\n");
    }
}
