namespace ZoneExtract;

/// <summary>Converts between <see cref="EntityLabel"/> values and the upper-case names of the gold format.</summary>
public static class EntityLabelNames
{
    private static readonly (EntityLabel Label, string Name)[] Names =
    [
        (EntityLabel.Zone, "ZONE"),
        (EntityLabel.Company, "COMPANY"),
        (EntityLabel.Money, "MONEY"),
        (EntityLabel.Percent, "PERCENT"),
        (EntityLabel.Date, "DATE"),
        (EntityLabel.Organization, "ORG"),
        (EntityLabel.Person, "PERSON"),
        (EntityLabel.Location, "LOC"),
    ];

    /// <summary>Every single label, in the order of the annotation contract.</summary>
    public static IReadOnlyList<EntityLabel> SingleLabels { get; } = Names.Select(n => n.Label).ToArray();

    /// <summary>The gold-format name of a single label, e.g. <c>ZONE</c> or <c>ORG</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not exactly one label.</exception>
    public static string ToName(EntityLabel label)
    {
        foreach (var (l, name) in Names)
        {
            if (l == label) return name;
        }
        throw new ArgumentOutOfRangeException(nameof(label), label, "Expected exactly one entity label.");
    }

    /// <summary>Parses a gold-format label name (case-insensitive); returns false for unknown names.</summary>
    public static bool TryParse(string? name, out EntityLabel label)
    {
        foreach (var (l, n) in Names)
        {
            if (string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            {
                label = l;
                return true;
            }
        }
        label = EntityLabel.None;
        return false;
    }

    /// <summary>Parses a comma-separated list of label names (e.g. <c>MONEY,DATE</c>) into a set of flags.</summary>
    /// <exception cref="FormatException">A name is not a known label.</exception>
    public static EntityLabel ParseList(string names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var result = EntityLabel.None;
        foreach (var part in names.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!TryParse(part, out var label))
            {
                throw new FormatException($"Unknown label '{part}'; expected one of {string.Join(", ", Names.Select(n => n.Name))}.");
            }
            result |= label;
        }
        return result;
    }
}
