namespace ZoneExtract.Evaluation.Reporting;

/// <summary>The readable console output of an evaluation: an aligned score table and an error list.</summary>
public static class EvaluationText
{
    /// <summary>Writes the per-label table and the micro-averages, columns aligned.</summary>
    public static void WriteTable(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var rows = ScoreTable.Rows(report).Prepend(ScoreTable.Header).ToList();
        var widths = Enumerable.Range(0, ScoreTable.Header.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
        output.WriteLine($"{report.Documents} document(s); support = non-optional gold spans; partial = SemEval partial (overlap counts 0.5).");
    }

    /// <summary>Writes one line per false positive, false negative and value mismatch.</summary>
    public static void WriteErrors(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"{report.Errors.Count} error(s):");
        foreach (var e in report.Errors)
        {
            var detail = e.Detail is null ? "" : $"  ({e.Detail})";
            output.WriteLine($"{e.KindName,-14} {e.Label,-8} {e.Document} [{e.StartOffset}, {e.EndOffset})  {e.Before}【{e.Text}】{e.After}{detail}");
        }
    }
}
