namespace ZoneExtract.Evaluation;

/// <summary>Strict counts and scores for one label.</summary>
/// <param name="Label">The label name.</param>
/// <param name="TruePositives">Predictions whose label and both offsets equal a gold span's.</param>
/// <param name="FalsePositives">Predictions matching no gold span (predictions overlapping an optional gold span of the label are not counted).</param>
/// <param name="FalseNegatives">Non-optional gold spans matched by no prediction.</param>
public sealed record LabelScore(string Label, int TruePositives, int FalsePositives, int FalseNegatives)
{
    /// <summary>Number of non-optional gold spans.</summary>
    public int Support => TruePositives + FalseNegatives;

    /// <summary>TP / (TP + FP); 0 when there are no predictions.</summary>
    public double Precision => Ratio(TruePositives, TruePositives + FalsePositives);

    /// <summary>TP / (TP + FN); 0 when there is no gold.</summary>
    public double Recall => Ratio(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
