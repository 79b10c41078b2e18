using ZoneExtract.Evaluation.Facts;

namespace ZoneExtract.Evaluation.Reporting;

/// <summary>A Markdown report of an evaluation: what was scored, the score table and the error list.</summary>
public static class EvaluationMarkdown
{
    /// <summary>Writes the report.</summary>
    /// <param name="report">The figures.</param>
    /// <param name="output">Where to write.</param>
    /// <param name="goldSource">Name of the gold file, shown in the heading.</param>
    /// <param name="predictionSource">Name of the predictions file, or a description of the system that produced them.</param>
    public static void Write(EvaluationReport report, TextWriter output, string goldSource, string predictionSource)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine("# Evaluation report");
        output.WriteLine();
        output.WriteLine($"- gold: `{goldSource}` ({report.Documents} document(s))");
        output.WriteLine($"- predictions: {predictionSource}");
        output.WriteLine("- strict: label and both offsets equal; partial: SemEval-2013 partial (an overlapping, non-exact match counts 0.5);");
        output.WriteLine("  optional gold spans are neither hits nor misses; value accuracy is over strict true positives whose gold span has a value.");
        output.WriteLine();
        output.WriteLine("## Scores");
        output.WriteLine();
        WriteRow(output, ScoreTable.Header);
        WriteRow(output, ScoreTable.Header.Select((_, c) => c == 0 ? "---" : "---:"));
        foreach (var row in ScoreTable.Rows(report)) WriteRow(output, row);
        output.WriteLine();
        if (report.Facts is { } facts) WriteFacts(facts, output);
        output.WriteLine($"## Errors ({report.Errors.Count})");
        output.WriteLine();
        if (report.Errors.Count > 0)
        {
            WriteRow(output, ["kind", "label", "document", "offsets", "context", "detail"]);
            WriteRow(output, ["---", "---", "---", "---", "---", "---"]);
            foreach (var e in report.Errors)
            {
                WriteRow(output, [e.KindName, e.Label, e.Document, $"{e.StartOffset}–{e.EndOffset}", $"{e.Before}**{e.Text}**{e.After}", e.Detail ?? ""]);
            }
            output.WriteLine();
        }
        if (report.Facts is { } withErrors) WriteFactErrors(withErrors, output);
    }

    private static void WriteFacts(FactReport facts, TextWriter output)
    {
        output.WriteLine("## Facts");
        output.WriteLine();
        output.WriteLine($"Contract §6.2: indicators paired by overlap; a relation is correct when its paired gold indicator has an agreeing relation of its type; {facts.GoldFacts} gold fact(s).");
        output.WriteLine();
        WriteRow(output, FactTable.Header);
        WriteRow(output, FactTable.Header.Select((_, c) => c == 0 ? "---" : "---:"));
        foreach (var row in FactTable.Rows(facts)) WriteRow(output, row);
        output.WriteLine();
        foreach (var line in FactTable.Summary(facts)) output.WriteLine($"- {line}");
        output.WriteLine();
    }

    private static void WriteFactErrors(FactReport facts, TextWriter output)
    {
        output.WriteLine($"## Fact errors ({facts.Errors.Count})");
        output.WriteLine();
        if (facts.Errors.Count == 0) return;
        WriteRow(output, ["kind", "document", "offsets", "indicator", "relation", "gold", "predicted"]);
        WriteRow(output, ["---", "---", "---", "---", "---", "---", "---"]);
        foreach (var e in facts.Errors)
        {
            WriteRow(output, [e.KindName, e.Document, $"{e.StartOffset}–{e.EndOffset}", e.Indicator, e.Type ?? "", e.Gold ?? "", e.Predicted ?? ""]);
        }
    }

    private static void WriteRow(TextWriter output, IEnumerable<string> cells) =>
        output.WriteLine("| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |");
}
