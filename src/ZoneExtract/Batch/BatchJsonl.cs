using System.Text.Json;
using ZoneExtract.Serialization;

namespace ZoneExtract.Batch;

/// <summary>
/// Writes batch results as JSONL: a gold-format document line for a success (with a <c>"warning"</c> field when
/// its input had to be repaired), and for a failure an error record
/// <c>{"id": …, "source": "file:line", "line": n, "error": "reason"}</c> in the same place, so that no input
/// line goes missing from the output. <see cref="GoldJsonlReader"/> refuses an error record by name.
/// </summary>
public static class BatchJsonl
{
    /// <summary>The output line of one result (no trailing newline).</summary>
    public static string ToJsonLine(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return GoldJsonlWriter.ToJsonLine(writer => Write(writer, result));
    }

    /// <summary>
    /// Writes the output line of one result and its newline to <paramref name="output"/>, without flushing it. A
    /// line shorter than 64 KiB reaches the stream in one write; a longer one (a long document) streams out in pieces of about that
    /// size instead of being built whole in memory.
    /// </summary>
    public static void WriteLine(Stream output, BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(result);
        if (result.Spooled is { } spooled) spooled.MoveTo(output);
        else GoldJsonlWriter.WriteTo(output, writer => Write(writer, result), endLine: true);
    }

    /// <summary>The fields a document's line has after the gold document's: its input's repair warning, if any.</summary>
    internal static Action<Utf8JsonWriter>? ExtraFields(BatchDocument document) =>
        document.Warning is { } warning ? more => more.WriteString("warning", warning) : null;

    private static void Write(Utf8JsonWriter writer, BatchResult result)
    {
        var document = result.Document;
        if (result.Result is { } extraction)
        {
            GoldJsonlWriter.WriteResult(writer, extraction, document.Id, ExtraFields(document));
            return;
        }
        writer.WriteStartObject();
        if (document.Id is { } id) writer.WriteString("id", id);
        if (document.Source is { } source) writer.WriteString("source", source);
        if (document.Line is { } line) writer.WriteNumber("line", line);
        writer.WriteString("error", result.Error);
        writer.WriteEndObject();
    }
}
