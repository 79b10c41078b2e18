namespace ZoneExtract.Evaluation;

/// <summary>
/// SemEval-2013 "partial" counts. A prediction that overlaps a not yet matched non-optional gold span of its label
/// without equalling it is <see cref="Partial"/> and earns half a hit; possible = COR + PAR + MIS (the support),
/// actual = COR + PAR + SPU. Predictions matched to no non-optional span but overlapping an optional one are not counted.
/// </summary>
/// <param name="Correct">Exact matches (COR).</param>
/// <param name="Partial">Overlapping, non-exact matches (PAR).</param>
/// <param name="Missing">Non-optional gold spans that no prediction overlaps (MIS).</param>
/// <param name="Spurious">Predictions that overlap no gold span of their label (SPU).</param>
public sealed record PartialCounts(int Correct, int Partial, int Missing, int Spurious)
{
    private double Credit => Correct + 0.5 * Partial;

    /// <summary>(COR + 0.5 PAR) / (COR + PAR + SPU); 0 when there are no predictions.</summary>
    public double Precision => Scores.Ratio(Credit, Correct + Partial + Spurious);

    /// <summary>(COR + 0.5 PAR) / (COR + PAR + MIS); 0 when there is no gold.</summary>
    public double Recall => Scores.Ratio(Credit, Correct + Partial + Missing);

    /// <summary>Harmonic mean of precision and recall; 0 when both are 0.</summary>
    public double F1 => Scores.HarmonicMean(Precision, Recall);
}
