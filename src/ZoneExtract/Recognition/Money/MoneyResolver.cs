using ZoneExtract.Recognition.Numbers;

namespace ZoneExtract.Recognition.Money;

/// <summary>Turns a <see cref="MoneyMention"/> into an exact amount (and maximum for a range) in the currency's main unit.</summary>
internal static class MoneyResolver
{
    /// <summary>False when the amounts overflow or a range runs backwards; the mention is then dropped.</summary>
    public static bool TryResolve(in MoneyMention mention, out decimal amount, out decimal? max, out bool approximate)
    {
        max = null;
        approximate = mention.Low.IsApproximate;
        if (!TryMultiply(mention.Low.Value, mention.LowScale, mention.CurrencyFactor, out amount)) return false;

        if (mention.High is { } high)
        {
            approximate |= high.IsApproximate;
            if (!TryMultiply(high.Value, mention.HighScale, mention.CurrencyFactor, out var highAmount)) return false;
            amount = SharedScale(amount, mention.Low, mention.LowScale, high, mention.HighScale, highAmount);
            if (amount > highAmount) return false;
            max = highAmount;
        }
        else if (mention.Low.MaxValue is { } lowMax)
        {
            if (!TryMultiply(lowMax, mention.LowScale, mention.CurrencyFactor, out var highAmount)) return false;
            max = highAmount;
        }
        amount += mention.Subunits;
        return true;
    }

    /// <summary>
    /// A scale written once for both ends of a range: a first part with no unit borrows all the units that end
    /// the second (5-10亿元, 两到三万港元, 八到九百亿 → 800亿); one with small units but no 万 / 亿 borrows the
    /// large units (一百二十到一百五十万元 → 120万, 一千到两千万元 → 1000万). Only when the borrowed amount does
    /// not pass the upper end: 从8500到3万港元 stays 8500.
    /// </summary>
    private static decimal SharedScale(decimal amount, in Numeral low, decimal lowScale, in Numeral high, decimal highScale, decimal highAmount)
    {
        if (lowScale != 1m || low.HasLargeUnit) return amount;
        var highTrailing = low.TrailingScale == 1m ? high.TrailingScale : high.LargeScale;
        // A scale past the limit (一千千千千千千千千个亿) is not borrowed: the amount stays as written, never thrown.
        if (!ExactArithmetic.TryMultiply(highTrailing, highScale, out var borrowed)) return amount;
        if (borrowed == 1m || !ExactArithmetic.TryMultiply(amount, borrowed, out var scaled)) return amount;
        return scaled <= highAmount ? scaled : amount;
    }

    private static bool TryMultiply(decimal value, decimal scale, decimal factor, out decimal result)
    {
        result = 0m;
        return ExactArithmetic.TryMultiply(value, scale, out var scaled) && ExactArithmetic.TryMultiply(scaled, factor, out result);
    }
}
