using System.Globalization;
using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Html;

/// <summary>
/// Normalised values as a reader wants them: 21,200,000,000 CNY; 6.4%; 19.96 percentage points;
/// 2020-01-01 – 2020-07-31. Works on the gold format's value objects, so that both pages say it alike.
/// </summary>
internal static class ValueText
{
    private const string RangeDash = " – ";

    /// <summary>The value of an extracted entity, with what the gold format does not carry (approximate, a zone's kind and name).</summary>
    public static string? Describe(Entity entity) => entity switch
    {
        ZoneEntity zone => $"kind {ZoneKindNames.ToName(zone.Kind)}" + (zone.CanonicalName is { } name ? $"; official name {name}" : ""),
        DateEntity { IsResolved: false } => "not resolved (no reference date)",
        MoneyEntity { IsApproximate: true } money => "about " + Describe(EntityValues.ToGoldValue(money)),
        _ => Describe(EntityValues.ToGoldValue(entity)),
    };

    /// <summary>A gold-format value object (amount/currency, percent, points, start/end…), or null for none.</summary>
    public static string? Describe(IReadOnlyDictionary<string, string>? value)
    {
        if (value is null || value.Count == 0) return null;
        if (value.TryGetValue("amount", out var amount) && value.TryGetValue("currency", out var currency))
        {
            return Range(amount, value.GetValueOrDefault("amount_max")) + " " + currency;
        }
        if (value.TryGetValue("percent", out var percent))
        {
            return value.TryGetValue("percent_max", out var max) ? $"{Number(percent)}%{RangeDash}{Number(max)}%" : Number(percent) + "%";
        }
        if (value.TryGetValue("points", out var points))
        {
            return Range(points, value.GetValueOrDefault("points_max")) + " percentage points";
        }
        if (value.TryGetValue("start", out var first) && value.TryGetValue("end", out var last))
        {
            return first == last ? first : first + RangeDash + last;
        }
        return string.Join("; ", value.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key} {v.Value}"));
    }

    private static string Range(string low, string? high) => high is null ? Number(low) : Number(low) + RangeDash + Number(high);

    /// <summary>A decimal string with thousands separators (21200000000 → 21,200,000,000); anything else unchanged.</summary>
    private static string Number(string value) =>
        decimal.TryParse(value, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number)
            ? number.ToString("#,0.############################", CultureInfo.InvariantCulture)
            : value;
}
