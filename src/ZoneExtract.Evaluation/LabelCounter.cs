namespace ZoneExtract.Evaluation;

/// <summary>The running counts of one label while documents are scored.</summary>
internal sealed class LabelCounter
{
    public int TruePositives;
    public int FalsePositives;
    public int FalseNegatives;
    public int Partial;
    public int Spurious;
    public int ValuesChecked;
    public int ValuesCorrect;

    public LabelScore ToScore(string label) => new(
        label,
        new StrictCounts(TruePositives, FalsePositives, FalseNegatives),
        new PartialCounts(TruePositives, Partial, FalseNegatives - Partial, Spurious),
        new ValueCounts(ValuesChecked, ValuesCorrect));
}
