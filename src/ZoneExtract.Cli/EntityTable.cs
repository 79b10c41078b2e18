using ZoneExtract.Serialization;

namespace ZoneExtract.Cli;

/// <summary>The readable table of <c>extract</c>: one entity per line with its offsets and normalised value.</summary>
internal static class EntityTable
{
    public static void Write(ExtractionResult result, TextWriter output)
    {
        output.WriteLine($"{"LABEL",-8} {"START",6} {"END",6}  TEXT  →  VALUE");
        foreach (var entity in result.Entities)
        {
            var value = EntityValues.ToGoldValue(entity) is { } v
                ? string.Join(" ", v.Select(p => $"{p.Key}={p.Value}"))
                : Describe(entity);
            output.WriteLine($"{EntityLabelNames.ToName(entity.Label),-8} {entity.Start,6} {entity.End,6}  {entity.Text}  →  {value}");
        }
        var counts = result.Entities.GroupBy(e => e.Label).Select(g => $"{EntityLabelNames.ToName(g.Key)} {g.Count()}");
        // a long text is extracted in windows, whose tokens are not kept: no count rather than a false "0 tokens"
        var tokens = result.Tokens.Count > 0 ? $", {result.Tokens.Count} tokens"
            : string.IsNullOrWhiteSpace(result.Text) ? "" : ", tokens not kept (long text extracted in windows)";
        output.WriteLine($"{result.Entities.Count} entities ({string.Join(", ", counts)}){tokens}");
    }

    private static string Describe(Entity entity) => entity switch
    {
        ZoneEntity zone => zone.CanonicalName is null ? $"kind={zone.Kind}" : $"kind={zone.Kind} canonical={zone.CanonicalName}",
        DateEntity => "unresolved (no reference date)",
        _ => "",
    };
}
