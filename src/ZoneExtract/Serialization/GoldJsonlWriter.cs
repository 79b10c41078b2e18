using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>Writes documents in the gold JSONL format (doccano-compatible, code-point offsets, one document per line).</summary>
public static class GoldJsonlWriter
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keep Chinese readable in the output; the format is UTF-8 JSON either way.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// Turns an extraction result into a gold document (values normalised as the contract says): its entities, and
    /// each fact as an INDICATOR span with its relations (contract §6.1).
    /// </summary>
    public static GoldDocument ToGoldDocument(ExtractionResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return FactSpans.ToGoldDocument(result, id);
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
        WriteRelations(writer, document.Relations);
        writer.WriteEndObject();
    }

    /// <summary>Relations refer to the entity ids written above, which are the span indices plus one.</summary>
    private static void WriteRelations(Utf8JsonWriter writer, IReadOnlyList<GoldRelation> relations)
    {
        writer.WriteStartArray("relations");
        for (var i = 0; i < relations.Count; i++)
        {
            writer.WriteStartObject();
            writer.WriteNumber("id", i + 1);
            writer.WriteNumber("from_id", relations[i].From + 1);
            writer.WriteNumber("to_id", relations[i].To + 1);
            writer.WriteString("type", relations[i].Type);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
