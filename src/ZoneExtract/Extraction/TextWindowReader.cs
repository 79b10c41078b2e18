namespace ZoneExtract;

/// <summary>
/// Reads a text from a <see cref="TextReader"/> window by window: the same windows <see cref="TextWindows.Plan"/> cuts
/// from the whole text, each with its characters, while holding no more of the text than one window needs to be cut
/// (its core and a few contexts around it).
/// </summary>
internal sealed class TextWindowReader
{
    private readonly TextReader _reader;
    private readonly int _coreLength;
    private readonly int _context;
    private char[] _buffer;
    private int _offset;        // where _buffer[0] lies in the text
    private int _count;         // characters held
    private bool _atEnd;        // the reader has no more
    private char _lastNonWhiteSpaceBeforeOffset;

    public TextWindowReader(TextReader reader, int coreLength, int context)
    {
        ArgumentNullException.ThrowIfNull(reader);
        TextWindows.CheckSizes(coreLength, context);
        _reader = reader;
        _coreLength = coreLength;
        _context = context;
        _buffer = new char[TextWindows.LookBehind(context) + TextWindows.LookAhead(coreLength, context) + 4096];
    }

    /// <summary>The windows in text order, each with the characters from its start to its end.</summary>
    public IEnumerable<(TextWindow Window, string Text)> Read(CancellationToken cancellationToken = default)
    {
        for (var coreStart = 0; ; )
        {
            cancellationToken.ThrowIfCancellationRequested();
            Drop(upTo: coreStart - TextWindows.LookBehind(_context));
            Fill(upTo: coreStart + TextWindows.LookAhead(_coreLength, _context));
            if (coreStart >= _offset + _count) yield break;
            var window = WindowAt(coreStart);
            yield return (window, new string(_buffer, window.Start - _offset, window.End - window.Start));
            coreStart = window.CoreEnd;
        }
    }

    private TextWindow WindowAt(int coreStart) =>
        TextWindows.WindowAt(new TextView(_buffer.AsSpan(0, _count), _offset, _offset + _count, _lastNonWhiteSpaceBeforeOffset), coreStart, _coreLength, _context);

    /// <summary>Forgets the characters before <paramref name="upTo"/>, remembering what a look back over white space needs.</summary>
    private void Drop(int upTo)
    {
        var drop = Math.Min(upTo - _offset, _count);
        if (drop <= 0) return;
        _lastNonWhiteSpaceBeforeOffset = TextView.LastNonWhiteSpace(_buffer.AsSpan(0, drop), _offset, _lastNonWhiteSpaceBeforeOffset);
        Array.Copy(_buffer, drop, _buffer, 0, _count - drop);
        _offset += drop;
        _count -= drop;
    }

    /// <summary>Reads until the buffer holds the text up to <paramref name="upTo"/> or the text has ended.</summary>
    private void Fill(int upTo)
    {
        while (!_atEnd && _offset + _count < upTo)
        {
            if (_count == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            var read = _reader.Read(_buffer, _count, _buffer.Length - _count);
            if (read == 0) _atEnd = true;
            _count += read;
        }
    }
}
