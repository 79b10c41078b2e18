using System.Collections.Frozen;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// The short name of an A-share firm under a risk warning: the exchanges put ST (special treatment), *ST (delisting risk)
/// or the older S / S*ST / SST before the stock's short name (*ST圣亚, ST红太阳, *ST全新), and news writes the firm by that
/// name. The prefix belongs to it; the short name after it is at most four ideographs, one word of jieba's or single
/// characters it cut (搜|特). After the prefix a word for the class of such stocks (ST公司, ST股, ST板块) names no firm.
/// </summary>
internal static class CompanyRiskWarningName
{
    /// <summary>
    /// The end of the name whose ST stands at <paramref name="st"/>, and in <paramref name="start"/> where its prefix starts;
    /// -1 when no short name follows or the prefix is inside a Latin word (STAR, BEST).
    /// </summary>
    public static int End(string text, TokenBoundaries words, int st, out int start)
    {
        start = st;
        if (st + 2 >= text.Length || text[st] != 'S' || text[st + 1] != 'T') return -1;
        if (start > 0 && text[start - 1] is '*' or '＊') start--;
        if (start > 0 && text[start - 1] == 'S') start--;
        if (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])) return -1;
        var nameStart = st + 2;
        if (!CharClass.IsIdeograph(text[nameStart])) return -1;
        var limit = Math.Min(text.Length, nameStart + MaxShortName);
        var end = words.WordEnd(nameStart, limit);
        if (!words.IsBoundary(end) || StockClassWords.Contains(text[nameStart..end])) return -1;
        if (end - nameStart == 1 && end < limit && CharClass.IsIdeograph(text[end]) && words.WordEnd(end, limit) == end + 1)
            end++; // 搜|特: two single characters jieba cut from an unknown name
        return end - nameStart >= 2 ? end : -1;
    }

    /// <summary>True when <paramref name="span"/> of the text opens with a risk-warning prefix (ST, *ST, S*ST, SST).</summary>
    public static bool OpensWithPrefix(ReadOnlySpan<char> span) =>
        span.StartsWith("ST") || span.StartsWith("*ST") || span.StartsWith("＊ST") || span.StartsWith("SST") || span.StartsWith("S*ST");

    /// <summary>True when <paramref name="span"/> is a risk-warning prefix alone (ST of ST公司: the class of warned firms).</summary>
    public static bool IsPrefixOnly(ReadOnlySpan<char> span) => OpensWithPrefix(span) && span.EndsWith("ST");

    private const int MaxShortName = 4;

    /// <summary>Words for the class of warned stocks and their firms that follow the prefix (ST公司, ST股, ST板块, ST概念).</summary>
    private static readonly FrozenSet<string> StockClassWords =
        new[] { "公司", "企业", "股", "个股", "股票", "板块", "类", "概念", "标签", "帽子" }.ToFrozenSet(StringComparer.Ordinal);
}
