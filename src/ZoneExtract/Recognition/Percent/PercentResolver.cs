namespace ZoneExtract.Recognition.Percent;

/// <summary>Turns a <see cref="PercentMention"/> into its value (and maximum for a range).</summary>
internal static class PercentResolver
{
    /// <summary>False for a range that runs backwards (the mention is dropped).</summary>
    public static bool TryResolve(in PercentMention mention, out decimal value, out decimal? max)
    {
        value = Signed(mention.Low.Value, mention.LowNegative);
        max = mention.Low.MaxValue is { } lowMax ? Signed(lowMax, mention.LowNegative) : null;
        // a minus turns a numeral's own range around: -八九% runs from -9 to -8
        if (max < value) (value, max) = (max.Value, value);
        if (mention.High is { } high)
        {
            max = Signed(high.Value, mention.HighNegative);
            if (value > max) return false;
        }
        return true;
    }

    private static decimal Signed(decimal value, bool negative) => negative ? -value : value;
}
