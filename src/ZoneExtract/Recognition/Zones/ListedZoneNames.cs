using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// An official name that fills a whole item of a list (、东港市|前阳|精细化工|产业园区、, 、鞍山|精细|有机|新|材料|化工|产业园、, a table's
/// cell: 2 | 天目医药港化工集聚区 | 111.11): the lists of recognised chemical parks and of provincial zones name each park by its
/// county and its trades, longer than the few words an ordinary walk back from the suffix takes (found on 2021-2022
/// provincial lists). The item is the name when every word of it can stand in a name and one of them is a place or a
/// rare word; a verb, a function word, a count or another zone's suffix inside it leaves the ordinary walk's answer.
/// </summary>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
/// <param name="zoneWords">The word tests the zone rules share.</param>
/// <param name="official">Tells where another zone's suffix ends.</param>
internal sealed class ListedZoneNames(Names.NameResources names, ZoneWords zoneWords, OfficialNameStarts official)
{
    private const int MaxWords = 8;
    private const int MaxLength = 16;

    /// <summary>The start of the list item that ends at the suffix at <paramref name="headStart"/>, or -1.</summary>
    public int Start(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        var at = headStart;
        var named = false;
        for (var taken = 0; taken < MaxWords && at > 0 && !OpensItem(text, at); taken++)
        {
            if (at < headStart && official.EndsZone(text, at)) return -1;
            var wordStart = words.StartOfWordEndingAt(at);
            if (wordStart < 0 || headStart - wordStart > MaxLength) return -1;
            var word = text.AsSpan(wordStart, at - wordStart);
            if (!ZoneWords.IsIdeographs(word) || IsBoundaryWord(word) || names.Prefix.IsQuantity(word)
                || names.Common.IsFrequentNonNameWord(word) || zoneWords.IsNonNameWord(word)) return -1;
            named |= word.Length >= ZoneWords.MinName && (zoneWords.NamesPlace(word) || IsRareWord(word));
            at = wordStart;
        }
        return named && at < headStart && OpensItem(text, at) ? at : -1;
    }

    /// <summary>
    /// A word jieba's dictionary holds, but rarely (天目 121): a name's word. A word it made of characters it did not know
    /// names nothing by itself here (新材料 of 、新材料产业园: a trade in a list of trades).
    /// </summary>
    private bool IsRareWord(ReadOnlySpan<char> word) =>
        names.Common.Frequency(word) > 0 && !names.Common.IsCommon(word) && !names.Prefix.IsGeneric(word);

    /// <summary>A word that ends a name on its left; of one character only a function word, not a qualifier (新 of 新|材料).</summary>
    private bool IsBoundaryWord(ReadOnlySpan<char> word) =>
        word.Length == 1 ? zoneWords.IsFunctionCharacter(word) : names.Prefix.IsStopWord(word);

    /// <summary>
    /// An item of a list starts here: after 、 or a colon, or in a table's cell (after | and spaces). Not at a sentence's or a
    /// line's start, where a phrase describes (新的模具工业园区正在加紧建立) as often as it names.
    /// </summary>
    private static bool OpensItem(string text, int at)
    {
        if (at == 0) return false;
        if (text[at - 1] is '、' or '：' or ':') return true;
        var before = at;
        while (before > 0 && text[before - 1] is ' ' or '\t' or '\u3000') before--;
        return before < at && before > 0 && text[before - 1] == '|';
    }
}
