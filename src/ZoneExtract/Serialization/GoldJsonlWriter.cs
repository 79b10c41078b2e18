using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>
/// Writes documents in the gold JSONL format (doccano-compatible, code-point offsets, one document per line). Each
/// entity also carries its <c>text</c> and, for a ZONE, its <c>kind</c> and <c>canonical</c> name when known.
/// </summary>
public static class GoldJsonlWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese readable in the output; the format is UTF-8 JSON either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Turns an extraction result into a gold document (values normalised as the contract says).</summary>
    public static GoldDocument ToGoldDocument(ExtractionResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        var spans = result.Entities.Select(ToGoldSpan).ToArray();
        return new GoldDocument(id, result.Text, result.ReferenceDate, spans);
    }

    private static GoldSpan ToGoldSpan(Entity entity)
    {
        var span = new GoldSpan(EntityLabelNames.ToName(entity.Label), entity.Start, entity.End, false, EntityValues.ToGoldValue(entity));
        return entity is ZoneEntity zone ? span with { Kind = ZoneKindNames.ToName(zone.Kind), Canonical = zone.CanonicalName } : span;
    }

    /// <summary>Serialises one document as a single JSON line (no trailing newline).</summary>
    public static string ToJsonLine(GoldDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return ToJsonLine(writer => Write(writer, document));
    }

    /// <summary>Runs <paramref name="write"/> on a JSON writer with the format's options and returns what it wrote.</summary>
    internal static string ToJsonLine(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>Writes one document as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, GoldDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var offsets = new CodePointOffsets(document.Text);
        writer.WriteStartObject();
        if (document.Id is not null) writer.WriteString("id", document.Id);
        writer.WriteString("text", document.Text);
        writer.WriteStartObject("meta");
        if (document.ReferenceDate is { } date) writer.WriteString("reference_date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();
        writer.WriteStartArray("entities");
        var spanId = 0;
        foreach (var span in document.Spans)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", ++spanId);
            writer.WriteString("label", span.Label);
            writer.WriteNumber("start_offset", offsets.ToCodePoint(span.Start));
            writer.WriteNumber("end_offset", offsets.ToCodePoint(span.End));
            // For people reading the output: the span's text, and a zone's class and official name. Readers of
            // doccano files (and the evaluator) skip or ignore these fields.
            writer.WriteString("text", document.Text.AsSpan(span.Start, span.Length));
            if (span.Kind is not null) writer.WriteString("kind", span.Kind);
            if (span.Canonical is not null) writer.WriteString("canonical", span.Canonical);
            if (span.Optional) writer.WriteBoolean("optional", true);
            if (span.Value is not null)
            {
                writer.WriteStartObject("value");
                foreach (var (key, value) in span.Value) writer.WriteString(key, value);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
