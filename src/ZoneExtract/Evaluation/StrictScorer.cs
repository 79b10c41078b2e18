using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>
/// Strict scoring (annotation contract §5): a prediction is a true positive when its label and both offsets
/// equal a gold span's; each gold span matches at most one prediction; optional gold spans are neither hits nor misses.
/// </summary>
public static class StrictScorer
{
    /// <summary>Scores predicted spans against gold spans, per label, over all documents.</summary>
    /// <param name="pairs">Each document's gold and predicted spans.</param>
    public static IReadOnlyList<LabelScore> Score(IEnumerable<(IReadOnlyList<GoldSpan> Gold, IReadOnlyList<GoldSpan> Predicted)> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var counts = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
        int[] For(string label) => counts.TryGetValue(label, out var c) ? c : counts[label] = new int[3];

        foreach (var (gold, predicted) in pairs)
        {
            var matched = new bool[gold.Count];
            foreach (var span in gold.Concat(predicted)) For(span.Label); // every label seen is reported, even with no counts
            foreach (var prediction in predicted)
            {
                var exact = FindUnmatched(gold, matched, g => g.Label == prediction.Label && g.Start == prediction.Start && g.End == prediction.End);
                if (exact >= 0)
                {
                    matched[exact] = true;
                    if (!gold[exact].Optional) For(prediction.Label)[0]++;
                    continue;
                }
                var touchesOptional = gold.Any(g => g.Optional && g.Label == prediction.Label && g.Start < prediction.End && prediction.Start < g.End);
                if (!touchesOptional) For(prediction.Label)[1]++;
            }
            for (var i = 0; i < gold.Count; i++)
            {
                if (!matched[i] && !gold[i].Optional) For(gold[i].Label)[2]++;
            }
        }
        return counts.Select(c => new LabelScore(c.Key, c.Value[0], c.Value[1], c.Value[2])).ToList();
    }

    private static int FindUnmatched(IReadOnlyList<GoldSpan> gold, bool[] matched, Func<GoldSpan, bool> predicate)
    {
        for (var i = 0; i < gold.Count; i++)
        {
            if (!matched[i] && predicate(gold[i])) return i;
        }
        return -1;
    }
}
