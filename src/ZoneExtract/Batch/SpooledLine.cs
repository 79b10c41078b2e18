using ZoneExtract.Serialization;

namespace ZoneExtract.Batch;

/// <summary>
/// The JSONL output line of a long document, written to a temporary file window by window as the document is
/// extracted (<see cref="StreamedGoldLine"/>), with the bytes <see cref="BatchJsonl"/> writes for its whole result: the
/// document's entities are never all held in memory at once (docs/batch.md, "Memory").
/// </summary>
internal sealed class SpooledLine : IDisposable
{
    private readonly FileStream _file;

    private SpooledLine(FileStream file) => _file = file;

    /// <summary>Extracts <paramref name="document"/> in windows into a new spooled line; throws what extraction throws, leaving no file.</summary>
    public static SpooledLine Write(BatchDocument document, WindowedExtraction extraction, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var file = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        try
        {
            StreamedGoldLine.Write(file, () => new StringReader(document.Text), document.Id, extraction, options,
                indicatorsLast: true, BatchJsonl.ExtraFields(document), cancellationToken);
            return new SpooledLine(file);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Copies the line (with its newline) to <paramref name="output"/> and deletes the file.</summary>
    public void MoveTo(Stream output)
    {
        using (_file)
        {
            _file.Position = 0;
            _file.CopyTo(output, ChunkedStreamBuffer.PieceSize);
        }
    }

    public void Dispose() => _file.Dispose();
}
