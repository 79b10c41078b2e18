namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A list closed by 等 with no noun after it (…等。) whose members a word for firms introduces right before it:
/// <c>相关企业包括碧水源、沁园、安吉尔等</c>, <c>上市公司有中联重科、徐工机械等</c>, <c>企业，如江铜、铜陵有色等</c>,
/// <c>企业主要有9家，分别是：华润雪花、大连大雪、阜新梅雪等</c>. Only a firm noun (<see cref="NameLexicons.FirmGroupNouns"/>),
/// then at most an adverb (主要, 也), a count of firms (9家) and punctuation, then the introducing verb: a noun farther away
/// is no subject of the list (企业文化的主要内容包括…, 公司主要产品包括…, 企业快速崛起，如…).
/// </summary>
internal static class FirmListIntroduction
{
    /// <summary>Verbs that open an enumeration of the subject's members, longest first (分别是 before 是).</summary>
    private static readonly string[] Introducers = ["分别是", "分别为", "包括", "比如", "例如", "如", "有"];

    /// <summary>Adverbs between the subject and its verb (企业主要有, 公司也包括).</summary>
    private static readonly string[] Adverbs = ["主要", "也", "还", "就", "则", "均", "都"];

    private const int MaxSteps = 8;

    /// <summary>
    /// Where the first item of the list starts when 等 at <paramref name="etc"/> ends the clause (等。 等， 等等) and a firm noun
    /// introduces the list, or -1. The first item found from its last word (<paramref name="firstItem"/>) may stop short at a
    /// common word (大连|瑞雪): it then reaches back over ideographs to the introduction, at most <paramref name="maxItem"/> characters.
    /// </summary>
    public static int FirstItemStart(string text, int etc, int firstItem, int itemEnd, int maxItem, IReadOnlyList<string> firmNouns)
    {
        if (!EndsClause(text, etc)) return -1;
        for (var at = firstItem; at > 0 && itemEnd - at <= maxItem; at--)
        {
            if (IntroducedBy(text, at, firmNouns)) return at;
            if (!Text.CharClass.IsIdeograph(text[at - 1])) return -1;
        }
        return -1;
    }

    private static bool EndsClause(string text, int etc)
    {
        var after = etc + 1 < text.Length && text[etc + 1] == '等' ? etc + 2 : etc + 1;
        return after >= text.Length || text[after] is '。' or ',' or ';' or ')' or '\n';
    }

    private static bool IntroducedBy(string text, int at, IReadOnlyList<string> firmNouns)
    {
        var sawVerb = false;
        for (var step = 0; step < MaxSteps && at > 0; step++)
        {
            if (text[at - 1] is ':' or ',') { at--; continue; }
            if (EndingWith(text, at, Introducers) is var verb and > 0) { at -= verb; sawVerb = true; continue; }
            if (!sawVerb) return false;
            if (EndingWith(text, at, Adverbs) is var adverb and > 0) { at -= adverb; continue; }
            if (CountOfFirmsBefore(text, at) is var count and > 0) { at -= count; continue; }
            return EndingWith(text, at, firmNouns) > 0;
        }
        return false;
    }

    /// <summary>The length of a count of firms ending at <paramref name="at"/> (9家, 多家, 三家), or 0.</summary>
    private static int CountOfFirmsBefore(string text, int at)
    {
        if (at < 2 || text[at - 1] != '家') return 0;
        var start = at - 1;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || "一二两三四五六七八九十百多数几余".Contains(text[start - 1]))) start--;
        return start < at - 1 ? at - start : 0;
    }

    private static int EndingWith(string text, int at, IReadOnlyList<string> words)
    {
        foreach (var word in words)
            if (word.Length <= at && text.AsSpan(at - word.Length, word.Length).SequenceEqual(word)) return word.Length;
        return 0;
    }
}
