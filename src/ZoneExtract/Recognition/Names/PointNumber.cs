namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A numeral with 是 that numbers the points of a statement (一是…, 二是…, 三是…: the usual way news and official prose list
/// measures). It opens the point's sentence and is never part of a name: 二是|公司将 speaks of the company of the text.
/// </summary>
internal static class PointNumber
{
    /// <summary>True when <paramref name="word"/> is such a number (二是).</summary>
    public static bool Is(ReadOnlySpan<char> word) => word.Length == Length && word[1] == '是' && Numerals.Contains(word[0]);

    /// <summary>Where a name that starts at <paramref name="start"/> starts once a point's number that opens it is left out.</summary>
    public static int After(string text, int start) =>
        start + Length <= text.Length && Is(text.AsSpan(start, Length)) ? start + Length : start;

    private const int Length = 2;

    private const string Numerals = "一二三四五六七八九十";
}
