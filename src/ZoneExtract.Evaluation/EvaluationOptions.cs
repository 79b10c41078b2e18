namespace ZoneExtract.Evaluation;

/// <summary>Which labels an evaluation scores, and how labels are renamed first.</summary>
public sealed record EvaluationOptions
{
    /// <summary>
    /// Renames labels on both sides before anything else (e.g. COMPANY → ORG to score against a scheme whose ORG
    /// covers companies). One step, not transitive; labels not in the map keep their names. Keys and values are upper-case.
    /// </summary>
    public IReadOnlyDictionary<string, string> LabelMap { get; init; } = new Dictionary<string, string>();

    /// <summary>
    /// The labels to score, after renaming; spans of other labels are dropped on both sides. Every label listed is
    /// reported, with zero counts if neither side has it (so that a typo shows). Null scores every label present.
    /// </summary>
    public IReadOnlyCollection<string>? Labels { get; init; }

    /// <summary>Parses <c>FROM=TO</c> pairs (case-insensitive) into a label map.</summary>
    /// <exception cref="FormatException">A pair is not FROM=TO, or one FROM is mapped twice.</exception>
    public static IReadOnlyDictionary<string, string> ParseLabelMap(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var parts = pair.Split('=', StringSplitOptions.TrimEntries);
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                throw new FormatException($"label mapping '{pair}' is not FROM=TO (e.g. COMPANY=ORG)");
            }
            var from = parts[0].ToUpperInvariant();
            if (!map.TryAdd(from, parts[1].ToUpperInvariant()))
            {
                throw new FormatException($"label {from} is mapped twice");
            }
        }
        return map;
    }
}
