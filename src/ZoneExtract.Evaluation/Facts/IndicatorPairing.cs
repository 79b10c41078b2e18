using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>
/// Pairs the predicted INDICATOR spans of one document with the gold ones (contract §6.2): one to one, by overlap,
/// largest overlap first (ties: earlier gold, then earlier prediction).
/// </summary>
internal static class IndicatorPairing
{
    /// <summary>For each predicted indicator (by its index in <paramref name="predicted"/>), the paired gold indicator's index, or null.</summary>
    public static Dictionary<int, int> Pair(IReadOnlyList<GoldSpan> gold, IReadOnlyList<int> goldIndicators, IReadOnlyList<GoldSpan> predicted, IReadOnlyList<int> predictedIndicators)
    {
        var candidates = new List<(int Overlap, int Gold, int Predicted)>();
        foreach (var g in goldIndicators)
        {
            foreach (var p in predictedIndicators)
            {
                var overlap = Overlap(gold[g], predicted[p]);
                if (overlap > 0) candidates.Add((overlap, g, p));
            }
        }
        var goldOf = new Dictionary<int, int>();
        var takenGold = new HashSet<int>();
        foreach (var (_, g, p) in candidates.OrderByDescending(c => c.Overlap).ThenBy(c => c.Gold).ThenBy(c => c.Predicted))
        {
            if (goldOf.ContainsKey(p) || !takenGold.Add(g)) continue;
            goldOf[p] = g;
        }
        return goldOf;
    }

    public static int Overlap(GoldSpan a, GoldSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);
}
