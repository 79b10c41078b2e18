namespace ZoneExtract;

/// <summary>
/// One indicator statement of a text (annotation contract §6): a named indicator with its figure, and who and when
/// it is about. 「今年前三季度，重庆高新区实现地区生产总值341.6亿元，增长6.4%」 is the fact 地区生产总值 with value
/// 341.6亿元, an increase of 6.4%, the period 今年前三季度 and the subject 重庆高新区. Every part but the indicator
/// may be absent, but a fact always has a <see cref="Value"/> or a <see cref="Change"/>. The entities are the same
/// objects as in <see cref="ExtractionResult.Entities"/>; all offsets refer to the caller's string.
/// </summary>
/// <param name="Start">Index of the indicator's first character in the original text.</param>
/// <param name="Length">Length of the indicator in UTF-16 code units.</param>
/// <param name="Indicator">The indicator as written (地区生产总值, 规上工业总产值, 开工率), without verb or figure.</param>
/// <param name="Subject">The ZONE, COMPANY, LOC or ORG whose indicator it is, or null when the text does not name it.</param>
/// <param name="Value">The level: a <see cref="MoneyEntity"/> or a <see cref="PercentEntity"/> (开工率98%), or null.</param>
/// <param name="Change">The rise or fall (增长6.4%, 下降0.5%), or null.</param>
/// <param name="Period">The period the figure covers, with its resolved range, or null.</param>
public sealed record Fact(int Start, int Length, string Indicator, Entity? Subject, Entity? Value, FactChange? Change, DateEntity? Period)
{
    /// <summary>Index just past the indicator's last character (exclusive end).</summary>
    public int End => Start + Length;
}

/// <summary>Whether a fact's change is a rise or a fall.</summary>
public enum ChangeDirection
{
    /// <summary>A rise: 增长, 增加, 提高, 上升, 增速.</summary>
    Increase,
    /// <summary>A fall: 下降, 减少, 回落, 降低, 负增长.</summary>
    Decrease,
}

/// <summary>The change of a fact: a rate and its direction (下降0.5% → 0.5 percent, <see cref="ChangeDirection.Decrease"/>).</summary>
/// <param name="Rate">The percentage (or percentage points) as written, without sign; the direction says which way.</param>
/// <param name="Direction">Increase or decrease.</param>
public sealed record FactChange(PercentEntity Rate, ChangeDirection Direction);
