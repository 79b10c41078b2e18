using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Html;

/// <summary>
/// The facts of a document as a table after its text: subject, indicator, value, change and period, each indicator
/// linked to the paragraph that states it, normalised values in the cells' titles. Writes nothing for a document
/// without facts.
/// </summary>
public sealed class FactsSection : IHtmlDocumentSection
{
    /// <inheritdoc />
    public void Write(HtmlDocumentContext document, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(output);
        var rows = FactRow.From(document.Result);
        if (rows.Count == 0) return;
        output.Write("<table class=\"facts\"><caption>Facts</caption><thead><tr><th>subject</th><th>indicator</th><th>value</th><th>change</th><th>period</th></tr></thead><tbody>");
        foreach (var row in rows)
        {
            output.Write("<tr>");
            Cell(output, row.Subject, row.SubjectLabel);
            output.Write($"<td><a href=\"#{document.LineAnchor(row.Start)}\" title=\"{HtmlText.Escape(row.Sentence)}\">{HtmlText.Escape(row.Indicator)}</a></td>");
            Cell(output, row.Value, row.ValueNormalized);
            var sign = row.ChangeDirection switch { "increase" => "+ ", "decrease" => "− ", _ => "" };
            Cell(output, row.Change.Length == 0 ? "" : sign + row.Change, row.ChangeNormalized);
            Cell(output, row.Period, row.PeriodStart.Length == 0 ? "" : $"{row.PeriodStart} – {row.PeriodEnd}");
            output.Write("</tr>");
        }
        output.Write("</tbody></table>\n");
    }

    private static void Cell(TextWriter output, string text, string title) =>
        output.Write(title.Length == 0 ? $"<td>{HtmlText.Escape(text)}</td>" : $"<td title=\"{HtmlText.Escape(title)}\">{HtmlText.Escape(text)}</td>");

}
