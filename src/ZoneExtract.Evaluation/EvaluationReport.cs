namespace ZoneExtract.Evaluation;

/// <summary>Every figure of one evaluation (annotation contract §5).</summary>
/// <param name="Documents">Number of documents scored.</param>
/// <param name="Labels">Per-label figures: the contract's labels in its order, then any other label alphabetically.</param>
/// <param name="Core">Micro-averaged strict figures over the core labels scored (ZONE, COMPANY, MONEY, PERCENT, DATE).</param>
/// <param name="Extended">Micro-averaged strict figures over the extended labels scored (ORG, PERSON, LOC).</param>
/// <param name="Errors">False positives, false negatives and value mismatches, by document, then by position.</param>
public sealed record EvaluationReport(
    int Documents, IReadOnlyList<LabelScore> Labels, MicroAverage Core, MicroAverage Extended, IReadOnlyList<ScoringError> Errors)
{
    /// <summary>The fact figures (contract §6.2), or null when neither side has an INDICATOR span or a relation.</summary>
    public Facts.FactReport? Facts { get; init; }
}

/// <summary>Strict counts summed over a group of labels, then turned into precision, recall and F1.</summary>
/// <param name="Labels">The labels of the group that were scored.</param>
/// <param name="Strict">The summed counts and their scores.</param>
public sealed record MicroAverage(IReadOnlyList<string> Labels, StrictCounts Strict)
{
    /// <summary>Number of non-optional gold spans of the group.</summary>
    public int Support => Strict.TruePositives + Strict.FalseNegatives;
}
