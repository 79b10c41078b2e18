namespace ZoneExtract.Evaluation;

/// <summary>The figures of one label (annotation contract §5).</summary>
/// <param name="Label">The label name (after any mapping).</param>
/// <param name="Strict">Exact-span counts and scores.</param>
/// <param name="Partial">SemEval-2013 "partial" counts and scores (an overlapping, non-exact match counts 0.5).</param>
/// <param name="Values">Value agreement on strict true positives whose gold span has a value.</param>
public sealed record LabelScore(string Label, StrictCounts Strict, PartialCounts Partial, ValueCounts Values)
{
    /// <summary>Number of non-optional gold spans of the label.</summary>
    public int Support => Strict.TruePositives + Strict.FalseNegatives;
}
