using System.Globalization;

namespace ZoneExtract.Serialization;

/// <summary>
/// Checks that a value object has the shape the annotation contract (§4) gives its label, so that a
/// misspelt key or a number in the wrong form fails when the file is read instead of never matching.
/// Labels without a scored value (ZONE, names, labels of other schemes) accept any value; it is not scored.
/// </summary>
internal static class GoldValueShape
{
    private static readonly string[] MoneyKeys = ["amount", "amount_max", "currency"];
    private static readonly string[] PercentKeys = ["percent", "percent_max"];
    private static readonly string[] PointsKeys = ["points", "points_max"];
    private static readonly string[] DateKeys = ["start", "end"];

    /// <summary>What is wrong with <paramref name="value"/> for <paramref name="label"/>, or null when it is well-formed.</summary>
    public static string? Problem(string label, IReadOnlyDictionary<string, string> value)
    {
        ArgumentNullException.ThrowIfNull(label);
        ArgumentNullException.ThrowIfNull(value);
        return label switch
        {
            "MONEY" => Keys(value, MoneyKeys, "amount", "currency")
                       ?? Currency(value["currency"])
                       ?? Range(value, "amount", "amount_max"),
            "PERCENT" => value.ContainsKey("points")
                ? Keys(value, PointsKeys, "points") ?? Range(value, "points", "points_max")
                : Keys(value, PercentKeys, "percent") ?? Range(value, "percent", "percent_max"),
            "DATE" => Keys(value, DateKeys, "start", "end") ?? Dates(value["start"], value["end"]),
            _ => null,
        };
    }

    /// <summary>True for the contract's decimal strings: digits, an optional fraction without trailing zeros, no exponent.</summary>
    public static bool IsCanonicalDecimal(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return decimal.TryParse(text, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
               && DecimalText.Format(number) == text;
    }

    private static string? Keys(IReadOnlyDictionary<string, string> value, string[] allowed, params string[] required)
    {
        var unknown = value.Keys.Where(k => !allowed.Contains(k)).ToList();
        if (unknown.Count > 0) return $"unknown value field(s) {string.Join(", ", unknown)}; expected {string.Join(", ", allowed)}";
        var missing = required.Where(k => !value.ContainsKey(k)).ToList();
        return missing.Count > 0 ? $"value lacks {string.Join(" and ", missing)}" : null;
    }

    private static string? Currency(string code) =>
        code.Length == 3 && code.All(char.IsAsciiLetterUpper) ? null : $"currency '{code}' is not an ISO 4217 code such as CNY or USD";

    private static string? Range(IReadOnlyDictionary<string, string> value, string minKey, string maxKey)
    {
        foreach (var key in new[] { minKey, maxKey }.Where(value.ContainsKey))
        {
            if (!IsCanonicalDecimal(value[key]))
            {
                return $"{key} '{value[key]}' is not a decimal string without exponent and trailing zeros (e.g. \"6.4\", \"21200000000\")";
            }
        }
        if (value.TryGetValue(maxKey, out var max) && decimal.Parse(max, CultureInfo.InvariantCulture) < decimal.Parse(value[minKey], CultureInfo.InvariantCulture))
        {
            return $"{maxKey} {max} is below {minKey} {value[minKey]}";
        }
        return null;
    }

    private static string? Dates(string start, string end)
    {
        if (!TryDate(start, out var first)) return $"start '{start}' is not an ISO date (YYYY-MM-DD)";
        if (!TryDate(end, out var last)) return $"end '{end}' is not an ISO date (YYYY-MM-DD)";
        return first <= last ? null : $"start {start} is after end {end}";
    }

    private static bool TryDate(string text, out DateOnly date) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);
}
