using System.Globalization;

namespace ZoneExtract.Serialization;

/// <summary>The contract's decimal strings: invariant, never an exponent, no trailing zeros ("6.4", "21200000000").</summary>
internal static class DecimalText
{
    /// <summary>Formats a decimal without trailing zeros after the point.</summary>
    public static string Format(decimal value)
    {
        // Dividing by 1 with 28 decimal places of scale yields the same value at its minimal scale.
        var minimal = value / 1.0000000000000000000000000000m;
        return minimal.ToString(CultureInfo.InvariantCulture);
    }
}
