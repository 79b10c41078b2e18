using ZoneExtract.Recognition.Numbers;

namespace ZoneExtract.Recognition.Percent;

/// <summary>Turns a <see cref="PercentMention"/> into its value (and maximum for a range).</summary>
internal static class PercentResolver
{
    /// <summary>False for a range that runs backwards or a figure that is not a percentage in its form (十折).</summary>
    public static bool TryResolve(in PercentMention mention, out decimal value, out decimal? max)
    {
        max = null;
        if (!TryValue(mention, mention.Low, mention.Low.Value, mention.Extra, out var low)) { value = 0m; return false; }
        value = Signed(low, mention.LowNegative);
        if (mention.Low.MaxValue is { } lowMax && TryValue(mention, mention.Low, lowMax, mention.Extra, out var lowHigh))
        {
            max = Signed(lowHigh, mention.LowNegative);
        }
        // a minus turns a numeral's own range around: -八九% runs from -9 to -8
        if (max < value) (value, max) = (max.Value, value);
        if (mention.High is { } high)
        {
            if (!TryValue(mention, high, high.Value, mention.HighExtra, out var highValue)) return false;
            max = Signed(highValue, mention.HighNegative);
            if (value > max) return false;
        }
        return true;
    }

    /// <summary>The percent value of one written figure in the mention's form; <paramref name="extra"/> is what 半 or a
    /// trailing digit after 成 adds to that figure.</summary>
    private static bool TryValue(in PercentMention mention, in Numeral numeral, decimal figure, decimal extra, out decimal value)
    {
        switch (mention.Form)
        {
            case PercentForm.Tenths:
                value = figure * 10m + extra;
                return figure <= 10m;
            case PercentForm.Discount:
                // 九折 → 90, 9.9折 / 三点一折 → 99 / 31, 七五折 / 75折 → 75; 十折 is no discount at all
                value = figure < 10m ? figure * 10m : figure;
                return figure > 0m && value < 100m && (figure < 10m || numeral.PlainDigits == 2);
            default:
                value = figure * mention.Scale;
                return true;
        }
    }

    private static decimal Signed(decimal value, bool negative) => negative ? -value : value;
}
