using System.Runtime.CompilerServices;
using System.Text.Json;
using ZoneExtract.Serialization;

namespace ZoneExtract.Batch;

/// <summary>
/// Reads batch input as JSONL, one document per line: <c>{"id": …, "text": "…", "meta": {"reference_date": "YYYY-MM-DD"}}</c>
/// (a gold file works too; its spans are ignored). Streams: memory does not grow with the input.
/// A line that is not such a document becomes an unreadable <see cref="BatchDocument"/> whose source is
/// <c>file:line</c>, so the batch reports it in place and goes on. Blank lines are not documents and are passed over.
/// </summary>
public static class JsonlDocuments
{
    /// <summary>Reads documents lazily from <paramref name="reader"/>.</summary>
    /// <param name="reader">UTF-8 JSONL text (LF or CRLF; a byte-order mark is ignored).</param>
    /// <param name="sourceName">The name used in sources and messages (usually the file name, or "stdin").</param>
    /// <param name="maxLineLength">
    /// Longest line accepted, in characters; a longer line is skipped through without being held in memory
    /// and reported as unreadable.
    /// </param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<BatchDocument> ReadAsync(
        TextReader reader, string sourceName, int maxLineLength, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLineLength, 1);
        var lines = new LineReader(reader, maxLineLength);
        while (await lines.ReadLineAsync(cancellationToken).ConfigureAwait(false) is ({ } line, var length))
        {
            var source = $"{sourceName}:{lines.LineNumber}";
            if (length > maxLineLength)
            {
                yield return BatchDocument.Unreadable(null, source, $"line of {length} characters is over the limit of {maxLineLength}");
            }
            else if (!string.IsNullOrWhiteSpace(line))
            {
                yield return Parse(line, sourceName, lines.LineNumber, source);
            }
        }
    }

    /// <summary>The longest JSONL line worth reading for a text limit: room for JSON escapes and metadata.</summary>
    public static int MaxLineLengthFor(int maxDocumentLength) => (int)Math.Min(int.MaxValue - 1L, 2L * maxDocumentLength + 64 * 1024);

    private static BatchDocument Parse(string line, string sourceName, int lineNumber, string source)
    {
        try
        {
            var document = GoldJsonlReader.ParseLine(line, sourceName, lineNumber, withSpans: false);
            return new BatchDocument(document.Id, document.Text, document.ReferenceDate) { Source = source };
        }
        catch (GoldFormatException e)
        {
            return BatchDocument.Unreadable(TryReadId(line), source, e.Problem);
        }
    }

    /// <summary>The id of a line that is valid JSON but not a valid document, so that its error record names it.</summary>
    private static string? TryReadId(string line)
    {
        try
        {
            using var json = JsonDocument.Parse(line);
            return json.RootElement.ValueKind == JsonValueKind.Object && json.RootElement.TryGetProperty("id", out var id)
                ? id.ValueKind switch { JsonValueKind.String => id.GetString(), JsonValueKind.Number => id.GetRawText(), _ => null }
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
