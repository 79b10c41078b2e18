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
        ArgumentOutOfRangeException.ThrowIfLessThan(coreLength, 2); // a core of 2 always advances, even past a surrogate pair
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        var coreStart = 0;
        while (coreStart < text.Length)
        {
            var coreEnd = text.Length - coreStart <= coreLength
                ? text.Length
                : CutAtOrBefore(text, coreStart + coreLength, floor: coreStart + 1);
            var start = coreStart - context <= 0 ? 0 : CutAtOrBefore(text, coreStart - context, floor: Math.Max(1, coreStart - 2 * context));
            var end = coreEnd + context >= text.Length ? text.Length : CutAtOrAfter(text, coreEnd + context, ceiling: Math.Min(text.Length - 1, coreEnd + 2 * context));
            yield return new TextWindow(start, end, coreStart, coreEnd);
            coreStart = coreEnd;
        }
    }

    /// <summary>The last cut in [floor, at]: a paragraph break, else a sentence end, else <paramref name="at"/> itself.</summary>
    private static int CutAtOrBefore(string text, int at, int floor)
    {
        for (var p = at; p >= floor; p--) if (IsParagraphBreak(text, p)) return p;
        for (var p = at; p >= floor; p--) if (IsSentenceEnd(text, p)) return p;
        return KeepPairs(text, at, -1);
    }

    /// <summary>The first cut in [at, ceiling]: a paragraph break, else a sentence end, else <paramref name="ceiling"/> itself.</summary>
    private static int CutAtOrAfter(string text, int at, int ceiling)
    {
        for (var p = at; p <= ceiling; p++) if (IsParagraphBreak(text, p)) return p;
        for (var p = at; p <= ceiling; p++) if (IsSentenceEnd(text, p)) return p;
        return KeepPairs(text, ceiling, +1);
    }

    /// <summary>A position that does not split a surrogate pair, moving by <paramref name="step"/> if needed.</summary>
    private static int KeepPairs(string text, int at, int step) => char.IsLowSurrogate(text[at]) ? at + step : at;

    /// <summary>The start of a line after a line break, unless the break sits between two ideographs (a layout break).</summary>
    private static bool IsParagraphBreak(string text, int p)
    {
        if (!CharClass.IsLineBreak(text[p - 1]) || char.IsWhiteSpace(text[p])) return false;
        var before = p - 1;
        while (before > 0 && char.IsWhiteSpace(text[before])) before--;
        return !(CharClass.IsIdeograph(text[before]) && CharClass.IsIdeograph(text[p]));
    }

    /// <summary>Just after a sentence-ending mark that no closing quote or bracket follows.</summary>
    private static bool IsSentenceEnd(string text, int p) => "。！？；!?".Contains(text[p - 1]) && !"”’」』）)》】\"".Contains(text[p]);
}
