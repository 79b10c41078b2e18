namespace ZoneExtract.Serialization;

/// <summary>
/// Turns an extraction result into the gold format's spans and relations (contract §6.1): every entity in the result's
/// order, then one INDICATOR span per fact, with a relation from it to each part it has. The spans are converted one
/// at a time as the writer asks for them, and a part is found among the entities by a binary search on its start, so
/// that a long document's line streams out without a second copy of its entities.
/// </summary>
internal static class FactSpans
{
    public static GoldDocument ToGoldDocument(ExtractionResult result, string? id)
    {
        var entities = result.Entities;
        var relations = new List<GoldRelation>();
        for (var f = 0; f < result.Facts.Count; f++)
        {
            foreach (var (type, target) in Parts(result.Facts[f])) relations.Add(new GoldRelation(type, entities.Count + f, IndexOf(entities, target)));
        }
        return new GoldDocument(id, result.Text, result.ReferenceDate, new Spans(entities, result.Facts)) { Relations = relations };
    }

    /// <summary>The parts of a fact as (relation type, entity), in the contract's order of types.</summary>
    public static IEnumerable<(string Type, Entity Target)> Parts(Fact fact)
    {
        if (fact.Value is { } value) yield return ("value", value);
        if (fact.Change is { } change) yield return (change.Direction == ChangeDirection.Increase ? "increase" : "decrease", change.Rate);
        if (fact.Period is { } period) yield return ("period", period);
        if (fact.Subject is { } subject) yield return ("subject", subject);
    }

    /// <summary>
    /// The index of <paramref name="target"/> (the same object) among the entities, which are sorted by start: every part
    /// of a fact is one of the result's entities.
    /// </summary>
    private static int IndexOf(IReadOnlyList<Entity> entities, Entity target)
    {
        for (var i = Recognition.OverlapIndex.FirstStartingAtOrAfter(entities, target.Start); i < entities.Count && entities[i].Start == target.Start; i++)
        {
            if (ReferenceEquals(entities[i], target)) return i;
        }
        throw new ArgumentException($"a fact's part '{target.Text}' at {target.Start} is not one of the result's entities", nameof(target));
    }

    /// <summary>The entities' spans, then the facts' INDICATOR spans, converted as they are read.</summary>
    private sealed class Spans(IReadOnlyList<Entity> entities, IReadOnlyList<Fact> facts) : IReadOnlyList<GoldSpan>
    {
        public GoldSpan this[int index] => index < entities.Count
            ? GoldJsonlWriter.ToSpan(entities[index])
            : new GoldSpan(GoldRelationShape.IndicatorLabel, facts[index - entities.Count].Start, facts[index - entities.Count].End, false, null);

        public int Count => entities.Count + facts.Count;

        public IEnumerator<GoldSpan> GetEnumerator()
        {
            for (var i = 0; i < Count; i++) yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
