namespace ZoneExtract.Evaluation.Facts;

/// <summary>The fact figures of one evaluation (annotation contract §6.2).</summary>
/// <param name="GoldFacts">Non-optional gold facts (INDICATOR spans).</param>
/// <param name="PredictedFacts">Predicted INDICATOR spans, all of them.</param>
/// <param name="Indicator">INDICATOR span counts, SemEval partial (a paired, non-exact indicator counts 0.5).</param>
/// <param name="Relations">Per relation type, in the contract's order (value, increase, decrease, period, subject).</param>
/// <param name="Overall">The relation counts summed over the types.</param>
/// <param name="Accuracy">Gold facts whose indicator is paired and whose relations are all reproduced, with no extra one.</param>
/// <param name="Errors">Missed and spurious facts and relations, by document, then by position.</param>
public sealed record FactReport(
    int GoldFacts, int PredictedFacts, PartialCounts Indicator, IReadOnlyList<RelationScore> Relations, StrictCounts Overall, FactAccuracy Accuracy, IReadOnlyList<FactError> Errors);

/// <summary>The relation units of one type: TP = correct predicted relations, FP = other predicted ones, FN = gold relations not reproduced.</summary>
/// <param name="Type">value, increase, decrease, period or subject.</param>
/// <param name="Counts">The counts and their precision, recall and F1.</param>
public sealed record RelationScore(string Type, StrictCounts Counts)
{
    /// <summary>Number of gold relations of the type (of non-optional facts).</summary>
    public int Support => Counts.TruePositives + Counts.FalseNegatives;
}

/// <summary>Fact accuracy: of the gold facts, those reproduced exactly (paired indicator, every relation, nothing extra).</summary>
/// <param name="Gold">Non-optional gold facts.</param>
/// <param name="Correct">Those reproduced exactly.</param>
public sealed record FactAccuracy(int Gold, int Correct)
{
    /// <summary>Correct / Gold, or null when there is no gold fact.</summary>
    public double? Accuracy => Gold == 0 ? null : (double)Correct / Gold;
}
