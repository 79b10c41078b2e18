using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>
/// Writes the gold JSONL line of a text of any length while holding only a window of it: the text is read twice,
/// once to write its <c>text</c> field and once to extract it window by window (<see cref="WindowedExtraction.Stream"/>),
/// each window's entities written as it comes, and the relations kept in a temporary file until the entities array is
/// closed. Each fact's INDICATOR span is written either as soon as its parts are written (among the entities, so with
/// other ids than <see cref="GoldJsonlWriter.WriteResult"/> gives), or after all entities, kept in a temporary file
/// too: then the line has the bytes <see cref="GoldJsonlWriter.WriteResult"/> writes for the whole text's result.
/// </summary>
internal static class StreamedGoldLine
{
    /// <param name="output">Where the line goes; it ends with a newline.</param>
    /// <param name="openText">Opens the text; called twice, it must give the same text each time.</param>
    /// <param name="id">The document id, or null.</param>
    /// <param name="extraction">The windowed extractor.</param>
    /// <param name="options">Extraction options; their reference date goes to the line's meta.</param>
    /// <param name="cancellationToken">Stops between windows.</param>
    public static void Write(Stream output, Func<TextReader> openText, string? id, WindowedExtraction extraction, ExtractionOptions options, CancellationToken cancellationToken) =>
        Write(output, openText, id, extraction, options, indicatorsLast: false, writeMore: null, cancellationToken);

    /// <summary>Writes the line, with the INDICATOR spans after the entities when <paramref name="indicatorsLast"/>, and the fields <paramref name="writeMore"/> adds last.</summary>
    public static void Write(
        Stream output, Func<TextReader> openText, string? id, WindowedExtraction extraction, ExtractionOptions options,
        bool indicatorsLast, Action<Utf8JsonWriter>? writeMore, CancellationToken cancellationToken)
    {
        using var relations = new RelationSpill();
        using var indicators = indicatorsLast ? new IndicatorSpill() : null;
        GoldJsonlWriter.WriteTo(output, writer =>
        {
            writer.WriteStartObject();
            if (id is not null) writer.WriteString("id", id);
            writer.WritePropertyName("text");
            using (var text = openText()) GoldJsonlWriter.WriteInPieces(writer, text);
            GoldJsonlWriter.WriteMeta(writer, options.ReferenceDate);
            writer.WriteStartArray("entities");
            int firstIndicatorId;
            using (var text = openText()) firstIndicatorId = WriteSpans(writer, extraction.Stream(text, options, cancellationToken), relations, indicators);
            indicators?.WriteAll(writer, firstIndicatorId);
            writer.WriteEndArray();
            writer.WriteStartArray("relations");
            relations.WriteAll(writer, fromIdOffset: indicators is null ? 0 : firstIndicatorId - 1);
            writer.WriteEndArray();
            writeMore?.Invoke(writer);
            writer.WriteEndObject();
        }, endLine: true);
    }

    /// <summary>
    /// Writes the entities' spans, and the facts' INDICATOR spans among them unless <paramref name="indicators"/> keeps
    /// them for later (their relations then point from their rank among the facts); returns the id after the last span written.
    /// </summary>
    private static int WriteSpans(Utf8JsonWriter writer, IEnumerable<WindowedPiece> pieces, RelationSpill relations, IndicatorSpill? indicators)
    {
        var codePoints = new WindowCodePoints();
        var ids = new Dictionary<Entity, int>(ReferenceEqualityComparer.Instance); // of the entities a later fact may point to
        var nextId = 1;
        foreach (var piece in pieces)
        {
            codePoints.Add(piece.Window, piece.Text);
            foreach (var entity in piece.Entities)
            {
                var text = piece.Text.AsSpan(entity.Start - piece.Window.Start, entity.Length);
                GoldJsonlWriter.WriteSpan(writer, nextId, GoldJsonlWriter.ToSpan(entity), text, codePoints.ToCodePoint(entity.Start), codePoints.ToCodePoint(entity.End));
                ids.Add(entity, nextId++);
            }
            foreach (var fact in piece.Facts)
            {
                int fromId;
                if (indicators is null)
                {
                    WriteIndicator(writer, fromId = nextId++, fact.Indicator, codePoints.ToCodePoint(fact.Start), codePoints.ToCodePoint(fact.End));
                }
                else
                {
                    fromId = indicators.Add(fact.Indicator, codePoints.ToCodePoint(fact.Start), codePoints.ToCodePoint(fact.End));
                }
                foreach (var (type, target) in FactSpans.Parts(fact)) relations.Add(fromId, ids[target], type);
            }
            var heldFrom = codePoints.HeldFrom;
            foreach (var entity in ids.Keys.Where(e => e.Start < heldFrom).ToList()) ids.Remove(entity);
        }
        return nextId;
    }

    /// <summary>Writes a fact's INDICATOR span; its offsets are code points already.</summary>
    private static void WriteIndicator(Utf8JsonWriter writer, int id, ReadOnlySpan<char> indicator, int startCodePoint, int endCodePoint) =>
        GoldJsonlWriter.WriteSpan(writer, id, new GoldSpan(GoldRelationShape.IndicatorLabel, startCodePoint, endCodePoint, false, null), indicator, startCodePoint, endCodePoint);

    /// <summary>The relations of a line, kept in a temporary file until the entities array is closed.</summary>
    private sealed class RelationSpill : IDisposable
    {
        private readonly Spill _spill = new();

        public void Add(int fromId, int toId, string type)
        {
            _spill.Writer.Write(fromId);
            _spill.Writer.Write(toId);
            _spill.Writer.Write(type);
            _spill.Count++;
        }

        /// <summary>Writes every relation kept, in the order they came, as elements of the relations array, their from-ids moved by <paramref name="fromIdOffset"/>.</summary>
        public void WriteAll(Utf8JsonWriter writer, int fromIdOffset)
        {
            using var reader = _spill.ReadBack();
            for (var id = 1; id <= _spill.Count; id++)
            {
                GoldJsonlWriter.WriteRelation(writer, id, fromIdOffset + reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
                if (writer.BytesPending >= ChunkedStreamBuffer.PieceSize) writer.Flush();
            }
        }

        public void Dispose() => _spill.Dispose();
    }

    /// <summary>The INDICATOR spans of a line's facts, kept in a temporary file until every entity is written.</summary>
    private sealed class IndicatorSpill : IDisposable
    {
        private readonly Spill _spill = new();

        /// <summary>Keeps a fact's indicator (its characters as they are, lone surrogates too) and returns its rank, from 1.</summary>
        public int Add(string indicator, int startCodePoint, int endCodePoint)
        {
            _spill.Writer.Write(startCodePoint);
            _spill.Writer.Write(endCodePoint);
            _spill.Writer.Write(indicator.Length);
            foreach (var unit in indicator) _spill.Writer.Write((ushort)unit);
            return ++_spill.Count;
        }

        /// <summary>Writes every indicator kept, in the order they came, as elements of the entities array, with ids from <paramref name="firstId"/> on.</summary>
        public void WriteAll(Utf8JsonWriter writer, int firstId)
        {
            using var reader = _spill.ReadBack();
            var indicator = new List<char>();
            for (var rank = 0; rank < _spill.Count; rank++)
            {
                var (start, end) = (reader.ReadInt32(), reader.ReadInt32());
                indicator.Clear();
                for (var length = reader.ReadInt32(); length > 0; length--) indicator.Add((char)reader.ReadUInt16());
                WriteIndicator(writer, firstId + rank, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(indicator), start, end);
            }
        }

        public void Dispose() => _spill.Dispose();
    }

    /// <summary>Records written one after another to a temporary file, read back once; the file is deleted when closed.</summary>
    private sealed class Spill : IDisposable
    {
        private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);

        public Spill() => Writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);

        public BinaryWriter Writer { get; }

        /// <summary>Records written so far (the owner counts them).</summary>
        public int Count { get; set; }

        /// <summary>A reader from the first record on.</summary>
        public BinaryReader ReadBack()
        {
            Writer.Flush();
            _file.Position = 0;
            return new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
        }

        public void Dispose()
        {
            Writer.Dispose();
            _file.Dispose();
        }
    }
}
