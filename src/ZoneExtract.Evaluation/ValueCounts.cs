namespace ZoneExtract.Evaluation;

/// <summary>Value agreement for a label: of the strict true positives whose gold span has a value, how many predicted an equal value.</summary>
/// <param name="Checked">Strict true positives whose gold span carries a value.</param>
/// <param name="Correct">Of those, predictions whose value equals the gold value field for field.</param>
public sealed record ValueCounts(int Checked, int Correct)
{
    /// <summary>Correct / Checked, or null when nothing was checked (no value to judge).</summary>
    public double? Accuracy => Checked == 0 ? null : (double)Correct / Checked;
}
