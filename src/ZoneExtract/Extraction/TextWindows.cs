using ZoneExtract.Text;

namespace ZoneExtract;

/// <summary>
/// A window of a long text: the span [<see cref="Start"/>, <see cref="End"/>) that is extracted, and its core
/// [<see cref="CoreStart"/>, <see cref="CoreEnd"/>), whose entities the window keeps. The text around the core
/// is context only: the neighbouring window keeps what starts there.
/// </summary>
internal readonly record struct TextWindow(int Start, int End, int CoreStart, int CoreEnd);

/// <summary>
/// Cuts a long text into windows whose cores tile it without gaps or overlap, each core at most a given
/// length, and each window reaching at least a given context beyond its core on both sides. Cuts fall on
/// paragraph breaks where there is one in reach, else after a sentence end, else anywhere but inside a
/// surrogate pair; a line break inside a paragraph (between two ideographs, where the layout may have split
/// a word) is no paragraph break.
/// </summary>
internal static class TextWindows
{
    public static IEnumerable<TextWindow> Plan(string text, int coreLength, int context)
    {
        CheckSizes(coreLength, context);
        for (var coreStart = 0; coreStart < text.Length;)
        {
            var window = WindowAt(new TextView(text, 0, text.Length, text[0]), coreStart, coreLength, context);
            yield return window;
            coreStart = window.CoreEnd;
        }
    }

    public static void CheckSizes(int coreLength, int context)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(coreLength, 2); // a core of 2 always advances, even past a surrogate pair
        ArgumentOutOfRangeException.ThrowIfNegative(context);
    }

    /// <summary>Characters before a core that <see cref="WindowAt"/> may read: its context, the reach of a cut, one more.</summary>
    public static int LookBehind(int context) => 2 * context + 1;

    /// <summary>
    /// Characters from a core's start that <see cref="WindowAt"/> may read: the core, the context after it and the
    /// reach of a cut. A view that ends before this is taken to end where the text ends.
    /// </summary>
    public static int LookAhead(int coreLength, int context) => coreLength + 2 * context + 1;

    /// <summary>
    /// The window whose core starts at <paramref name="coreStart"/>. The view must hold the text from
    /// <see cref="LookBehind"/> before the core (or from the text's start) to <see cref="LookAhead"/> after its
    /// start (or to the text's end): the same window comes out of a part of the text as of the whole.
    /// </summary>
    public static TextWindow WindowAt(in TextView text, int coreStart, int coreLength, int context)
    {
        var coreEnd = text.End - coreStart <= coreLength
            ? text.End
            : CutAtOrBefore(text, coreStart + coreLength, floor: coreStart + 1);
        var start = coreStart - context <= 0 ? 0 : CutAtOrBefore(text, coreStart - context, floor: Math.Max(1, coreStart - 2 * context));
        var end = coreEnd + context >= text.End ? text.End : CutAtOrAfter(text, coreEnd + context, ceiling: Math.Min(text.End - 1, coreEnd + 2 * context));
        return new TextWindow(start, end, coreStart, coreEnd);
    }

    /// <summary>The last cut in [floor, at]: a paragraph break, else a sentence end, else <paramref name="at"/> itself.</summary>
    private static int CutAtOrBefore(in TextView text, int at, int floor)
    {
        for (var p = at; p >= floor; p--) if (IsParagraphBreak(text, p)) return p;
        for (var p = at; p >= floor; p--) if (IsSentenceEnd(text, p)) return p;
        return KeepPairs(text, at, -1);
    }

    /// <summary>The first cut in [at, ceiling]: a paragraph break, else a sentence end, else <paramref name="ceiling"/> itself.</summary>
    private static int CutAtOrAfter(in TextView text, int at, int ceiling)
    {
        for (var p = at; p <= ceiling; p++) if (IsParagraphBreak(text, p)) return p;
        for (var p = at; p <= ceiling; p++) if (IsSentenceEnd(text, p)) return p;
        return KeepPairs(text, ceiling, +1);
    }

    /// <summary>A position that does not split a surrogate pair, moving by <paramref name="step"/> if needed.</summary>
    private static int KeepPairs(in TextView text, int at, int step) => char.IsLowSurrogate(text[at]) ? at + step : at;

    /// <summary>The start of a line after a line break, unless the break sits between two ideographs (a layout break).</summary>
    private static bool IsParagraphBreak(in TextView text, int p) =>
        CharClass.IsLineBreak(text[p - 1]) && !char.IsWhiteSpace(text[p])
        && !(CharClass.IsIdeograph(text.LastNonWhiteSpaceBefore(p)) && CharClass.IsIdeograph(text[p]));

    /// <summary>Just after a sentence-ending mark that no closing quote or bracket follows.</summary>
    private static bool IsSentenceEnd(in TextView text, int p) => "。！？；!?".Contains(text[p - 1]) && !"”’」』）)》】\"".Contains(text[p]);
}

/// <summary>
/// A part of a text, indexed by positions in the whole text: <paramref name="chars"/> holds the characters from
/// <paramref name="offset"/> to <paramref name="end"/>. <paramref name="lastNonWhiteSpaceBeforeOffset"/> answers
/// <see cref="LastNonWhiteSpaceBefore"/> for positions whose answer lies before the part.
/// </summary>
internal readonly ref struct TextView(ReadOnlySpan<char> chars, int offset, int end, char lastNonWhiteSpaceBeforeOffset)
{
    private readonly ReadOnlySpan<char> _chars = chars;

    /// <summary>Where the part ends in the whole text.</summary>
    public int End { get; } = end;

    public char this[int position] => _chars[position - offset];

    /// <summary>
    /// The last character before <paramref name="position"/> (at 1 or after) that is not white space, or the text's
    /// first character if there is none.
    /// </summary>
    public char LastNonWhiteSpaceBefore(int position) => LastNonWhiteSpace(_chars[..(position - offset)], offset, lastNonWhiteSpaceBeforeOffset);

    /// <summary>
    /// <see cref="LastNonWhiteSpaceBefore"/> at the end of <paramref name="chars"/>, a part of a text that starts at
    /// <paramref name="offset"/>, given the answer <paramref name="before"/> for the text before it.
    /// </summary>
    public static char LastNonWhiteSpace(ReadOnlySpan<char> chars, int offset, char before)
    {
        for (var i = chars.Length - 1; i >= 0 && offset + i >= 1; i--)
        {
            if (!char.IsWhiteSpace(chars[i])) return chars[i];
        }
        return offset == 0 && chars.Length > 0 ? chars[0] : before;
    }
}
