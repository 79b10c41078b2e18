using ZoneExtract.Serialization;

namespace ZoneExtract.Batch;

/// <summary>
/// Writes batch results as JSONL: a gold-format document line for a success, and for a failure an error
/// record <c>{"id": …, "source": "file:line", "error": "reason"}</c> in the same place, so that no input
/// line goes missing from the output. <see cref="GoldJsonlReader"/> refuses an error record by name.
/// </summary>
public static class BatchJsonl
{
    /// <summary>The output line of one result (no trailing newline).</summary>
    public static string ToJsonLine(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Result is { } extraction)
        {
            return GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(extraction, result.Document.Id));
        }
        return GoldJsonlWriter.ToJsonLine(writer =>
        {
            writer.WriteStartObject();
            if (result.Document.Id is { } id) writer.WriteString("id", id);
            if (result.Document.Source is { } source) writer.WriteString("source", source);
            writer.WriteString("error", result.Error);
            writer.WriteEndObject();
        });
    }
}
