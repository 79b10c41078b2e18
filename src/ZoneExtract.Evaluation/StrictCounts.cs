namespace ZoneExtract.Evaluation;

/// <summary>
/// Strict counts: a true positive has the label and both offsets of a non-optional gold span. Predictions
/// overlapping an optional gold span of their label, and missed optional spans, are not counted at all.
/// </summary>
/// <param name="TruePositives">Predictions equal to a non-optional gold span (each gold span matches at most one).</param>
/// <param name="FalsePositives">Other predictions, except those overlapping an optional gold span of their label.</param>
/// <param name="FalseNegatives">Non-optional gold spans that no prediction equals.</param>
public sealed record StrictCounts(int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>No counts.</summary>
    public static StrictCounts Zero { get; } = new(0, 0, 0);

    /// <summary>TP / (TP + FP); 0 when there are no predictions.</summary>
    public double Precision => Scores.Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there is no gold.</summary>
    public double Recall => Scores.Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Scores.HarmonicMean(Precision, Recall);

    /// <summary>Adds two sets of counts (micro-averaging sums counts before computing the ratios).</summary>
    public static StrictCounts operator +(StrictCounts left, StrictCounts right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(left.TruePositives + right.TruePositives, left.FalsePositives + right.FalsePositives, left.FalseNegatives + right.FalseNegatives);
    }
}
