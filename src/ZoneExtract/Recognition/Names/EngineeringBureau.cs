using System.Runtime.CompilerServices;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// The numbered engineering bureaus of the central construction groups (中铁一局, 中铁二十一局, 中建三局, 中交一航局) are firms, the
/// groups' subsidiaries (中铁一局集团有限公司), not government bureaus: a contraction of two characters opened by 中, a numeral,
/// at most one more character and 局.
/// </summary>
internal static class EngineeringBureau
{
    private const string Numerals = "一二三四五六七八九十";

    /// <summary>
    /// Where a bureau's name ends inside a word that jieba glued from its 局 and the numeral of one of its companies
    /// (中铁|十三|局三|公司 of 中铁十三局三公司): after that 局, or -1 when the word does not open so.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every word
    public static int GluedEnd(string text, int wordStart, int wordEnd) =>
        wordEnd - wordStart >= 2 && text[wordStart] == '局' && Numerals.Contains(text[wordStart + 1]) ? wordStart + 1 : -1;

    /// <summary>The start of an engineering bureau's name that ends at <paramref name="end"/> (after its 局), or -1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every word's end: the test of 局 inline, the rest a call
    public static int StartEndingAt(string text, int end) => end >= 4 && text[end - 1] == '局' ? StartBefore(text, end) : -1;

    /// <summary><see cref="StartEndingAt"/> where 局 closes the text before <paramref name="end"/>.</summary>
    private static int StartBefore(string text, int end)
    {
        var at = end - 1;
        if (!Numerals.Contains(text[at - 1]) && Text.CharClass.IsIdeograph(text[at - 1])) at--; // 一航局, 二公局
        var numeralEnd = at;
        while (at > 0 && Numerals.Contains(text[at - 1])) at--;
        if (at == numeralEnd || numeralEnd - at > 3 || at < 2 || text[at - 2] != '中' || !Text.CharClass.IsIdeograph(text[at - 1])) return -1;
        return at - 2;
    }
}
