using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A group owned by a province or city, named by the place written with its level and by its trades (甘肃省|公路|航空|旅游|投资|集团,
/// 云南省|投资|控股|集团): the naming of the provincial and municipal state-owned groups, whose name has no brand, so the rule that an
/// industry word needs a rare word before it would drop them. Only words of trade may stand between the place and 集团: nouns and
/// verbal nouns of jieba's dictionary, no verb (支持|企业集团), no proper noun and no kind of firm (国有, 企业, 大型: generic-name-words).
/// </summary>
internal static class PlaceTradeGroup
{
    /// <summary>
    /// Where the group's name that ends at <paramref name="nameEnd"/> (before 集团) starts when it is such a place's group: the
    /// words before <paramref name="nameEnd"/> are trade words back to a place with its level, which opens the name; else -1.
    /// </summary>
    public static int Start(NameResources names, string text, TokenBoundaries words, int nameEnd)
    {
        var at = nameEnd;
        for (var count = 0; count < MaxTradeWords && words.StartOfWordEndingAt(at) is var wordStart and >= 0; count++)
        {
            if (at - wordStart < 2 || !IsTradeWord(names, text.AsSpan(wordStart, at - wordStart))) return -1;
            at = wordStart;
            if (words.StartOfWordEndingAt(at) is var placeStart and >= 0 && PlaceWithLevelEnd(names, text, words, placeStart) == at) return placeStart;
        }
        return -1;
    }

    /// <summary>The end of a province or prefecture written with its level (甘肃省, 南京市) that starts at <paramref name="start"/> as a word, or -1.</summary>
    private static int PlaceWithLevelEnd(NameResources names, string text, TokenBoundaries words, int start)
    {
        if (!names.Places.All.TryLongestStartingAt(text, start, out var length, out _) || length < 3) return -1;
        var end = start + length;
        return names.Places.IsAdministrativeSuffix(text[end - 1]) && words.IsBoundary(start) && words.IsBoundary(end) ? end : -1;
    }

    private static bool IsTradeWord(NameResources names, ReadOnlySpan<char> word) =>
        names.Common.Frequency(word) > 0 && !names.Common.IsVerb(word) && !names.Common.IsProperNoun(word) && !names.Prefix.IsGeneric(word);

    /// <summary>At most this many trade words (公路, 航空, 旅游, 投资).</summary>
    private const int MaxTradeWords = 5;
}
