using System.Buffers;

namespace ZoneExtract.Serialization;

/// <summary>
/// The buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into, passed on to a stream in pieces of at
/// least <see cref="PieceSize"/> bytes and by <see cref="PassOn"/>, without ever flushing the stream: a writer
/// over a stream flushes it at every line, which over a console costs a system call per document.
/// </summary>
internal sealed class ChunkedStreamBuffer(Stream output) : IBufferWriter<byte>
{
    public const int PieceSize = 1 << 16;

    private readonly ArrayBufferWriter<byte> _buffer = new(16 * 1024);

    public void Advance(int count)
    {
        _buffer.Advance(count);
        if (_buffer.WrittenCount >= PieceSize) PassOn();
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => _buffer.GetMemory(sizeHint);

    public Span<byte> GetSpan(int sizeHint = 0) => _buffer.GetSpan(sizeHint);

    /// <summary>Writes what the buffer holds to the stream, in one write.</summary>
    public void PassOn()
    {
        output.Write(_buffer.WrittenSpan);
        _buffer.ResetWrittenCount();
    }
}
