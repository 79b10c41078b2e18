using System.Text;

namespace ZoneExtract.Batch;

/// <summary>
/// Reads lines (LF or CRLF) from a text reader without ever holding more than a fixed number of characters
/// of one line: a longer line is read through to its end and reported by its length only, so one huge
/// line cannot exhaust memory.
/// </summary>
internal sealed class LineReader
{
    private readonly TextReader _reader;
    private readonly int _maxLength;
    private readonly char[] _buffer = new char[64 * 1024];
    private readonly StringBuilder _line = new();
    private int _position;
    private int _count;

    public LineReader(TextReader reader, int maxLength)
    {
        _reader = reader;
        _maxLength = maxLength;
    }

    /// <summary>The 1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>
    /// The next line without its terminator, or null at the end, and the line's
    /// length; when it is over the maximum the returned text is empty.
    /// </summary>
    public async ValueTask<(string? Line, long Length)> ReadLineAsync(CancellationToken cancellationToken)
    {
        _line.Clear();
        long length = 0;
        var any = false;
        var last = '\0';
        while (true)
        {
            if (_position == _count)
            {
                _count = await _reader.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
                _position = 0;
                if (_count == 0) return any ? Finish(length, last) : (null, 0);
            }
            any = true;
            var chunk = _buffer.AsSpan(_position, _count - _position);
            var newline = chunk.IndexOf('\n');
            var part = newline < 0 ? chunk : chunk[..newline];
            length += part.Length;
            if (!part.IsEmpty) last = part[^1];
            if (length <= _maxLength + 1) _line.Append(part); // +1: room for a CR before the LF
            _position += newline < 0 ? part.Length : part.Length + 1;
            if (newline >= 0) return Finish(length, last);
        }
    }

    private (string? Line, long Length) Finish(long length, char last)
    {
        LineNumber++;
        if (last == '\r') length--;
        if (length > _maxLength) return (string.Empty, length);
        if (last == '\r') _line.Length--;
        if (LineNumber == 1 && _line.Length > 0 && _line[0] == '\uFEFF') _line.Remove(0, 1);
        return (_line.ToString(), length);
    }
}
