namespace ZoneExtract.Serialization;

/// <summary>
/// Checks relations against the annotation contract §6.1 when a file is read: each goes from an INDICATOR to a
/// span of a label its type allows, and an indicator has at most one relation of each type. A relation that breaks
/// these rules could never be scored as meant, so it fails loudly instead.
/// </summary>
internal static class GoldRelationShape
{
    /// <summary>The label of the hub span of a fact.</summary>
    public const string IndicatorLabel = "INDICATOR";

    /// <summary>The relation types of the contract, in its order.</summary>
    public static IReadOnlyList<string> Types { get; } = ["value", "increase", "decrease", "period", "subject"];

    /// <summary>The labels a relation of <paramref name="type"/> may point to; empty for an unknown type.</summary>
    public static IReadOnlyList<string> TargetLabels(string type) => type switch
    {
        "value" => ["MONEY", "PERCENT"],
        "increase" or "decrease" => ["PERCENT"],
        "period" => ["DATE"],
        "subject" => ["ZONE", "COMPANY", "LOC", "ORG"],
        _ => [],
    };

    /// <summary>What is wrong with one relation between the two spans, or null when it is well-formed.</summary>
    public static string? Problem(string type, GoldSpan from, GoldSpan to)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        if (!Types.Contains(type)) return $"type '{type}' is not one of {string.Join(", ", Types)}";
        if (from.Label != IndicatorLabel) return $"a relation goes from an {IndicatorLabel}, not from a {from.Label}";
        var allowed = TargetLabels(type);
        return allowed.Contains(to.Label) ? null : $"a '{type}' relation points to {string.Join(" or ", allowed)}, not to {to.Label}";
    }

    /// <summary>The first indicator (by index) that has two relations of one type, with that type; null when none has.</summary>
    public static (int Indicator, string Type)? RepeatedType(IEnumerable<GoldRelation> relations)
    {
        ArgumentNullException.ThrowIfNull(relations);
        var seen = new HashSet<(int, string)>();
        foreach (var relation in relations)
        {
            if (!seen.Add((relation.From, relation.Type))) return (relation.From, relation.Type);
        }
        return null;
    }
}
