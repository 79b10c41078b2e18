using System.Buffers;
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

    /// <summary>
    /// Turns an extraction result into a gold document (values normalised as the contract says): its entities, and
    /// each fact as an INDICATOR span with its relations (contract §6.1).
    /// </summary>
    public static GoldDocument ToGoldDocument(ExtractionResult result, string? id = null)
    {
        ArgumentNullException.ThrowIfNull(result);
        return FactSpans.ToGoldDocument(result, id);
    }

    /// <summary>
    /// Writes the gold document of an extraction result, converting one entity at a time and passing the output
    /// on in pieces (see <see cref="WriteTo"/>), so that a long text's line never sits whole in memory; the fields
    /// <paramref name="writeMore"/> adds come last.
    /// </summary>
    internal static void WriteResult(Utf8JsonWriter writer, ExtractionResult result, string? id, Action<Utf8JsonWriter>? writeMore) =>
        Write(writer, FactSpans.ToGoldDocument(result, id), writeMore);

    /// <summary>The gold span of an entity: label, offsets, value, and a zone's kind and official name.</summary>
    internal static GoldSpan ToSpan(Entity entity)
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
        WriteTo(buffer, write);
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>
    /// Runs <paramref name="write"/> on a JSON writer with the format's options over <paramref name="output"/>, then
    /// writes a newline if <paramref name="endLine"/>. What it writes reaches the stream in one piece when it is
    /// shorter than 64 KiB, and otherwise in pieces of about that size; the stream is not flushed.
    /// </summary>
    internal static void WriteTo(Stream output, Action<Utf8JsonWriter> write, bool endLine = false)
    {
        using var buffer = new ChunkedStreamBuffer(output);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        if (endLine) buffer.Write("\n"u8);
        buffer.PassOn();
    }

    /// <summary>Writes one document as a JSON object.</summary>
    public static void Write(Utf8JsonWriter writer, GoldDocument document)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        Write(writer, document, writeMore: null);
    }

    /// <summary>Writes one document as a JSON object, with the fields <paramref name="writeMore"/> adds (readers ignore them) last.</summary>
    internal static void Write(Utf8JsonWriter writer, GoldDocument document, Action<Utf8JsonWriter>? writeMore)
    {
        var offsets = new CodePointOffsets(document.Text);
        writer.WriteStartObject();
        if (document.Id is not null) writer.WriteString("id", document.Id);
        writer.WritePropertyName("text");
        WriteInPieces(writer, document.Text);
        WriteMeta(writer, document.ReferenceDate);
        writer.WriteStartArray("entities");
        var spanId = 0;
        foreach (var span in document.Spans)
        {
            WriteSpan(writer, ++spanId, span, document.Text.AsSpan(span.Start, span.Length), offsets.ToCodePoint(span.Start), offsets.ToCodePoint(span.End));
        }
        writer.WriteEndArray();
        WriteRelations(writer, document.Relations);
        writeMore?.Invoke(writer);
        writer.WriteEndObject();
    }

    internal static void WriteMeta(Utf8JsonWriter writer, DateOnly? referenceDate)
    {
        writer.WriteStartObject("meta");
        if (referenceDate is { } date) writer.WriteString("reference_date", date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes one element of the entities array, with the span's offsets in code points, and passes the output on
    /// when enough of it has gathered. The property names are UTF-8 literals: written as strings, each was transcoded
    /// for every entity of every document.
    /// </summary>
    internal static void WriteSpan(Utf8JsonWriter writer, int id, GoldSpan span, ReadOnlySpan<char> text, int startCodePoint, int endCodePoint)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id"u8, id);
        writer.WriteString("label"u8, span.Label);
        writer.WriteNumber("start_offset"u8, startCodePoint);
        writer.WriteNumber("end_offset"u8, endCodePoint);
        // For people reading the output: the span's text, and a zone's class and official name. Readers of
        // doccano files (and the evaluator) skip or ignore these fields.
        writer.WriteString("text"u8, text);
        if (span.Kind is not null) writer.WriteString("kind"u8, span.Kind);
        if (span.Canonical is not null) writer.WriteString("canonical"u8, span.Canonical);
        if (span.Optional) writer.WriteBoolean("optional"u8, true);
        if (span.Value is not null)
        {
            writer.WriteStartObject("value"u8);
            foreach (var (key, value) in span.Value) writer.WriteString(key, value);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
        if (writer.BytesPending >= FlushThreshold) writer.Flush();
    }

    /// <summary>Bytes a writer holds before it passes them on: a long document streams out in pieces of this size.</summary>
    private const int FlushThreshold = ChunkedStreamBuffer.PieceSize;

    /// <summary>Writes a string value a piece at a time, flushing between pieces, so that a long text is never copied whole.</summary>
    private static void WriteInPieces(Utf8JsonWriter writer, string text)
    {
        if (text.Length <= PieceLength) writer.WriteStringValue(text);
        else WriteInPieces(writer, new StringReader(text));
    }

    /// <summary>Characters of a text written at once: a quarter of the bytes a writer holds, for UTF-8's three bytes a character.</summary>
    private const int PieceLength = FlushThreshold / 4;

    /// <summary>
    /// Writes the text a reader gives as a string value a piece at a time, flushing between pieces, so that the text
    /// is never held whole. A surrogate pair stays in one piece.
    /// </summary>
    internal static void WriteInPieces(Utf8JsonWriter writer, TextReader text)
    {
        var buffer = new char[PieceLength];
        var count = 0;
        while (true)
        {
            count += text.ReadBlock(buffer, count, buffer.Length - count);
            var final = count < buffer.Length; // ReadBlock fills the buffer unless the text has ended
            var send = !final && char.IsHighSurrogate(buffer[count - 1]) ? count - 1 : count;
            writer.WriteStringValueSegment(buffer.AsSpan(0, send), isFinalSegment: final);
            writer.Flush();
            if (final) return;
            buffer.AsSpan(send, count - send).CopyTo(buffer);
            count -= send;
        }
    }

    /// <summary>Relations refer to the entity ids written above, which are the span indices plus one.</summary>
    private static void WriteRelations(Utf8JsonWriter writer, IReadOnlyList<GoldRelation> relations)
    {
        writer.WriteStartArray("relations");
        for (var i = 0; i < relations.Count; i++) WriteRelation(writer, i + 1, relations[i].From + 1, relations[i].To + 1, relations[i].Type);
        writer.WriteEndArray();
    }

    /// <summary>Writes one element of the relations array.</summary>
    internal static void WriteRelation(Utf8JsonWriter writer, int id, int fromId, int toId, string type)
    {
        writer.WriteStartObject();
        writer.WriteNumber("id"u8, id);
        writer.WriteNumber("from_id"u8, fromId);
        writer.WriteNumber("to_id"u8, toId);
        writer.WriteString("type"u8, type);
        writer.WriteEndObject();
    }
}
