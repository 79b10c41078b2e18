using ZoneExtract.Recognition.Numbers;

namespace ZoneExtract.Recognition.Percent;

/// <summary>How the figure of a percentage is written, which decides how its numeral becomes a percent value.</summary>
internal enum PercentForm
{
    /// <summary>6.4%, 百分之六点四, 19.96个百分点: the numeral is the value (times <see cref="PercentMention.Scale"/> for 千分之).</summary>
    Direct,
    /// <summary>三成, 9.5成, 三成半: tenths (value × 10, plus <see cref="PercentMention.Extra"/>).</summary>
    Tenths,
    /// <summary>七五折, 九折, 9.9折, 对折: a price as a share of the full price (one digit is tenths, two digits are the percent).</summary>
    Discount,
}

/// <summary>
/// A percent span as found: its numeral(s), their signs, whether it counts percentage points, how it is written,
/// the factor of a 千分之 / 万分之 fraction (0.1, 0.01), and what 半 or a trailing digit adds to tenths:
/// <see cref="Extra"/> to the first figure (三成半 → 5), <see cref="HighExtra"/> to the upper end of a range only
/// (七成到八成五: 70..85, not 75..85).
/// </summary>
internal readonly record struct PercentMention(
    int Start, int End, Numeral Low, bool LowNegative, Numeral? High, bool HighNegative, PercentKind Kind,
    PercentForm Form = PercentForm.Direct, decimal Scale = 1m, decimal Extra = 0m, decimal HighExtra = 0m);
