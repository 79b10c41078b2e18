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
            // 5-10亿元, 两到三万港元: a first part written without units borrows the second part's.
            var bare = mention.Low.TrailingScale == 1m && mention.LowScale == 1m;
            if (bare && !TryMultiply(amount, high.TrailingScale, mention.HighScale, out amount)) return false;
            if (amount > highAmount) return false;
            max = highAmount;
        }
        else if (mention.Low.MaxValue is { } lowMax)
        {
            if (!TryMultiply(lowMax, mention.LowScale, mention.CurrencyFactor, out var highAmount)) return false;
            max = highAmount;
        }
        return true;
    }

    private static bool TryMultiply(decimal value, decimal scale, decimal factor, out decimal result)
    {
        result = 0m;
        return ExactArithmetic.TryMultiply(value, scale, out var scaled) && ExactArithmetic.TryMultiply(scaled, factor, out result);
    }
}
