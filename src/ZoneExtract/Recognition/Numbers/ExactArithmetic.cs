namespace ZoneExtract.Recognition.Numbers;

/// <summary>Decimal arithmetic with a ceiling: a value above <see cref="Limit"/> is absurd for news text and is refused, never thrown.</summary>
internal static class ExactArithmetic
{
    /// <summary>10^24: far above any real amount, far below decimal's own overflow (7.9·10^28).</summary>
    public const decimal Limit = 1_000_000_000_000_000_000_000_000m;

    /// <summary>a·b when both are non-negative and the product stays within <see cref="Limit"/>.</summary>
    public static bool TryMultiply(decimal a, decimal b, out decimal product)
    {
        product = 0m;
        if (a < 0 || b < 0) return false;
        if (b > 1 && a > Limit / b) return false;
        product = a * b;
        return product <= Limit;
    }
}
