namespace ZoneExtract.Serialization;

/// <summary>
/// Turns an extraction result into the gold format's spans and relations: every entity, plus one INDICATOR span per
/// fact with a relation to each part it has (contract §6.1). Spans are in text order, entities before indicators at
/// the same position, so that the written ids read in order.
/// </summary>
internal static class FactSpans
{
    public static GoldDocument ToGoldDocument(ExtractionResult result, string? id)
    {
        var sources = result.Entities.Select(e => (Start: e.Start, Item: (object)e))
            .Concat(result.Facts.Select(f => (Start: f.Start, Item: (object)f)))
            .OrderBy(s => s.Start)
            .Select(s => s.Item)
            .ToList();
        var indexOf = new Dictionary<object, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < sources.Count; i++) indexOf[sources[i]] = i;

        var spans = sources.Select(ToSpan).ToArray();
        var relations = new List<GoldRelation>();
        foreach (var fact in result.Facts)
        {
            // Every part of a fact is one of the result's entities (the same object), so it has an index.
            foreach (var (type, target) in Parts(fact)) relations.Add(new GoldRelation(type, indexOf[fact], indexOf[target]));
        }
        return new GoldDocument(id, result.Text, result.ReferenceDate, spans) { Relations = relations };
    }

    /// <summary>The parts of a fact as (relation type, entity), in the contract's order of types.</summary>
    public static IEnumerable<(string Type, Entity Target)> Parts(Fact fact)
    {
        if (fact.Value is { } value) yield return ("value", value);
        if (fact.Change is { } change) yield return (change.Direction == ChangeDirection.Increase ? "increase" : "decrease", change.Rate);
        if (fact.Period is { } period) yield return ("period", period);
        if (fact.Subject is { } subject) yield return ("subject", subject);
    }

    private static GoldSpan ToSpan(object item) => item switch
    {
        Entity e => GoldJsonlWriter.ToSpan(e),
        Fact f => new GoldSpan(GoldRelationShape.IndicatorLabel, f.Start, f.End, false, null),
        _ => throw new ArgumentException($"not an entity or a fact: {item}", nameof(item)),
    };
}
