using ZoneExtract.Evaluation.Facts;

namespace ZoneExtract.Evaluation.Reporting;

/// <summary>The readable console output of an evaluation: an aligned score table and an error list.</summary>
public static class EvaluationText
{
    /// <summary>Writes the per-label table and the micro-averages, columns aligned.</summary>
    public static void WriteTable(EvaluationReport report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        WriteAligned(ScoreTable.Rows(report).Prepend(ScoreTable.Header).ToList(), output);
        output.WriteLine($"{report.Documents} document(s); support = non-optional gold spans; partial = SemEval partial (overlap counts 0.5).");
        if (report.Facts is not { } facts) return;
        output.WriteLine();
        output.WriteLine($"Facts (contract §6.2): {facts.GoldFacts} gold fact(s), relations scored per type");
        WriteAligned(FactTable.Rows(facts).Prepend(FactTable.Header).ToList(), output);
        foreach (var line in FactTable.Summary(facts)) output.WriteLine(line);
    }

    private static void WriteAligned(List<string[]> rows, TextWriter output)
    {
        var widths = Enumerable.Range(0, rows[0].Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            var cells = row.Select((cell, c) => c == 0 ? cell.PadRight(widths[c]) : cell.PadLeft(widths[c]));
            output.WriteLine(string.Join("  ", cells).TrimEnd());
        }
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
        if (report.Facts is not { } facts) return;
        output.WriteLine($"{facts.Errors.Count} fact error(s):");
        foreach (var e in facts.Errors) output.WriteLine(FactTable.Describe(e));
    }
}
