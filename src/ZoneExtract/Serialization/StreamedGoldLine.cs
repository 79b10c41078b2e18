using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>
/// Writes the gold JSONL line of a text of any length while holding only a window of it: the text is read twice,
/// once to write its <c>text</c> field and once to extract it window by window (<see cref="WindowedExtraction.Stream"/>),
/// each window's entities written as it comes, each fact's INDICATOR span as soon as its parts are written, and
/// the relations kept in a temporary file until the entities array is closed. The line holds the same spans and
/// relations as <see cref="GoldJsonlWriter.WriteResult"/> writes for the whole text, with the INDICATOR spans among
/// the entities (so with other ids) instead of after them.
/// </summary>
internal static class StreamedGoldLine
{
    /// <param name="output">Where the line goes; it ends with a newline.</param>
    /// <param name="openText">Opens the text; called twice, it must give the same text each time.</param>
    /// <param name="id">The document id, or null.</param>
    /// <param name="extraction">The windowed extractor.</param>
    /// <param name="options">Extraction options; their reference date goes to the line's meta.</param>
    /// <param name="cancellationToken">Stops between windows.</param>
    public static void Write(Stream output, Func<TextReader> openText, string? id, WindowedExtraction extraction, ExtractionOptions options, CancellationToken cancellationToken)
    {
        using var relations = new RelationSpill();
        GoldJsonlWriter.WriteTo(output, writer =>
        {
            writer.WriteStartObject();
            if (id is not null) writer.WriteString("id", id);
            writer.WritePropertyName("text");
            using (var text = openText()) GoldJsonlWriter.WriteInPieces(writer, text);
            GoldJsonlWriter.WriteMeta(writer, options.ReferenceDate);
            writer.WriteStartArray("entities");
            using (var text = openText()) WriteSpans(writer, extraction.Stream(text, options, cancellationToken), relations);
            writer.WriteEndArray();
            writer.WriteStartArray("relations");
            relations.WriteAll(writer);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }, endLine: true);
    }

    private static void WriteSpans(Utf8JsonWriter writer, IEnumerable<WindowedPiece> pieces, RelationSpill relations)
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
                var indicator = new GoldSpan(GoldRelationShape.IndicatorLabel, fact.Start, fact.End, false, null);
                GoldJsonlWriter.WriteSpan(writer, nextId, indicator, fact.Indicator, codePoints.ToCodePoint(fact.Start), codePoints.ToCodePoint(fact.End));
                foreach (var (type, target) in FactSpans.Parts(fact)) relations.Add(nextId, ids[target], type);
                nextId++;
            }
            var heldFrom = codePoints.HeldFrom;
            foreach (var entity in ids.Keys.Where(e => e.Start < heldFrom).ToList()) ids.Remove(entity);
        }
    }

    /// <summary>The relations of a line, kept in a temporary file that is deleted when closed.</summary>
    private sealed class RelationSpill : IDisposable
    {
        private readonly FileStream _file = new(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        private readonly BinaryWriter _writer;
        private int _count;

        public RelationSpill() => _writer = new BinaryWriter(_file, System.Text.Encoding.UTF8, leaveOpen: true);

        public void Add(int fromId, int toId, string type)
        {
            _writer.Write(fromId);
            _writer.Write(toId);
            _writer.Write(type);
            _count++;
        }

        /// <summary>Writes every relation kept, in the order they came, as elements of the relations array.</summary>
        public void WriteAll(Utf8JsonWriter writer)
        {
            _writer.Flush();
            _file.Position = 0;
            using var reader = new BinaryReader(_file, System.Text.Encoding.UTF8, leaveOpen: true);
            for (var id = 1; id <= _count; id++)
            {
                GoldJsonlWriter.WriteRelation(writer, id, reader.ReadInt32(), reader.ReadInt32(), reader.ReadString());
                if (writer.BytesPending >= ChunkedStreamBuffer.PieceSize) writer.Flush();
            }
        }

        public void Dispose()
        {
            _writer.Dispose();
            _file.Dispose();
        }
    }
}
