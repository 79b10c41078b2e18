using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>
/// Reads the <c>relations</c> array of one gold line (doccano's relation export: <c>id</c>, <c>from_id</c>,
/// <c>to_id</c>, <c>type</c>) into span indices, and checks each against the contract (§6.1). Problems are raised
/// through <paramref name="fail"/>, which adds the file and line.
/// </summary>
internal readonly struct GoldRelationReader(Func<string, GoldFormatException> fail)
{
    public void Read(JsonElement list, IReadOnlyDictionary<int, int> indexById, IReadOnlyList<GoldSpan> spans, List<GoldRelation> relations)
    {
        if (list.ValueKind == JsonValueKind.Null) return;
        if (list.ValueKind != JsonValueKind.Array) throw fail($"'relations' must be an array, found {list.ValueKind}");
        var index = 0;
        foreach (var relation in list.EnumerateArray())
        {
            var where = $"relations[{index++}]";
            if (relation.ValueKind != JsonValueKind.Object) throw fail($"{where} must be an object");
            var from = SpanIndex(relation, "from_id", where, indexById);
            var to = SpanIndex(relation, "to_id", where, indexById);
            var type = relation.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(t.GetString())
                ? t.GetString()!.Trim().ToLowerInvariant()
                : throw fail($"{where}: 'type' must be a non-empty string");
            if (GoldRelationShape.Problem(type, spans[from], spans[to]) is { } problem) throw fail($"{where}: {problem}");
            relations.Add(new GoldRelation(type, from, to));
        }
        if (GoldRelationShape.RepeatedType(relations) is { } repeated)
        {
            throw fail($"entities[{repeated.Indicator}] (INDICATOR) has two '{repeated.Type}' relations; the contract allows one of each type");
        }
    }

    private int SpanIndex(JsonElement relation, string name, string where, IReadOnlyDictionary<int, int> indexById)
    {
        if (!relation.TryGetProperty(name, out var element)) throw fail($"{where}: missing '{name}'");
        if (element.ValueKind != JsonValueKind.Number || !element.TryGetInt32(out var id)) throw fail($"{where}.{name} must be an integer, found {element.GetRawText()}");
        return indexById.TryGetValue(id, out var index) ? index : throw fail($"{where}.{name}: no entity has id {id}");
    }
}
