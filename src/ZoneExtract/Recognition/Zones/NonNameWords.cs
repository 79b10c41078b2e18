using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Words that the walk back from a suffix took but that name no zone: a person's title and name, verbs, levels, bodies and
/// legal forms, a count or a level before a kind, one adjective alone.
/// </summary>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
/// <param name="zoneWords">The word tests the zone rules share.</param>
internal sealed class NonNameWords(Names.NameResources names, ZoneWords zoneWords)
{
    /// <summary>
    /// A person's title among the words (主任|薛良率|临港|新城) means a person and a verb came before the zone: its name
    /// starts at the first place after the title (临港, a place in jieba's dictionary), and without one there is none (-1).
    /// </summary>
    public int AfterTitleAndPerson(string text, TokenBoundaries words, int start, int headStart)
    {
        var afterTitle = -1;
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            if (names.Lexicons.EndsWithTitle(text[at..words.WordEnd(at, headStart)])) afterTitle = words.WordEnd(at, headStart);
        }
        if (afterTitle < 0) return start;
        for (var at = afterTitle; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (names.Common.IsPlaceName(word) || names.Places.PrefixLength(text, at) > 0) return at;
        }
        return -1;
    }

    /// <summary>
    /// Words that jieba tags as verbs, adverbs or counting numerals do not stand inside zone names, however rare (承揽, 家住,
    /// 第一个), nor does a body's name (呼市|公安局|开发区|分局, 政府), a firm's legal form (峰峰|集团|新城: a firm's estate or
    /// project) or a level (市级): the name starts after the last of them
    /// (承揽|乾州|新区 → 乾州新区), and is none when only generic words are left (第一个|国家级|高新技术开发区).
    /// </summary>
    public int AfterNonNameWords(string text, TokenBoundaries words, int start, int headStart)
    {
        var nameStart = start;
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (zoneWords.IsNonNameWord(word) || names.Lexicons.EndsWithOrganizationHead(word.ToString()) || ZoneWords.IsLevelWord(word)
                || names.Lexicons.LegalFormOf(word) is not null) nameStart = at + word.Length;
        }
        if (nameStart == start) return start;
        for (var at = nameStart; at < headStart; at = words.WordEnd(at, headStart))
        {
            if (!names.Prefix.IsGeneric(text.AsSpan(at, words.WordEnd(at, headStart) - at))) return nameStart;
        }
        return -1;
    }

    /// <summary>
    /// A word of type before the kind (都市型, 科技型, 科创…创型: "of the X type") describes what sort of zone is meant, not
    /// which one, unless a place before it names the zone (南通|外向型|农业开发区): 科创智创型活力新区 and 科技型新区 are
    /// descriptions. 新型 (new-style) and 转型 (transition) are ordinary words inside official names (九江湖口新型钢铁产业基地).
    /// </summary>
    public bool DescribesAType(string text, TokenBoundaries words, int start, int headStart)
    {
        if (!text.AsSpan(start, headStart - start).Contains(TypeSuffix)) return false; // most names hold no 型: no word look-ups
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (names.AllPlaces.All.Contains(word) || names.Common.IsPlaceName(word)) return false;
            if (word.Length >= 2 && word[^1] == TypeSuffix && word is not "新型" and not "转型") return true;
        }
        return false;
    }

    private const char TypeSuffix = '型';

    /// <summary>
    /// After a count or a level (七大|石化|产业基地, 国家级|石化|产业基地) a name made only of common vocabulary, no place
    /// and no proper noun among it, is a kind of zone that is counted or ranked, not one zone's name.
    /// </summary>
    public bool CountsAKind(string text, TokenBoundaries words, int start, int headStart)
    {
        var before = start > 0 ? words.StartOfWordEndingAt(start) : -1;
        if (before < 0) return false;
        var previous = text.AsSpan(before, start - before);
        var ordinal = IsOrdinal(previous);
        if (!ordinal && !names.Prefix.IsQuantity(previous) && !ZoneWords.IsLevelWord(previous)) return false;
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (names.AllPlaces.All.Contains(word)) return false;
            // after an ordinal a new trade, which jieba lacks or holds as a rare word, is a kind too (首个|区块|链|产业园);
            // a place or a proper noun still names one
            if (!names.Common.IsCommonNonProperWord(word) && !(ordinal && IsOrdinaryWord(text, at, word))) return false;
        }
        return true;
    }

    /// <summary>An ordinal count (首个, 首批, 第一个, 第二家): what follows is the first of a kind, not a name.</summary>
    private bool IsOrdinal(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[0] is '首' or '第' && names.Common.TagClass(word) == ZoneWords.NumeralTagClass;

    /// <summary>A word of ideographs that is no proper noun and no place to jieba or the place lists (区块, 元宇宙).</summary>
    private bool IsOrdinaryWord(string text, int at, ReadOnlySpan<char> word) =>
        ZoneWords.IsIdeographs(word) && !names.Common.IsProperNoun(word) && !zoneWords.NamesPlace(word) && names.Places.PrefixLength(text, at) < word.Length;

    /// <summary>
    /// One word that jieba tags as an adjective (特殊, 先进, 重要) and that is no place describes a kind of zone rather than
    /// names one (全国唯一的|特殊|综合保税区); a place keeps its name (美丽, 太平). Longer descriptions are left to the other
    /// rules: with a field word they name a park's industry (大|健康|产业园).
    /// </summary>
    public bool DescribesOnly(string text, TokenBoundaries words, int start, int headStart)
    {
        if (words.WordEnd(start, headStart) != headStart) return false;
        var word = text.AsSpan(start, headStart - start);
        return names.Common.TagClass(word) == ZoneWords.AdjectiveTagClass
            && !names.AllPlaces.All.Contains(word) && !names.AllPlaces.NamesDivision(word) && !names.Common.IsPlaceName(word);
    }
}
