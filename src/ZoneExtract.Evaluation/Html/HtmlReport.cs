using ZoneExtract.Evaluation.Reporting;

namespace ZoneExtract.Evaluation.Html;

/// <summary>
/// An evaluation as one self-contained HTML page: the score table, a legend of the marks, then each document's text
/// with its true positives, false positives, false negatives and value mismatches marked differently (fill, outline
/// and a symbol in the tag, so colour is not the only cue), each mark's title saying what the other side had.
/// </summary>
public static class HtmlReport
{
    /// <summary>Scores <paramref name="documents"/> and writes the page.</summary>
    /// <param name="documents">Gold and predicted documents, paired (texts must be identical).</param>
    /// <param name="output">Where to write the page (UTF-8 is what the page declares).</param>
    /// <param name="options">Labels to score, label map, title and sources; null for the defaults.</param>
    /// <returns>The figures shown on the page.</returns>
    /// <exception cref="DocumentAlignmentException">A pair's texts differ.</exception>
    public static EvaluationReport Write(IReadOnlyList<DocumentPair> documents, TextWriter output, HtmlReportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(output);
        options ??= new HtmlReportOptions();
        var marks = new List<IReadOnlyList<MarkedSpan>>(documents.Count);
        var report = Evaluator.Evaluate(documents, options.Evaluation, marks.Add);

        HtmlPage.WriteStart(output, options.Title);
        WriteHeader(output, options, report);
        WriteScores(output, report);
        WriteMarkLegend(output, marks.SelectMany(m => m));
        var contents = new ContentsList();
        var anchors = documents.Select((pair, i) => contents.Add(pair.NameAt(i), Wording.Count(marks[i].Count(m => m.Error is not null), "error", "errors"))).ToList();
        if (documents.Count > 1)
        {
            output.Write("<nav aria-label=\"Documents\">");
            contents.Write(output);
            output.Write("</nav>\n");
        }
        for (var i = 0; i < documents.Count; i++) WriteDocument(output, documents[i].NameAt(i), documents[i].Gold.Text, marks[i], anchors[i]);
        HtmlPage.WriteEnd(output);
        return report;
    }

    private static void WriteHeader(TextWriter output, HtmlReportOptions options, EvaluationReport report)
    {
        output.Write("<header><h1>");
        HtmlText.Write(output, options.Title);
        output.Write("</h1><p class=\"muted\">");
        if (options.GoldSource is { } gold) HtmlText.Write(output, $"gold: {gold} · ");
        if (options.PredictionSource is { } predictions) HtmlText.Write(output, $"predictions: {predictions} · ");
        output.Write($"{Wording.Count(report.Documents, "document", "documents")}, {Wording.Count(report.Errors.Count, "error", "errors")}. ");
        output.Write("Strict: label and both offsets equal; partial: an overlapping match counts 0.5; optional gold spans are neither hits nor misses.</p></header>\n");
    }

    private static void WriteScores(TextWriter output, EvaluationReport report)
    {
        output.Write("<section aria-label=\"Scores\"><table class=\"scores\"><thead><tr>");
        foreach (var cell in ScoreTable.Header) WriteCell(output, "th", cell);
        output.Write("</tr></thead><tbody>\n");
        foreach (var row in ScoreTable.Rows(report))
        {
            output.Write("<tr>");
            foreach (var cell in row) WriteCell(output, "td", cell);
            output.Write("</tr>\n");
        }
        output.Write("</tbody></table></section>\n");
    }

    private static void WriteCell(TextWriter output, string element, string text)
    {
        output.Write($"<{element}>");
        HtmlText.Write(output, text);
        output.Write($"</{element}>");
    }

    private static void WriteMarkLegend(TextWriter output, IEnumerable<MarkedSpan> marks)
    {
        var counts = marks.CountBy(m => m.Mark).ToDictionary();
        output.Write("<ul class=\"legend\" aria-label=\"Marks\">");
        foreach (var style in SpanMarkStyle.All)
        {
            output.Write($"<li><mark class=\"{style.CssClass}\" data-t=\"{HtmlText.Escape(style.Symbol)}\">");
            HtmlText.Write(output, style.Name);
            output.Write($"</mark> {HtmlText.Escape(style.Explanation)}<b>{counts.GetValueOrDefault(style.Mark)}</b></li>");
        }
        output.Write("</ul>\n");
    }

    private static void WriteDocument(TextWriter output, string name, string text, IReadOnlyList<MarkedSpan> marks, string anchor)
    {
        output.Write($"<article id=\"{anchor}\"><h2>");
        HtmlText.Write(output, name);
        output.Write("</h2>\n<p class=\"meta\">");
        HtmlText.Write(output, string.Join(" · ", SpanMarkStyle.All
            .Select(s => (s.Symbol, s.Name, Count: marks.Count(m => m.Mark == s.Mark)))
            .Where(s => s.Count > 0)
            .Select(s => $"{s.Count} {s.Symbol} {s.Name}")));
        output.Write("</p>\n");
        HighlightedText.Write(output, text, marks.Select(m => ToHighlight(m, text)).ToList(), anchor);
        output.Write("\n</article>\n");
    }

    private static Highlight ToHighlight(MarkedSpan marked, string text)
    {
        var style = SpanMarkStyle.Of(marked.Mark);
        var span = marked.Span;
        var value = ValueText.Describe(span.Value);
        var title = $"{style.Name}: {span.Label} {text[span.Start..span.End]}"
            + (value is null ? "" : $" → {value}")
            + (marked.Error?.Detail is { } detail ? $" ({detail})" : "");
        return new Highlight(span.Start, span.End, style.CssClass, $"{style.Symbol} {span.Label}", title);
    }
}
