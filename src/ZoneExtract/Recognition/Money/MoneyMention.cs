using ZoneExtract.Recognition.Numbers;

namespace ZoneExtract.Recognition.Money;

/// <summary>
/// A money span as found, before its amount is computed: the numeral (and, for a range, the second one),
/// the extra scale written after 个 (50个亿元), the currency, and the small units of the yuan written after
/// 元 / 块 (123元1角1分 → 0.11).
/// </summary>
internal readonly record struct MoneyMention(
    int Start, int End, Numeral Low, decimal LowScale, Numeral? High, decimal HighScale, string Currency, decimal CurrencyFactor,
    decimal Subunits = 0m);
