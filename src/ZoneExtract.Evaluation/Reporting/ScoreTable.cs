using System.Globalization;

namespace ZoneExtract.Evaluation.Reporting;

/// <summary>The cells of the score table, shared by the plain-text and the Markdown output.</summary>
internal static class ScoreTable
{
    public static readonly string[] Header =
        ["label", "support", "strict P", "strict R", "strict F1", "TP", "FP", "FN", "partial P", "partial R", "partial F1", "value acc"];

    public static IEnumerable<string[]> Rows(EvaluationReport report)
    {
        foreach (var s in report.Labels)
        {
            yield return
            [
                s.Label, Count(s.Support), Score(s.Strict.Precision), Score(s.Strict.Recall), Score(s.Strict.F1),
                Count(s.Strict.TruePositives), Count(s.Strict.FalsePositives), Count(s.Strict.FalseNegatives),
                Score(s.Partial.Precision), Score(s.Partial.Recall), Score(s.Partial.F1), Value(s.Values),
            ];
        }
        foreach (var (name, micro) in new[] { ("core (micro)", report.Core), ("extended (micro)", report.Extended) })
        {
            if (micro.Labels.Count == 0) continue;
            var strict = micro.Strict;
            yield return
            [
                name, Count(micro.Support), Score(strict.Precision), Score(strict.Recall), Score(strict.F1),
                Count(strict.TruePositives), Count(strict.FalsePositives), Count(strict.FalseNegatives), "", "", "", "",
            ];
        }
    }

    /// <summary>Scores with three decimals, as everywhere in the reports.</summary>
    public static string Score(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Value(ValueCounts values) =>
        values.Accuracy is { } accuracy ? $"{Score(accuracy)} ({values.Correct}/{values.Checked})" : "-";
}
