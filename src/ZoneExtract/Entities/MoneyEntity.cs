namespace ZoneExtract;

/// <summary>A monetary amount, e.g. 212亿元 → 21,200,000,000 CNY.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span.</param>
/// <param name="Amount">The amount in units of <paramref name="Currency"/> (the lower bound for a range).</param>
/// <param name="AmountMax">The upper bound of a range (5-10亿元), otherwise null.</param>
/// <param name="Currency">ISO 4217 code: CNY, USD, EUR, HKD, JPY, GBP…</param>
/// <param name="IsApproximate">True when the numeral itself is approximate (10余亿元, 两百多万元).</param>
public sealed record MoneyEntity(int Start, int Length, string Text, decimal Amount, decimal? AmountMax, string Currency, bool IsApproximate)
    : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Money;
}
