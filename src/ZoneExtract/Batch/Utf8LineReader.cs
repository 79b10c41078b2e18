namespace ZoneExtract.Batch;

/// <summary>
/// Reads the lines (LF or CRLF) of a UTF-8 byte stream as bytes, so that a line's encoding can be checked
/// on its own: a bad byte sequence then costs one line, not the whole stream. A line never takes more than
/// a fixed number of bytes of memory: a longer line is read through to its end and reported by its length
/// only, so one huge line cannot exhaust memory. A byte-order mark before the first line is dropped.
/// </summary>
/// <remarks>
/// The line's buffer doubles as the line grows; over a seekable stream, a line that outgrows a megabyte is first
/// measured (read ahead to its end, then the stream is set back), and the buffer made exactly as long, so that a huge
/// line does not hold a buffer up to twice its size, nor two buffers while one is copied into the next.
/// </remarks>
internal sealed class Utf8LineReader
{
    private static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];

    private readonly Stream _stream;
    private readonly int _maxLength;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private const int InitialLineCapacity = 4 * 1024;
    private const int ReleaseAbove = 1 << 20;

    private byte[] _line = new byte[InitialLineCapacity];
    private int _lineLength;
    private int _position;
    private int _count;

    public Utf8LineReader(Stream stream, int maxLength)
    {
        _stream = stream;
        _maxLength = maxLength;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line; false at the end of the stream. The length is the line's length in bytes without
    /// its terminator; when it is over the maximum, <see cref="Line"/> is empty.
    /// </summary>
    public async ValueTask<(bool Read, long Length)> ReadLineAsync(CancellationToken cancellationToken)
    {
        _lineLength = 0;
        if (_line.Length > ReleaseAbove) _line = new byte[InitialLineCapacity]; // a huge line's buffer is not kept for the rest of the run
        long length = 0;
        var any = false;
        byte last = 0;
        while (true)
        {
            if (_position == _count)
            {
                _count = await _stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_count == 0) return any ? (true, Finish(length, last)) : (false, 0);
            }
            any = true;
            var newline = _buffer.AsSpan(_position, _count - _position).IndexOf((byte)'\n');
            var partLength = newline < 0 ? _count - _position : newline;
            length += partLength;
            if (partLength > 0) last = _buffer[_position + partLength - 1];
            if (length <= _maxLength + 1L) // +1: room for a CR before the LF
            {
                if (newline < 0 && _stream.CanSeek && _lineLength + partLength > Math.Max(_line.Length, ReleaseAbove))
                {
                    var rest = await LengthToNewlineAsync(_maxLength + 2L - length, cancellationToken).ConfigureAwait(false);
                    Array.Resize(ref _line, (int)Math.Min(Array.MaxLength, Math.Min(_maxLength + 1L, length + rest)));
                }
                Append(_buffer.AsSpan(_position, partLength));
            }
            _position += newline < 0 ? partLength : partLength + 1;
            if (newline >= 0) return (true, Finish(length, last));
        }
    }

    /// <summary>
    /// The bytes from the stream's position to the next LF (or the end), counting no further than <paramref name="limit"/>;
    /// the stream is set back where it was.
    /// </summary>
    private async ValueTask<long> LengthToNewlineAsync(long limit, CancellationToken cancellationToken)
    {
        var start = _stream.Position;
        var block = System.Buffers.ArrayPool<byte>.Shared.Rent(_buffer.Length);
        try
        {
            long length = 0;
            while (length < limit)
            {
                var count = await _stream.ReadAsync(block, cancellationToken).ConfigureAwait(false);
                if (count == 0) break;
                var newline = block.AsSpan(0, count).IndexOf((byte)'\n');
                if (newline >= 0) return length + newline;
                length += count;
            }
            return length;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(block);
            _stream.Position = start;
        }
    }

    /// <summary>The bytes of the line last read (empty when it was over the maximum), valid until the next read.</summary>
    public ReadOnlyMemory<byte> Line => _line.AsMemory(0, _lineLength);

    private void Append(ReadOnlySpan<byte> part)
    {
        var needed = _lineLength + part.Length;
        if (needed > _line.Length) Array.Resize(ref _line, (int)Math.Min(Array.MaxLength, Math.Max(2L * _line.Length, needed)));
        part.CopyTo(_line.AsSpan(_lineLength));
        _lineLength += part.Length;
    }

    private long Finish(long length, byte last)
    {
        LineNumber++;
        if (last == '\r') length--;
        if (length > _maxLength)
        {
            _lineLength = 0;
            return length;
        }
        if (last == '\r') _lineLength--;
        if (LineNumber == 1 && Line.Span.StartsWith(ByteOrderMark))
        {
            _line.AsSpan(ByteOrderMark.Length, _lineLength - ByteOrderMark.Length).CopyTo(_line);
            _lineLength -= ByteOrderMark.Length;
            length -= ByteOrderMark.Length;
        }
        return length;
    }
}
