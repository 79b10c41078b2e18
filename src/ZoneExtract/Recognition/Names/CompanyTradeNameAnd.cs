using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// 和 closes many trade names (信和, 盛和, 泰和, 协和, 永和), and jieba cuts such an unknown name into lone characters or an
/// unknown word and 和 (济南|高新|盛|和|发展|有限公司, 澜盛|和), where 和 alone reads as the conjunction and ended the walk back,
/// leaving no name. Right before a registered name's business words or legal form, a lone 和 after lone ideographs that are
/// no stop words, or after a word that jieba does not know, is the trade name's last character: the walk back starts before
/// them, and they open the name when nothing name-like stands before them (收购|盛|和|发展有限公司). A conjunction joins two
/// names, and then stands before the second one's trade name, not before its business words (星澜|公司|和|澜齐发展有限公司).
/// </summary>
internal static class CompanyTradeNameAnd
{
    private const char And = '和';

    /// <summary>
    /// Where the trade name's run of lone characters before the lone 和 ending at <paramref name="tradeNameEnd"/> starts (盛 of
    /// 盛|和), from where the walk back goes on; <paramref name="tradeNameEnd"/> when no such 和 stands there.
    /// </summary>
    public static int WalkFrom(string text, TokenBoundaries words, NamePrefix prefix, int tradeNameEnd)
    {
        var at = tradeNameEnd - 1;
        if (at < 1 || text[at] != And || words.StartOfWordEndingAt(tradeNameEnd) != at) return tradeNameEnd;
        var start = at;
        while (start > 0 && words.StartOfWordEndingAt(start) == start - 1 && CharClass.IsIdeograph(text[start - 1])
               && !prefix.IsStopWord(text.AsSpan(start - 1, 1)))
            start--;
        if (start < at) return start;
        // or one word that jieba's model for unknown words made (澜盛|和|发展有限公司)
        var wordStart = words.StartOfWordEndingAt(at);
        return wordStart >= 0 && at - wordStart >= 2 && prefix.IsUnknownWord(text.AsSpan(wordStart, at - wordStart))
            && NamePrefix.IsNameMaterial(text.AsSpan(wordStart, at - wordStart)) ? wordStart : tradeNameEnd;
    }
}
