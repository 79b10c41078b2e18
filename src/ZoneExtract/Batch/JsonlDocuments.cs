using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ZoneExtract.Serialization;

namespace ZoneExtract.Batch;

/// <summary>
/// Reads batch input as JSONL, one document per line: <c>{"id": …, "text": "…", "meta": {"reference_date": "YYYY-MM-DD"}}</c>
/// (a gold file works too; its spans are ignored). Streams: memory does not grow with the input, but for the
/// ids seen so far. Every line gives exactly one <see cref="BatchDocument"/>, so that the batch output keeps one
/// line per input line: a line that is not such a document (invalid JSON, not an object, no string text, over
/// the size limit, blank, or with an id an earlier line used) becomes an unreadable document whose source is
/// <c>file:line</c>. Invalid UTF-8 bytes and lone surrogate escapes are replaced by U+FFFD, with a warning.
/// </summary>
public static class JsonlDocuments
{
    /// <summary>Reads documents lazily from <paramref name="stream"/>.</summary>
    /// <param name="stream">UTF-8 JSONL (LF or CRLF; a byte-order mark is ignored).</param>
    /// <param name="sourceName">The name used in sources and messages (usually the file name, or "stdin").</param>
    /// <param name="maxLineBytes">
    /// Longest line accepted, in UTF-8 bytes; a longer line is skipped through without being held in memory
    /// and reported as unreadable.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<BatchDocument> ReadAsync(
        Stream stream, string sourceName, int maxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineBytes, 1);
        var lines = new Utf8LineReader(stream, maxLineBytes);
        var lineOfId = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is (true, var length))
        {
            yield return length > maxLineBytes
                ? Unreadable(null, sourceName, lines.LineNumber, $"line of {length} bytes is over the limit of {maxLineBytes}")
                : Read(lines, sourceName, lineOfId);
        }
    }

    /// <summary>The longest JSONL line worth reading for a text limit: room for JSON escapes (six bytes a character at most) and metadata.</summary>
    public static int MaxLineBytesFor(int maxDocumentLength) => (int)Math.Min(int.MaxValue - 1L, 6L * maxDocumentLength + 64 * 1024);

    private static BatchDocument Read(Utf8LineReader lines, string sourceName, Dictionary<string, int> lineOfId)
    {
        var number = lines.LineNumber;
        var (line, warning) = RepairEncoding(lines.Line);
        if (line.Span.Trim(" \t\r\n"u8).IsEmpty) return Unreadable(null, sourceName, number, "blank line: no document");
        var (json, replaced) = LoneSurrogateEscapes.Replace(line);
        if (replaced > 0) warning = Join(warning, $"{replaced} lone surrogate escape(s) replaced by U+FFFD");
        GoldDocument document;
        try
        {
            document = GoldJsonlReader.ParseBatchLine(json, sourceName, number);
        }
        catch (GoldFormatException e)
        {
            return Unreadable(TryReadId(json.Span), sourceName, number, e.Problem);
        }
        if (document.Id is { } id && !lineOfId.TryAdd(id, number))
        {
            return Unreadable(id, sourceName, number, $"duplicate id '{id}': line {lineOfId[id]} has it already");
        }
        return new BatchDocument(document.Id, document.Text, document.ReferenceDate)
        {
            Source = $"{sourceName}:{number}",
            Line = number,
            Warning = warning,
        };
    }

    /// <summary>The line as valid UTF-8: bytes that are not become U+FFFD, and the warning says so.</summary>
    private static (ReadOnlyMemory<byte> Line, string? Warning) RepairEncoding(ReadOnlyMemory<byte> line) =>
        Utf8.IsValid(line.Span)
            ? (line, null)
            : (Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(line.Span)), "invalid UTF-8 bytes replaced by U+FFFD");

    private static string Join(string? first, string second) => first is null ? second : $"{first}; {second}";

    private static BatchDocument Unreadable(string? id, string sourceName, int line, string reason) =>
        BatchDocument.Unreadable(id, $"{sourceName}:{line}", reason) with { Line = line };

    /// <summary>
    /// The top-level id of a line that is not a valid document, read up to the first JSON error (a truncated line
    /// usually names its id first), so that its error record names it; null when there is none before the error.
    /// </summary>
    private static string? TryReadId(ReadOnlySpan<byte> line)
    {
        var reader = new Utf8JsonReader(line);
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return null;
            while (reader.Read())
            {
                if (reader.TokenType != JsonTokenType.PropertyName || reader.CurrentDepth != 1 || !reader.ValueTextEquals("id"u8)) continue;
                reader.Read();
                return reader.TokenType switch
                {
                    JsonTokenType.String => reader.GetString(),
                    JsonTokenType.Number => Encoding.UTF8.GetString(reader.ValueSpan),
                    _ => null,
                };
            }
            return null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
