namespace ZoneExtract.Text;

/// <summary>
/// The text handed to the segmenter: the width-folded text with layout breaks removed where a
/// newspaper column split a word across lines (设\n\n成为 → 设成为), plus the map from every index of the
/// view back to the original string. Spans never cross line breaks, so the view only serves segmentation.
/// </summary>
internal sealed class SegmentationView
{
    /// <summary>A line shorter than this is a heading or caption, not a paragraph cut by the layout.</summary>
    private const int MinimumParagraphLineLength = 20;

    private readonly int[]? _toOriginal;

    private SegmentationView(string text, int[]? toOriginal)
    {
        Text = text;
        _toOriginal = toOriginal;
    }

    public string Text { get; }

    /// <summary>Maps an index of <see cref="Text"/> (0..Length inclusive) to an index of the original string.</summary>
    public int ToOriginal(int viewIndex)
    {
        if (_toOriginal is null) return viewIndex;
        return viewIndex == Text.Length ? _toOriginal[^1] : _toOriginal[viewIndex];
    }

    /// <summary>Maps the exclusive end of a view range to the exclusive end in the original.</summary>
    public int ToOriginalEnd(int viewEnd) => viewEnd == 0 ? ToOriginal(0) : ToOriginal(viewEnd - 1) + 1;

    public static SegmentationView Create(string folded)
    {
        var breaks = FindLayoutBreaks(folded);
        if (breaks.Count == 0) return new SegmentationView(folded, null);

        var removed = breaks.Sum(b => b.Length);
        var chars = new char[folded.Length - removed];
        var map = new int[chars.Length + 1];
        int source = 0, target = 0;
        foreach (var (start, length) in breaks)
        {
            for (; source < start; source++, target++)
            {
                chars[target] = folded[source];
                map[target] = source;
            }
            source += length;
        }
        for (; source < folded.Length; source++, target++)
        {
            chars[target] = folded[source];
            map[target] = source;
        }
        map[target] = folded.Length;
        return new SegmentationView(new string(chars), map);
    }

    /// <summary>Whitespace runs with a line break between two ideographs, ending a long paragraph line.</summary>
    private static List<(int Start, int Length)> FindLayoutBreaks(string text)
    {
        var breaks = new List<(int, int)>();
        var lineStart = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (!CharClass.IsLineBreak(text[i])) continue;
            var runEnd = i;
            while (runEnd < text.Length && char.IsWhiteSpace(text[runEnd])) runEnd++;
            var lineLength = i - lineStart;
            if (i > 0 && runEnd < text.Length
                && CharClass.IsIdeograph(text[i - 1]) && CharClass.IsIdeograph(text[runEnd])
                && lineLength >= MinimumParagraphLineLength && text[lineStart] != '#')
            {
                breaks.Add((i, runEnd - i));
            }
            lineStart = LastLineStart(text, i, runEnd);
            i = runEnd - 1;
        }
        return breaks;
    }

    private static int LastLineStart(string text, int runStart, int runEnd)
    {
        for (var j = runEnd - 1; j >= runStart; j--)
        {
            if (CharClass.IsLineBreak(text[j])) return j + 1;
        }
        return runEnd;
    }
}
