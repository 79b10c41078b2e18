using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>
/// Pairs the predicted spans of one document with its gold spans (annotation contract §5). Matching is per label,
/// so a ZONE nested in an ORG is matched on its own, like any other span. Exact matches are settled first, over the
/// whole document; then each remaining prediction takes the unmatched non-optional gold span of its label that it
/// overlaps, pairing as many as possible and preferring larger overlaps (a partial match). Each gold span matches at
/// most one prediction.
/// </summary>
internal static class SpanMatcher
{
    public static DocumentMatch Match(IReadOnlyList<GoldSpan> gold, IReadOnlyList<GoldSpan> predicted)
    {
        var exactGold = new int?[predicted.Count];
        var goldTaken = new bool[gold.Count];

        for (var p = 0; p < predicted.Count; p++)
        {
            // Prefer a non-optional gold span when an optional one has the same offsets.
            var exact = Best(gold, goldTaken, g => SameLabel(g, predicted[p]) && g.Start == predicted[p].Start && g.End == predicted[p].End, g => g.Optional ? 0 : 1);
            if (exact is { } e)
            {
                exactGold[p] = e;
                goldTaken[e] = true;
            }
        }
        var partialCandidates = Enumerable.Range(0, predicted.Count)
            .Select(p => exactGold[p] is not null
                ? []
                : Enumerable.Range(0, gold.Count)
                    .Where(g => !goldTaken[g] && !gold[g].Optional && SameLabel(gold[g], predicted[p]) && Overlap(gold[g], predicted[p]) > 0)
                    .OrderByDescending(g => Overlap(gold[g], predicted[p]))
                    .ToArray())
            .ToArray();
        var partialGold = MaximumMatching(partialCandidates, gold.Count);
        var touchesOptional = predicted
            .Select(p => gold.Any(g => g.Optional && SameLabel(g, p) && Overlap(g, p) > 0))
            .ToArray();
        return new DocumentMatch(gold, predicted, exactGold, partialGold, touchesOptional);
    }

    private static bool SameLabel(GoldSpan a, GoldSpan b) => string.Equals(a.Label, b.Label, StringComparison.Ordinal);

    private static int Overlap(GoldSpan a, GoldSpan b) => Math.Min(a.End, b.End) - Math.Max(a.Start, b.Start);

    /// <summary>
    /// A maximum matching of predictions to candidate gold spans (Kuhn's augmenting paths), so that overlapping predictions
    /// do not leave a gold span unmatched that another pairing would have credited. Candidates are tried in their order.
    /// </summary>
    private static int?[] MaximumMatching(int[][] candidates, int goldCount)
    {
        var predictionOf = new int?[goldCount];
        for (var p = 0; p < candidates.Length; p++) TryAssign(p, new bool[goldCount]);
        var goldOf = new int?[candidates.Length];
        for (var g = 0; g < goldCount; g++)
        {
            if (predictionOf[g] is { } p) goldOf[p] = g;
        }
        return goldOf;

        bool TryAssign(int prediction, bool[] visited)
        {
            foreach (var g in candidates[prediction])
            {
                if (visited[g]) continue;
                visited[g] = true;
                if (predictionOf[g] is not { } holder || TryAssign(holder, visited))
                {
                    predictionOf[g] = prediction;
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>The free gold span satisfying <paramref name="accepts"/> with the highest rank (first one on ties).</summary>
    private static int? Best(IReadOnlyList<GoldSpan> gold, bool[] taken, Func<GoldSpan, bool> accepts, Func<GoldSpan, int> rank)
    {
        int? best = null;
        for (var g = 0; g < gold.Count; g++)
        {
            if (taken[g] || !accepts(gold[g])) continue;
            if (best is null || rank(gold[g]) > rank(gold[best.Value])) best = g;
        }
        return best;
    }
}

/// <summary>The outcome of <see cref="SpanMatcher.Match"/> for one document, indexed like its gold and predicted lists.</summary>
/// <param name="Gold">The gold spans.</param>
/// <param name="Predicted">The predicted spans.</param>
/// <param name="ExactGold">Per prediction, the gold span (optional or not) with the same label and offsets.</param>
/// <param name="PartialGold">Per prediction without an exact match, the non-optional gold span it partially matches.</param>
/// <param name="TouchesOptional">Per prediction, whether it overlaps an optional gold span of its label.</param>
internal sealed record DocumentMatch(
    IReadOnlyList<GoldSpan> Gold,
    IReadOnlyList<GoldSpan> Predicted,
    IReadOnlyList<int?> ExactGold,
    IReadOnlyList<int?> PartialGold,
    IReadOnlyList<bool> TouchesOptional)
{
    /// <summary>The prediction is a strict true positive (it equals a non-optional gold span).</summary>
    public bool IsHit(int prediction) => ExactGold[prediction] is { } g && !Gold[g].Optional;

    /// <summary>The prediction is counted by neither score: it equals an optional span, or overlaps one without being a hit.</summary>
    public bool IsStrictlyIgnored(int prediction) => !IsHit(prediction) && (ExactGold[prediction] is not null || TouchesOptional[prediction]);

    /// <summary>The gold span equalled by a prediction, if any.</summary>
    public int? ExactPrediction(int gold) => IndexOf(ExactGold, gold);

    /// <summary>The prediction partially matching the gold span, if any.</summary>
    public int? PartialPrediction(int gold) => IndexOf(PartialGold, gold);

    private static int? IndexOf(IReadOnlyList<int?> matches, int gold)
    {
        for (var p = 0; p < matches.Count; p++)
        {
            if (matches[p] == gold) return p;
        }
        return null;
    }
}
