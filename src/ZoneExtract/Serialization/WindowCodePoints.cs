namespace ZoneExtract.Serialization;

/// <summary>
/// Code-point offsets of a text that is read window by window (<see cref="WindowedPiece"/>): positions in the
/// windows still held convert to code points of the whole text. A window is let go once a later window's core
/// starts at or after its end, since no entity or fact handed on after that lies in it.
/// </summary>
internal sealed class WindowCodePoints
{
    private readonly List<(TextWindow Window, CodePointOffsets Offsets, int StartCodePoint)> _windows = [];

    /// <summary>Takes the next window and lets go of those that end before its core.</summary>
    public void Add(TextWindow window, string text)
    {
        var coreStartCodePoint = 0;
        if (_windows.Count > 0)
        {
            var (last, lastOffsets, lastStart) = _windows[^1];
            coreStartCodePoint = lastStart + lastOffsets.ToCodePoint(last.CoreEnd - last.Start);
        }
        var offsets = new CodePointOffsets(text);
        _windows.Add((window, offsets, coreStartCodePoint - offsets.ToCodePoint(window.CoreStart - window.Start)));
        _windows.RemoveAll(held => held.Window.End <= window.CoreStart);
    }

    /// <summary>Where the windows still held start: the earliest position <see cref="ToCodePoint"/> converts.</summary>
    public int HeldFrom => _windows.Count == 0 ? 0 : _windows[0].Window.Start;

    /// <summary>The code-point offset of a position inside a window still held.</summary>
    public int ToCodePoint(int position)
    {
        foreach (var (window, offsets, startCodePoint) in _windows)
        {
            if (position >= window.Start && position <= window.End) return startCodePoint + offsets.ToCodePoint(position - window.Start);
        }
        throw new ArgumentOutOfRangeException(nameof(position), position, "the position lies in no window still held");
    }
}
