namespace ZoneExtract.Evaluation;

/// <summary>The arithmetic shared by the strict and partial scores.</summary>
internal static class Scores
{
    public static double Ratio(double numerator, int denominator) => denominator == 0 ? 0 : numerator / denominator;

    public static double HarmonicMean(double precision, double recall) =>
        precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
}
