namespace ZoneExtract;

/// <summary>
/// A calendar expression resolved to an inclusive range of days, e.g. 今年1-7月 with reference date
/// 2020-11-23 → 2020-01-01..2020-07-31. <see cref="First"/> and <see cref="Last"/> are null when the
/// expression needs a reference date and none was given.
/// </summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span.</param>
/// <param name="First">The first day of the period, or null when unresolved.</param>
/// <param name="Last">The last day of the period (inclusive), or null when unresolved.</param>
public sealed record DateEntity(int Start, int Length, string Text, DateOnly? First, DateOnly? Last)
    : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Date;

    /// <summary>True when the period could be resolved to calendar days.</summary>
    public bool IsResolved => First is not null && Last is not null;
}
