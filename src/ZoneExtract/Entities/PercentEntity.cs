namespace ZoneExtract;

/// <summary>Whether a <see cref="PercentEntity"/> is a percentage or a number of percentage points.</summary>
public enum PercentKind
{
    /// <summary>A percentage: 6.4%, 百分之十五.</summary>
    Percent,
    /// <summary>Percentage points: 19.96个百分点.</summary>
    Points,
}

/// <summary>A percentage or percentage-point figure, e.g. 增长6.4% → 6.4 percent.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span.</param>
/// <param name="Value">The figure (the lower bound for a range), e.g. 6.4 for 6.4%.</param>
/// <param name="MaxValue">The upper bound of a range (16%-37%), otherwise null.</param>
/// <param name="Kind">Percent or percentage points.</param>
public sealed record PercentEntity(int Start, int Length, string Text, decimal Value, decimal? MaxValue, PercentKind Kind)
    : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Percent;
}
