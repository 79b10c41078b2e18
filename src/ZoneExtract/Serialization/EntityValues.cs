using System.Globalization;

namespace ZoneExtract.Serialization;

/// <summary>The gold-format value object of an entity (annotation contract §4); null for labels without a value.</summary>
internal static class EntityValues
{
    /// <summary>The value of <paramref name="entity"/> as the gold format writes it, or null (names, unresolved dates).</summary>
    public static IReadOnlyDictionary<string, string>? ToGoldValue(Entity entity)
    {
        ArgumentNullException.ThrowIfNull(entity);
        return entity switch
        {
            MoneyEntity money => WithMax(
                new SortedDictionary<string, string>(StringComparer.Ordinal)
                {
                    ["amount"] = DecimalText.Format(money.Amount),
                    ["currency"] = money.Currency,
                },
                "amount_max", money.AmountMax),
            PercentEntity percent => percent.Kind == PercentKind.Points
                ? WithMax(Single("points", percent.Value), "points_max", percent.MaxValue)
                : WithMax(Single("percent", percent.Value), "percent_max", percent.MaxValue),
            DateEntity { First: { } first, Last: { } last } => new SortedDictionary<string, string>(StringComparer.Ordinal)
            {
                ["start"] = first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["end"] = last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            },
            _ => null,
        };
    }

    private static SortedDictionary<string, string> Single(string key, decimal value) =>
        new(StringComparer.Ordinal) { [key] = DecimalText.Format(value) };

    private static SortedDictionary<string, string> WithMax(SortedDictionary<string, string> value, string key, decimal? max)
    {
        if (max is { } m) value[key] = DecimalText.Format(m);
        return value;
    }
}
