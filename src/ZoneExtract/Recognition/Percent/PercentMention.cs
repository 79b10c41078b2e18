using ZoneExtract.Recognition.Numbers;

namespace ZoneExtract.Recognition.Percent;

/// <summary>A percent span as found: its numeral(s), their signs, and whether it counts percentage points.</summary>
internal readonly record struct PercentMention(
    int Start, int End, Numeral Low, bool LowNegative, Numeral? High, bool HighNegative, PercentKind Kind);
