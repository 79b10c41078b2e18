using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>
/// Whether a predicted relation's target agrees with the gold relation's of the same type (contract §6.2): for value,
/// increase and decrease the targets overlap, have one label and an equal value where both have one; for period the
/// two DATE values are equal (without values, the spans overlap); for subject the label and the text are the same
/// (another mention of the same name counts).
/// </summary>
internal static class RelationAgreement
{
    public static bool Agrees(string type, GoldSpan gold, string goldText, GoldSpan predicted, string predictedText)
    {
        if (!string.Equals(gold.Label, predicted.Label, StringComparison.Ordinal)) return false;
        var overlaps = IndicatorPairing.Overlap(gold, predicted) > 0;
        return type switch
        {
            "subject" => string.Equals(goldText, predictedText, StringComparison.Ordinal),
            "period" => gold.Value is not null && predicted.Value is not null ? SameValue(gold.Value, predicted.Value) : overlaps,
            _ => overlaps && (gold.Value is null || predicted.Value is null || SameValue(gold.Value, predicted.Value)),
        };
    }

    private static bool SameValue(IReadOnlyDictionary<string, string> a, IReadOnlyDictionary<string, string> b) =>
        a.Count == b.Count && a.All(p => b.TryGetValue(p.Key, out var v) && string.Equals(v, p.Value, StringComparison.Ordinal));
}
