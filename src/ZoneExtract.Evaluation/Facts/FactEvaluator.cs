using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>
/// Scores predicted facts against gold facts as the annotation contract §6.2 says: indicators are paired one to one by
/// overlap; each relation is a unit, correct when its indicator is paired with a gold indicator that has an agreeing
/// relation of the same type (<see cref="RelationAgreement"/>); optional gold facts, and predicted indicators paired
/// with or overlapping them, count for nothing. Fact accuracy is the share of gold facts reproduced exactly.
/// </summary>
public static class FactEvaluator
{
    /// <summary>Scores the facts of each pair (the texts must be equal; see <see cref="DocumentAligner"/>).</summary>
    public static FactReport Evaluate(IEnumerable<DocumentPair> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var tally = new FactTally();
        var index = 0;
        foreach (var pair in documents)
        {
            var name = pair.NameAt(index++);
            DocumentAligner.CheckSameText(pair, name);
            tally.Add(name, new DocumentFacts(pair.Gold), new DocumentFacts(pair.Predicted));
        }
        return tally.ToReport();
    }

    /// <summary>True when a document on either side has an INDICATOR span or a relation: only then are facts reported.</summary>
    public static bool HasFacts(IEnumerable<DocumentPair> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        return documents.Any(p => HasFacts(p.Gold) || HasFacts(p.Predicted));
    }

    private static bool HasFacts(GoldDocument document) =>
        document.Relations.Count > 0 || document.Spans.Any(s => s.Label == GoldRelationShape.IndicatorLabel);
}
