namespace ZoneExtract.Batch;

/// <summary>
/// Reads the lines (LF or CRLF) of a UTF-8 byte stream as bytes, so that a line's encoding can be checked
/// on its own: a bad byte sequence then costs one line, not the whole stream. A line never takes more than
/// a fixed number of bytes of memory: a longer line is read through to its end and reported by its length
/// only, so one huge line cannot exhaust memory. A byte-order mark before the first line is dropped.
/// </summary>
/// <remarks>
/// The line's buffer doubles as the line grows up to a megabyte; a longer line goes on in a temporary file and comes
/// back at its end into a buffer of its size, so that a huge line (from a file or a pipe) does not hold a buffer up to
/// twice its size, nor two buffers while one is copied into the next.
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
    private FileStream? _spill; // the line so far, once it has outgrown ReleaseAbove
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
                if (_count == 0)
                {
                    await TakeBackSpillAsync(length, cancellationToken).ConfigureAwait(false);
                    return any ? (true, Finish(length, last)) : (false, 0);
                }
            }
            any = true;
            var newline = _buffer.AsSpan(_position, _count - _position).IndexOf((byte)'\n');
            var partLength = newline < 0 ? _count - _position : newline;
            length += partLength;
            if (partLength > 0) last = _buffer[_position + partLength - 1];
            if (length <= _maxLength + 1L) // +1: room for a CR before the LF
            {
                if (_spill is null && _lineLength + partLength > Math.Max(_line.Length, ReleaseAbove)) _spill = await SpillAsync(cancellationToken).ConfigureAwait(false);
                if (_spill is not null) await _spill.WriteAsync(_buffer.AsMemory(_position, partLength), cancellationToken).ConfigureAwait(false);
                else Append(_buffer.AsSpan(_position, partLength));
            }
            _position += newline < 0 ? partLength : partLength + 1;
            if (newline >= 0)
            {
                await TakeBackSpillAsync(length, cancellationToken).ConfigureAwait(false);
                return (true, Finish(length, last));
            }
        }
    }

    /// <summary>A temporary file holding the line read so far, which the rest of the line then goes to.</summary>
    private async ValueTask<FileStream> SpillAsync(CancellationToken cancellationToken)
    {
        var spill = new FileStream(Path.GetTempFileName(), FileMode.Create, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose);
        await spill.WriteAsync(_line.AsMemory(0, _lineLength), cancellationToken).ConfigureAwait(false);
        _lineLength = 0;
        return spill;
    }

    /// <summary>
    /// Reads a spilled line back into a buffer of its size, unless it is over the maximum (<paramref name="length"/>
    /// bytes, of which the file holds the first), and deletes the file.
    /// </summary>
    private async ValueTask TakeBackSpillAsync(long length, CancellationToken cancellationToken)
    {
        if (_spill is not { } spill) return;
        _spill = null;
        await using (spill.ConfigureAwait(false))
        {
            if (length > _maxLength + 1L) return;
            _line = new byte[spill.Length];
            spill.Position = 0;
            await spill.ReadExactlyAsync(_line, cancellationToken).ConfigureAwait(false);
            _lineLength = _line.Length;
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
