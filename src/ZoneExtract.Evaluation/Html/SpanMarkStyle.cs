namespace ZoneExtract.Evaluation.Html;

/// <summary>How an evaluation mark looks and reads.</summary>
/// <param name="Mark">The mark.</param>
/// <param name="CssClass">Its CSS class.</param>
/// <param name="Symbol">The symbol that starts its tag, so that colour is not the only cue.</param>
/// <param name="Name">Its short name, e.g. false positive.</param>
/// <param name="Explanation">What it means, for the legend.</param>
internal sealed record SpanMarkStyle(SpanMark Mark, string CssClass, string Symbol, string Name, string Explanation)
{
    /// <summary>The marks in the order of the legend.</summary>
    public static readonly IReadOnlyList<SpanMarkStyle> All =
    [
        new(SpanMark.TruePositive, "tp", "✓", "true positive", "predicted and in the gold"),
        new(SpanMark.FalsePositive, "fp", "+", "false positive", "predicted, not in the gold"),
        new(SpanMark.FalseNegative, "fn", "−", "false negative", "in the gold, missed"),
        new(SpanMark.ValueMismatch, "vm", "≠", "value mismatch", "span right, value wrong"),
        new(SpanMark.Optional, "op", "?", "optional", "gold span the annotators left open"),
        new(SpanMark.Ignored, "ig", "?", "not counted", "prediction meeting an optional gold span"),
    ];

    public static SpanMarkStyle Of(SpanMark mark) => All.Single(s => s.Mark == mark);
}
