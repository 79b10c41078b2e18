using System.Globalization;
using System.Text;
using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>
/// Reads gold (or prediction) JSONL in both doccano forms: <c>entities</c> with <c>start_offset</c>/<c>end_offset</c>
/// and the older <c>label: [[start, end, "LABEL"], …]</c>. Offsets are converted from code points to string
/// indices; a ZONE's informational <c>kind</c> and <c>canonical</c> are kept, an entity's <c>text</c> and other unknown
/// fields are skipped. Blank lines are allowed; anything else malformed throws <see cref="GoldFormatException"/> with the
/// file name and line number, so that nothing is scored silently wrong.
/// </summary>
public static class GoldJsonlReader
{
    /// <summary>Reads every document of a file.</summary>
    /// <exception cref="GoldFormatException">A line is not a valid gold document.</exception>
    public static IReadOnlyList<GoldDocument> ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Read(reader, path).ToList();
    }

    /// <summary>Reads documents lazily from a reader, one per non-blank line.</summary>
    /// <param name="reader">The JSONL text.</param>
    /// <param name="sourceName">The name used in error messages (usually the file name).</param>
    /// <exception cref="GoldFormatException">A line is not a valid gold document.</exception>
    public static IEnumerable<GoldDocument> Read(TextReader reader, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(sourceName);
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            yield return ParseLine(line, sourceName, lineNumber);
        }
    }

    /// <summary>Parses one JSON line into a document.</summary>
    /// <exception cref="GoldFormatException">The line is not a valid gold document.</exception>
    public static GoldDocument ParseLine(string line, string sourceName, int lineNumber)
    {
        ArgumentNullException.ThrowIfNull(line);
        return Parse(() => JsonDocument.Parse(line.TrimStart('\uFEFF')), sourceName, lineNumber, withSpans: true);
    }

    /// <summary>
    /// Parses one line of valid UTF-8 without spans, reading only id, text and reference date (a batch input line),
    /// straight from its bytes: a long line is not converted to a string first. The bytes must not change until the call returns.
    /// </summary>
    internal static GoldDocument ParseBatchLine(ReadOnlyMemory<byte> utf8Line, string sourceName, int lineNumber) =>
        Parse(() => JsonDocument.Parse(utf8Line), sourceName, lineNumber, withSpans: false);

    private static GoldDocument Parse(Func<JsonDocument> parse, string sourceName, int lineNumber, bool withSpans)
    {
        JsonDocument json;
        try
        {
            json = parse();
        }
        catch (JsonException e)
        {
            throw new GoldFormatException(sourceName, lineNumber, $"invalid JSON: {e.Message}");
        }
        using (json)
        {
            return new LineParser(sourceName, lineNumber).Parse(json.RootElement, withSpans);
        }
    }

    private readonly record struct LineParser(string Source, int Line)
    {
        public GoldDocument Parse(JsonElement root, bool withSpans)
        {
            if (root.ValueKind != JsonValueKind.Object) throw Fail($"expected a JSON object, found {root.ValueKind}");
            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                throw Fail(root.TryGetProperty("error", out var error)
                    ? $"an error record, not a document: {error.GetRawText()}"
                    : "missing string field 'text'");
            }
            var text = LongJsonString.Read(textElement);
            var spans = new List<GoldSpan>();
            var relations = new List<GoldRelation>();
            if (withSpans) ReadSpans(root, new CodePointOffsets(text), spans, relations);
            return new GoldDocument(ReadId(root), text, ReadReferenceDate(root), spans) { Relations = relations };
        }

        private void ReadSpans(JsonElement root, CodePointOffsets offsets, List<GoldSpan> spans, List<GoldRelation> relations)
        {
            if (root.TryGetProperty("entities", out var entities))
            {
                var indexById = ReadEntities(entities, offsets, spans);
                if (root.TryGetProperty("relations", out var list)) new GoldRelationReader(Fail).Read(list, indexById, spans, relations);
            }
            else if (root.TryGetProperty("label", out var labels))
            {
                ReadLabelTriples(labels, offsets, spans);
            }
        }

        private string? ReadId(JsonElement root)
        {
            if (!root.TryGetProperty("id", out var id)) return null;
            return id.ValueKind switch
            {
                JsonValueKind.String => id.GetString(),
                JsonValueKind.Number => id.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw Fail($"'id' must be a string or a number, found {id.ValueKind}"),
            };
        }

        private DateOnly? ReadReferenceDate(JsonElement root)
        {
            if (!root.TryGetProperty("meta", out var meta) || meta.ValueKind == JsonValueKind.Null) return null;
            if (meta.ValueKind != JsonValueKind.Object) throw Fail($"'meta' must be an object, found {meta.ValueKind}");
            if (!meta.TryGetProperty("reference_date", out var date) || date.ValueKind == JsonValueKind.Null) return null;
            if (date.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(date.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                return parsed;
            }
            throw Fail($"'meta.reference_date' must be an ISO date (YYYY-MM-DD), found {date.GetRawText()}");
        }

        /// <summary>Reads the spans; returns the index of each entity id (ids are optional, but unique when given).</summary>
        private Dictionary<int, int> ReadEntities(JsonElement entities, CodePointOffsets offsets, List<GoldSpan> spans)
        {
            if (entities.ValueKind != JsonValueKind.Array) throw Fail($"'entities' must be an array, found {entities.ValueKind}");
            var indexById = new Dictionary<int, int>();
            var index = 0;
            foreach (var entity in entities.EnumerateArray())
            {
                var where = $"entities[{index++}]";
                if (entity.ValueKind != JsonValueKind.Object) throw Fail($"{where} must be an object");
                var label = ReadLabel(entity.TryGetProperty("label", out var l) ? l : default, where);
                var start = ReadOffset(entity, "start_offset", where);
                var end = ReadOffset(entity, "end_offset", where);
                var optional = entity.TryGetProperty("optional", out var o) && ReadBoolean(o, where);
                var value = entity.TryGetProperty("value", out var v) ? ReadValue(v, where) : null;
                if (value is not null && GoldValueShape.Problem(label, value) is { } problem) throw Fail($"{where} ({label}): {problem}");
                if (entity.TryGetProperty("id", out var id) && id.ValueKind != JsonValueKind.Null
                    && !indexById.TryAdd(ReadInteger(id, $"{where}.id"), spans.Count))
                {
                    throw Fail($"{where}: entity id {id.GetRawText()} is used twice");
                }
                spans.Add(MakeSpan(label, start, end, optional, value, offsets, where) with
                {
                    Kind = OptionalString(entity, "kind"),
                    Canonical = OptionalString(entity, "canonical"),
                });
            }
            return indexById;
        }

        /// <summary>An informational string field (a ZONE's kind or canonical name); anything but a string is skipped like an unknown field.</summary>
        private static string? OptionalString(JsonElement entity, string name) =>
            entity.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.String ? element.GetString() : null;

        private void ReadLabelTriples(JsonElement labels, CodePointOffsets offsets, List<GoldSpan> spans)
        {
            if (labels.ValueKind != JsonValueKind.Array) throw Fail($"'label' must be an array of [start, end, \"LABEL\"], found {labels.ValueKind}");
            var index = 0;
            foreach (var triple in labels.EnumerateArray())
            {
                var where = $"label[{index++}]";
                if (triple.ValueKind != JsonValueKind.Array || triple.GetArrayLength() != 3)
                {
                    throw Fail($"{where} must be [start, end, \"LABEL\"]");
                }
                var start = ReadInteger(triple[0], $"{where}[0]");
                var end = ReadInteger(triple[1], $"{where}[1]");
                var label = ReadLabel(triple[2], where);
                spans.Add(MakeSpan(label, start, end, false, null, offsets, where));
            }
        }

        private GoldSpan MakeSpan(string label, int start, int end, bool optional, IReadOnlyDictionary<string, string>? value, CodePointOffsets offsets, string where)
        {
            if (start < 0 || end > offsets.CodePointCount || start >= end)
            {
                throw Fail($"{where} ({label}): offsets [{start}, {end}) are outside the text of {offsets.CodePointCount} code points or empty");
            }
            return new GoldSpan(label, offsets.ToIndex(start), offsets.ToIndex(end), optional, value);
        }

        private string ReadLabel(JsonElement element, string where)
        {
            if (element.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(element.GetString()))
            {
                throw Fail($"{where}: 'label' must be a non-empty string");
            }
            return element.GetString()!.Trim().ToUpperInvariant();
        }

        private int ReadOffset(JsonElement entity, string name, string where)
        {
            if (!entity.TryGetProperty(name, out var element)) throw Fail($"{where}: missing '{name}'");
            return ReadInteger(element, $"{where}.{name}");
        }

        private int ReadInteger(JsonElement element, string where)
        {
            if (element.ValueKind == JsonValueKind.Number && element.TryGetInt32(out var value)) return value;
            throw Fail($"{where} must be an integer, found {element.GetRawText()}");
        }

        private bool ReadBoolean(JsonElement element, string where) => element.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw Fail($"{where}.optional must be true or false, found {element.GetRawText()}"),
        };

        private SortedDictionary<string, string>? ReadValue(JsonElement element, string where)
        {
            if (element.ValueKind == JsonValueKind.Null) return null;
            if (element.ValueKind != JsonValueKind.Object) throw Fail($"{where}.value must be an object, found {element.ValueKind}");
            var value = new SortedDictionary<string, string>(StringComparer.Ordinal);
            foreach (var property in element.EnumerateObject())
            {
                if (property.Value.ValueKind != JsonValueKind.String)
                {
                    throw Fail($"{where}.value.{property.Name} must be a string (decimals and dates are written as strings), found {property.Value.GetRawText()}");
                }
                value[property.Name] = property.Value.GetString()!;
            }
            return value;
        }

        private GoldFormatException Fail(string problem) => new(Source, Line, problem);
    }
}
