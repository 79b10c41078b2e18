namespace ZoneExtract.Batch;

/// <summary>One input of a batch: a text with its id and reference date, or a record that could not be read.</summary>
/// <param name="Id">The caller's id for the document, or null.</param>
/// <param name="Text">The text to extract from (empty for an unreadable record).</param>
/// <param name="ReferenceDate">The publication date; null falls back to <see cref="BatchOptions.Extraction"/>'s.</param>
public sealed record BatchDocument(string? Id, string Text, DateOnly? ReferenceDate)
{
    /// <summary>Where the document came from, for messages: a file path or <c>file:line</c>.</summary>
    public string? Source { get; init; }

    /// <summary>The 1-based line of a JSONL input the document was read from; null for other inputs.</summary>
    public int? Line { get; init; }

    /// <summary>
    /// Why the record could not be read (invalid JSON, too long…), or null. An unreadable record is not
    /// dropped: it comes out of the batch, in its place, as a failed <see cref="BatchResult"/>.
    /// </summary>
    public string? ReadError { get; init; }

    /// <summary>
    /// What was repaired to read the record (invalid UTF-8 bytes or lone surrogate escapes replaced by U+FFFD),
    /// or null. The document is extracted all the same; the warning goes into its output line.
    /// </summary>
    public string? Warning { get; init; }

    /// <summary>A record that could not be read, kept so that its failure is reported in order.</summary>
    public static BatchDocument Unreadable(string? id, string source, string reason) =>
        new(id, string.Empty, null) { Source = source, ReadError = reason };
}
