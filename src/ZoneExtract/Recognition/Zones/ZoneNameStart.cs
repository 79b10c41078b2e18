using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Where the name before a zone suffix starts: the name prefix walk, the official forms it would stop in, the words that
/// name nothing trimmed off, the places written before it added; or in the word jieba holds with the suffix.
/// </summary>
/// <param name="leadingPlaces">Finds the places written right before a name.</param>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
/// <param name="zoneWords">The word tests the zone rules share.</param>
/// <param name="official">Finds the starts of official name forms.</param>
internal sealed class ZoneNameStart(LeadingPlaces leadingPlaces, Names.NameResources names, ZoneWords zoneWords, OfficialNameStarts official)
{
    private readonly NonNameWords _nonNameWords = new(names, zoneWords);
    private readonly ListedZoneNames _listed = new(names, zoneWords, official);

    /// <summary>The start of the name before a suffix at <paramref name="headStart"/>, through one bracketed place.</summary>
    public int NameStart(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        if (NumberedAreaStart(document, words, headStart) is >= 0 and var numbered) return numbered;
        if (TransferAreaStart(document, words, headStart) is >= 0 and var transfer) return transfer;
        var close = official.BracketClosedBefore(text, words, headStart);
        if (close > 0)
        {
            var throughBracket = official.BeforeBracketedPlace(document, words, close);
            if (throughBracket >= 0) return throughBracket;
            // a trade in brackets inside the kind word (包头国家生态工业(铝业)示范园区, 贵港…(制糖)…: the sector parks of the
            // national eco-industrial demonstration list): the name runs on before the bracket
            if (close == headStart && official.TradeInBracketsOpen(text, close) is > 0 and var open && text[open - 1] != ')') return NameStart(document, words, open);
            if (close == headStart) return -1;
        }
        var afterLevel = official.PlaceBeforeNationalLevel(document, words, headStart);
        if (afterLevel >= 0) return afterLevel;
        if (official.UniversityBeforeNationalPark(words, text, headStart) is >= 0 and var university) return university;
        var start = names.Prefix.FindStart(document, words, headStart, isNameEnd: official.EndsZone);
        if ((start < 0 || headStart - start < ZoneWords.MinName) && official.CharactersAfterPlace(document, words, headStart) is >= 0 and var afterPlace) start = afterPlace;
        // the glued word is a verb to jieba (镇上), which the trimming of non-name words would cut: the town is the name's
        if (GluedTownBefore(text, words, headStart) is >= 0 and var town && (start < 0 || town < start)) return leadingPlaces.Before(document, town);
        // an official name that fills a list's item may be longer than the walk's few words (、东港市|前阳|精细化工|产业园区、)
        if (_listed.Start(document, words, headStart) is >= 0 and var item && (start < 0 || item < start)) start = item;
        // a province or prefecture alone before the suffix names the zone, whatever jieba's tag (开封 v of 开封|新区, 河南's
        // 开封新区 of 2014; 增城 of 增城|工业园): the walk stops at a verb
        if (start < 0 && leadingPlaces.Before(document, headStart) is var placed && placed < headStart) return placed;
        if (start < 0) return -1;
        start = _nonNameWords.AfterTitleAndPerson(text, words, start, headStart);
        if (start < 0) return -1;
        start = _nonNameWords.AfterNonNameWords(text, words, start, headStart);
        if (start < 0 || _nonNameWords.DescribesOnly(text, words, start, headStart) || _nonNameWords.CountsAKind(text, words, start, headStart)
            || _nonNameWords.DescribesAType(text, words, start, headStart)) return -1;
        // a locality word places the zone but is no part of its name (周边|工业区, 以南|桥|新城), unless a district is
        // named by it (南岸 of 重庆's 南岸区: 南岸|经开区)
        var firstWordEnd = words.WordEnd(start, headStart);
        var firstWord = text.AsSpan(start, firstWordEnd - start);
        if (names.Common.IsFrequentLocality(firstWord) && !zoneWords.NamesDistrict(firstWord)) start = firstWordEnd;
        // one character is no zone's name but a modifier or the end of another word (高|科技园区, 张家|港|保税区)
        if (headStart - start < ZoneWords.MinName) return -1;
        start = names.Prefix.FromPlaceAfterCommonWords(document.Text, words, start, headStart);
        // a measure word after a number counts zones and names none (1000|座|新能源|示范区)
        if (start > 0 && ZoneWords.NumeralCharacters.Contains(text[start - 1]) && words.WordEnd(start, headStart) == start + 1) start++;
        if (headStart - start < ZoneWords.MinName) return -1;
        start = ThroughDivisionName(text, words, start);
        start = ThroughCutPlace(text, words, start, headStart);
        // the walk stops after a few words; a province or city right before them is still the zone's (成都|天府|国际|空港|新城)
        start = leadingPlaces.Before(document, start);
        return ThroughTorchProgramme(text, words, start);
    }

    /// <summary>
    /// A numbered industrial area after its town or village (塘厦|第一|工业区, 塘厦|128|工业区): the towns and villages of the
    /// Pearl River Delta number their 工业区 (第一工业区, 第二工业区), and the place before the number names the area, which
    /// the walk, stopping at the number, lost. An ordinal with a measure word (第二个) or without a place before it counts.
    /// Returns the place's start, with the places written before it, or -1.
    /// </summary>
    private int NumberedAreaStart(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        if (!text.AsSpan(headStart).StartsWith(NumberedAreaSuffix)) return -1;
        var number = words.StartOfWordEndingAt(headStart);
        if (number <= 0 || !IsAreaNumber(text.AsSpan(number, headStart - number))) return -1;
        var place = words.StartOfWordEndingAt(number);
        return place >= 0 && number - place >= ZoneWords.MinName && zoneWords.NamesPlace(text.AsSpan(place, number - place))
            ? leadingPlaces.Before(document, place) : -1;
    }

    private const string NumberedAreaSuffix = "工业区";

    /// <summary>
    /// A provincial industrial-transfer demonstration area named by its place, its level and the trade it takes over
    /// (随州市曾都区|省级|承接|应急|产业转移示范区, 恩施高新区|省级|承接|现代|中药|产业转移示范区: 湖北's lists of 2022 and after;
    /// the national ones write 承接产业转移示范区 after the region): the walk stopped at the verb 承接 and the level. Up to three
    /// words of trade after 承接, an optional level, and before them a place, or a zone, whose name starts the area's.
    /// Returns that start, with the places written before it, or -1.
    /// </summary>
    private int TransferAreaStart(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        if (!text.AsSpan(headStart).StartsWith(TransferAreaSuffix)) return -1;
        var at = headStart;
        for (var trade = 0; trade <= MaxTradeWords; trade++)
        {
            var wordStart = words.StartOfWordEndingAt(at);
            if (wordStart < 0 || !ZoneWords.IsIdeographs(text.AsSpan(wordStart, at - wordStart))) return -1;
            if (text.AsSpan(wordStart, at - wordStart) is TakeOverVerb) return trade > 0 ? PlaceOrZoneBefore(document, words, wordStart) : -1;
            at = wordStart;
        }
        return -1;
    }

    private int PlaceOrZoneBefore(Document document, TokenBoundaries words, int verbStart)
    {
        var text = document.Text;
        var end = verbStart;
        var level = words.StartOfWordEndingAt(end);
        if (level >= 0 && ZoneWords.IsLevelWord(text.AsSpan(level, end - level))) end = level;
        var place = words.StartOfWordEndingAt(end);
        if (place < 0) return -1;
        if (names.ZoneSuffixes.TryMatchEndingAt(text, end, out var suffix, out _)) return NameStart(document, words, words.WordStartAt(end - suffix.Length));
        return end - place >= ZoneWords.MinName && zoneWords.NamesPlace(text.AsSpan(place, end - place)) ? leadingPlaces.Before(document, place) : -1;
    }

    private const string TransferAreaSuffix = "产业转移示范区";
    private const string TakeOverVerb = "承接";
    private const int MaxTradeWords = 3;

    /// <summary>第 and numerals (第一, 第十二), or Arabic digits (128).</summary>
    private static bool IsAreaNumber(ReadOnlySpan<char> word) =>
        word.Length > 0 && (word[0] == '第' ? word.Length > 1 && !word[1..].ContainsAnyExcept(ZoneWords.NumeralCharacters) : !word.ContainsAnyExcept(Digits));

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    /// <summary>
    /// The Torch Programme's name opening a base's official name (国家火炬|滨海|流体|装备|特色产业|基地, 国家火炬|昆山|传感器|…:
    /// MOST names its 国家火炬特色产业基地 so, the programme first, then the place and the trade) belongs to it, though jieba
    /// tags 国家火炬 an idiom; the place-first form (江阴|国家火炬计划|特钢|精品|产业基地) is <see cref="OfficialNameStarts.PlaceBeforeNationalLevel"/>'s.
    /// </summary>
    private static int ThroughTorchProgramme(string text, TokenBoundaries words, int start)
    {
        var wordStart = start > 0 ? words.StartOfWordEndingAt(start) : -1;
        return wordStart >= 0 && text.AsSpan(wordStart, start - wordStart) is "国家火炬" or "国家火炬计划" ? wordStart : start;
    }

    /// <summary>
    /// A town whose suffix jieba glued to the name's first character into a word of its own (长安|镇上|沙|工业区: 镇上, "in
    /// town", is a common word) starts the name at the town (长安镇上沙工业区, the industrial area of 上沙 village in 东莞's
    /// 长安镇): the walk stopped at that word, leaving one character. The town and its suffix must be a listed place, and
    /// the name after the suffix two characters at least. Returns the town's start, or -1.
    /// </summary>
    private int GluedTownBefore(string text, TokenBoundaries words, int headStart)
    {
        var last = words.StartOfWordEndingAt(headStart);
        if (last <= 0) return -1;
        if (IsGluedSuffixWord(text, last, headStart, headStart)) return TownBefore(text, words, last);
        var glued = words.StartOfWordEndingAt(last);
        if (glued <= 0 || !IsGluedSuffixWord(text, glued, last, headStart)) return -1;
        // what follows the glued word is the name's rest: no function word or verb (镇上|的|工业区 is a town's area); asked
        // only once the glued word is there, since most names have none
        var word = text.AsSpan(last, headStart - last);
        return names.Prefix.IsStopWord(word) || zoneWords.IsNonNameWord(word) ? -1 : TownBefore(text, words, glued);
    }

    /// <summary>Whether the word from <paramref name="start"/> to <paramref name="end"/> is a division's suffix glued to the name's first character, with room for the name after it.</summary>
    private bool IsGluedSuffixWord(string text, int start, int end, int headStart) =>
        end - start == GluedSuffixWordLength && names.Places.IsAdministrativeSuffix(text[start]) && headStart - start > ZoneWords.MinName;

    /// <summary>The start of the listed place that the word before <paramref name="suffix"/> and the suffix make, or -1.</summary>
    private int TownBefore(string text, TokenBoundaries words, int suffix)
    {
        var town = words.StartOfWordEndingAt(suffix);
        return town >= 0 && names.AllPlaces.All.Contains(text.AsSpan(town, suffix + 1 - town)) ? town : -1;
    }

    private const int GluedSuffixWordLength = 2;

    /// <summary>
    /// A name that starts with a division's suffix alone (镇|高平|工业区) starts at that division's name when the word before
    /// and the suffix are a listed place (三角|镇 of 中山市: 三角 is a common word to jieba, so the walk stopped at it).
    /// </summary>
    private int ThroughDivisionName(string text, TokenBoundaries words, int start)
    {
        if (start == 0 || !names.Places.IsAdministrativeSuffix(text[start]) || !words.IsBoundary(start + 1)) return start;
        var before = words.StartOfWordEndingAt(start);
        return before >= 0 && names.AllPlaces.All.Contains(text.AsSpan(before, start + 1 - before)) ? before : start;
    }

    /// <summary>
    /// A province or city whose first character jieba cut off as a word of its own and joined the rest to the name's first
    /// word (和上海洋山: 和|上|海洋|山) starts the name: the place ends inside that word, which no cut of a place does. So does
    /// a district or county whose first character jieba cut off alone (无锡市|新|吴区|硕放|工业园, 无锡市|新|吴区鸿山|工业园): a
    /// listed place of three characters or more that the cut character opens and a division's suffix closes.
    /// </summary>
    private int ThroughCutPlace(string text, TokenBoundaries words, int start, int headStart)
    {
        if (start == 0 || words.StartOfWordEndingAt(start) != start - 1) return start;
        var placeEnd = start - 1 + names.Places.PrefixLength(text, start - 1);
        if (placeEnd > start && placeEnd < headStart && !words.IsBoundary(placeEnd)) return start - 1;
        return names.AllPlaces.All.TryLongestStartingAt(text, start - 1, out var length, out _) && length >= MinCutDistrict
            && start - 1 + length <= headStart && names.Places.IsAdministrativeSuffix(text[start - 2 + length]) ? start - 1 : start;
    }

    private const int MinCutDistrict = 3;

    /// <summary>
    /// The start of a name that jieba holds in one word with the start of its suffix (天津开发区, 武汉东湖开发区, 泰达开发区,
    /// 古北新区, 郑东新|区), with the places written before it, or -1. The word's part before the suffix names the zone when it
    /// is a place, or when jieba's dictionary tags the word a proper noun (泰达开发区 nz, 郑东新 nr), though the part alone is
    /// no word. Common vocabulary (工业|园区 of 工业园区, 技术|开发区, 精细化工|园区 alone) describes a kind, one character
    /// (景|新城) is no name, a word that is a listed place (下花园区, a district) is that place, and 园区 starting inside a
    /// word is a park's or a garden's grounds (世博园|区, as 世博园|园区: the caller asks no name then).
    /// </summary>
    public int InWordNameStart(Document document, TokenBoundaries words, int headStart, int suffixStart)
    {
        var text = document.Text;
        if (suffixStart - headStart < ZoneWords.MinName) return -1;
        var part = text.AsSpan(headStart, suffixStart - headStart);
        var word = text.AsSpan(headStart, words.WordEnd(headStart, text.Length) - headStart);
        if (!ZoneWords.IsIdeographs(part) || names.Prefix.IsGeneric(part) || names.AllPlaces.All.Contains(word)) return -1;
        var named = zoneWords.NamesPlace(part) || names.Places.PrefixLength(text, headStart) == part.Length
            || names.Common.IsProperNoun(word) && !names.Common.IsCommonNonProperWord(part);
        return named ? leadingPlaces.Before(document, headStart) : -1;
    }
}
