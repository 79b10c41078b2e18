using System.Buffers;

namespace ZoneExtract.Serialization;

/// <summary>
/// The buffer a <see cref="System.Text.Json.Utf8JsonWriter"/> writes into, passed on to a stream in pieces of at
/// least <see cref="PieceSize"/> bytes and by <see cref="PassOn"/>, without ever flushing the stream: a writer
/// over a stream flushes it at every line, which over a console costs a system call per document.
/// </summary>
/// <remarks>
/// The array is rented from the shared pool and returned on disposal: a batch writes one line per document, and a
/// buffer grown anew for each (16, 32, 64 and then 128 KiB, a large-object array) was most of what writing a line
/// allocated.
/// </remarks>
internal sealed class ChunkedStreamBuffer(Stream output) : IBufferWriter<byte>, IDisposable
{
    public const int PieceSize = 1 << 16;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(2 * PieceSize);
    private int _written;

    public void Advance(int count)
    {
        _written += count;
        if (_written >= PieceSize) PassOn();
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsMemory(_written);
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _buffer.AsSpan(_written);
    }

    /// <summary>Writes what the buffer holds to the stream, in one write.</summary>
    public void PassOn()
    {
        output.Write(_buffer, 0, _written);
        _written = 0;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    /// <summary>Makes room for at least <paramref name="sizeHint"/> more bytes (one when zero), keeping what is written.</summary>
    private void Reserve(int sizeHint)
    {
        var needed = _written + Math.Max(sizeHint, 1);
        if (needed <= _buffer.Length) return;
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(needed, 2 * _buffer.Length));
        _buffer.AsSpan(0, _written).CopyTo(larger);
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = larger;
    }
}
