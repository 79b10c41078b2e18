using System.Globalization;

namespace ZoneExtract.Evaluation.Html;

/// <summary>
/// Writes an extraction page document by document, so that a batch of any length is streamed: only each document's
/// name and counts are kept, for the table of contents and the totals written by <see cref="Finish"/> (and shown at
/// the top of the page by its style sheet).
/// </summary>
public sealed class HtmlViewWriter
{
    private readonly TextWriter _output;
    private readonly HtmlViewOptions _options;
    private readonly ContentsList _contents = new();
    private readonly LabelLegend _totals = new();
    private int _failures;
    private bool _finished;

    /// <summary>Starts a page on <paramref name="output"/>: writes its head, style sheet and heading.</summary>
    public HtmlViewWriter(TextWriter output, HtmlViewOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        _output = output;
        _options = options ?? new HtmlViewOptions();
        HtmlPage.WriteStart(output, _options.Title);
        output.Write("<header><h1>");
        HtmlText.Write(output, _options.Title);
        output.Write("</h1><p class=\"muted\">Every entity is highlighted in its label's colour, its label after it; a span inside another "
            + "(a zone in an organisation's name) is outlined. Hover over an entity, or read its title, for its normalised value.</p></header>\n");
    }

    /// <summary>
    /// Writes one document: its name, its counts per label (as a legend, or as plain text when
    /// <see cref="HtmlViewOptions.DocumentLegends"/> is off), its text with every entity highlighted, then the extra sections.
    /// </summary>
    /// <param name="id">The document's id, or null (it is then named by its position).</param>
    /// <param name="result">What was extracted from it.</param>
    /// <exception cref="InvalidOperationException">The page is already finished.</exception>
    public void WriteDocument(string? id, ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        ThrowIfFinished();
        var legend = new LabelLegend();
        foreach (var entity in result.Entities) legend.Add(EntityLabelNames.ToName(entity.Label));
        _totals.AddAll(legend);
        var name = NameOf(id);
        var anchor = _contents.Add(name, Wording.Count(result.Entities.Count, "entity", "entities"));

        WriteHeading(anchor, name);
        _output.Write("<p class=\"meta\">");
        if (result.ReferenceDate is { } date) _output.Write($"reference date {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} · ");
        _output.Write(Wording.Count(result.Entities.Count, "entity", "entities"));
        if (!_options.DocumentLegends) legend.WriteInline(_output);
        _output.Write("</p>\n");
        if (_options.DocumentLegends) legend.Write(_output, "Entities per label");
        HighlightedText.Write(_output, result.Text, result.Entities.Select(ToHighlight).ToList(), anchor);
        _output.Write('\n');
        var context = new HtmlDocumentContext(id, result, anchor);
        foreach (var section in _options.Sections) section.Write(context, _output);
        _output.Write("</article>\n");
    }

    /// <summary>Writes the place of a document that could not be extracted, with the reason.</summary>
    /// <exception cref="InvalidOperationException">The page is already finished.</exception>
    public void WriteFailure(string? id, string error)
    {
        ArgumentNullException.ThrowIfNull(error);
        ThrowIfFinished();
        _failures++;
        var name = NameOf(id);
        var anchor = _contents.Add(name, "not extracted");
        WriteHeading(anchor, name);
        _output.Write("<p class=\"failed\">Not extracted: ");
        HtmlText.Write(_output, error);
        _output.Write("</p>\n</article>\n");
    }

    /// <summary>
    /// Ends the page. With more than one document it first writes the totals per label and the table of contents.
    /// Call it once; the writer is not flushed or closed.
    /// </summary>
    public void Finish()
    {
        ThrowIfFinished();
        _finished = true;
        if (_contents.Count > 1)
        {
            _output.Write("<nav aria-label=\"Contents\"><h2>");
            var failures = _failures == 0 ? "" : $", {_failures} not extracted";
            HtmlText.Write(_output, $"{Wording.Count(_contents.Count, "document", "documents")}{failures}, {Wording.Count(_totals.Total, "entity", "entities")}");
            _output.Write("</h2>\n");
            _totals.Write(_output, "Entities per label, all documents");
            _contents.Write(_output);
            _output.Write("</nav>\n");
        }
        HtmlPage.WriteEnd(_output);
    }

    /// <summary>The name shown for the next document: its id, or its position.</summary>
    private string NameOf(string? id) => id ?? $"document {_contents.Count + 1}";

    private void WriteHeading(string anchor, string name)
    {
        _output.Write($"<article id=\"{anchor}\"><h2>");
        HtmlText.Write(_output, name);
        _output.Write("</h2>\n");
    }

    private static Highlight ToHighlight(Entity entity)
    {
        var label = EntityLabelNames.ToName(entity.Label);
        var value = ValueText.Describe(entity);
        return new Highlight(entity.Start, entity.End, LabelStyle.ClassOf(label), label,
            value is null ? $"{label} {entity.Text}" : $"{label} {entity.Text} → {value}");
    }


    private void ThrowIfFinished()
    {
        if (_finished) throw new InvalidOperationException("The page is finished.");
    }
}
