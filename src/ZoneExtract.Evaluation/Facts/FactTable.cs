using System.Globalization;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>The cells of the fact score table and its summary lines, shared by the plain-text and the Markdown output.</summary>
internal static class FactTable
{
    public static readonly string[] Header = ["relation", "support", "P", "R", "F1", "TP", "FP", "FN"];

    public static IEnumerable<string[]> Rows(FactReport report)
    {
        foreach (var r in report.Relations) yield return Row(r.Type, r.Support, r.Counts);
        yield return Row("all relations", report.Overall.TruePositives + report.Overall.FalseNegatives, report.Overall);
    }

    /// <summary>Fact accuracy and the INDICATOR span scores, one line each.</summary>
    public static IEnumerable<string> Summary(FactReport report)
    {
        var accuracy = report.Accuracy;
        yield return $"fact accuracy: {(accuracy.Accuracy is { } a ? Score(a) : "-")} ({accuracy.Correct}/{accuracy.Gold} gold facts reproduced exactly; {report.PredictedFacts} predicted)";
        var i = report.Indicator;
        yield return $"INDICATOR partial: P {Score(i.Precision)}  R {Score(i.Recall)}  F1 {Score(i.F1)} (exact {i.Correct}, partial {i.Partial}, missing {i.Missing}, spurious {i.Spurious})";
    }

    public static string Describe(FactError e)
    {
        var what = e.Type is null ? "" : $" {e.Type}:";
        return $"{e.KindName,-17} {e.Document} [{e.StartOffset}, {e.EndOffset}) 【{e.Indicator}】{what} gold {e.Gold ?? "-"}; predicted {e.Predicted ?? "-"}";
    }

    private static string[] Row(string name, int support, StrictCounts c) =>
    [
        name, Count(support), Score(c.Precision), Score(c.Recall), Score(c.F1), Count(c.TruePositives), Count(c.FalsePositives), Count(c.FalseNegatives),
    ];

    private static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
