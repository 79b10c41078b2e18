using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// ZONE names that no list has, by pattern:
/// <list type="bullet">
/// <item>name + zone suffix (西永微电园, 中关村科学城, 金凤国家生物产业基地): the name is the words before the
/// suffix that can belong to a name (<see cref="NamePrefix"/>); a suffix alone (高新区, 科学城) is generic, unless a
/// named part follows (高新区七里河园区, <see cref="ZoneAreas"/>); a listed firm's own park or base (百度云手机产业基地) gives
/// the firm as a COMPANY and no zone;</item>
/// <item>a bracketed place inside the name (西部(重庆)科学城); the text is width-folded, so （） arrive as ();</item>
/// <item>innovation valleys: a word ending in 谷 whose last morpheme is a field of innovation (光谷, 药谷, 科学谷, 大创谷);</item>
/// <item>a quoted name that ends in a zone suffix or an innovation valley's 谷 (“大创谷” → 大创谷, quotes outside): quotation
/// marks mark a proper name, so no name check is needed beyond a non-empty part before the suffix.</item>
/// </list>
/// </summary>
/// <param name="gazetteer">Gives a pattern-found zone its official name when it is listed.</param>
/// <param name="suffixes">The zone suffixes.</param>
/// <param name="areas">Finds a zone's named part written after it.</param>
/// <param name="leadingPlaces">Finds the places written right before a name (成都|天府国际空港新城).</param>
/// <param name="names">Finds where the name before a suffix starts (the prefix rule, places, common words).</param>
/// <param name="valleyMorphemes">Morphemes that make X谷 an innovation carrier (光谷, 药谷, 硅谷…) rather than a valley or a trough (低谷).</param>
/// <param name="firms">The listed firms, whose own parks and bases are facilities (百度|云手机|产业基地), not zones.</param>
internal sealed class ZonePatternRecognizer(ZoneGazetteer gazetteer, ZoneSuffixes suffixes, ZoneAreas areas, LeadingPlaces leadingPlaces, Names.NameResources names, string valleyMorphemes, NameLexicon firms) : IEntityRecognizer
{
    private const int MaxBracketContent = 6;
    private const int MaxAfterBracket = 8;
    private const int MaxQuotedName = 12;
    private const int MinName = 2;

    private readonly ZoneOwnNames _ownNames = new(gazetteer, leadingPlaces, names);

    public EntityLabel Labels => EntityLabel.Zone | EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.ZonePattern;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        for (var end = 2; end <= text.Length; end++)
        {
            // the suffix must end a word (not 开发区域), but jieba glues 区 to a following 内 or 外 (产业园|区内)
            if (end < text.Length && !words.IsBoundary(end) && !EndsBeforeInsideOrOutside(text, end)) continue;
            if (suffixes.TryMatchEndingAt(text, end, out var suffix, out var kind))
            {
                // a suffix matched over jieba's words may start inside one (精细化工|园区): the whole word is the name's
                var headStart = words.WordStartAt(end - suffix.Length);
                var start = NameStart(document, words, headStart);
                // jieba may hold the name and the suffix in one word (天津开发区, 郑东新|区): no word before it names the zone
                var inWord = start < 0 && suffix != GroundsSuffix ? InWordNameStart(document, words, headStart, end - suffix.Length) : -1;
                if (kind == ZoneKind.FreeTradeZone && JoinsTwoParties(text, start)) start = -1;
                if (start >= 0 && IsNamedByItsPlace(kind) && IsVocabularyOnly(text, words, start, headStart) && !FollowsZone(candidates, start)) start = -1;
                if (inWord >= 0) start = inWord;
                if (start >= 0 && suffix == RegionalEconomySuffix && NamesARegion(text, words, start, headStart)) start = -1;
                if (start >= 0 && IsParksGrounds(text, suffix, headStart)) start = -1;
                if (start >= 0 && kind is ZoneKind.Park or ZoneKind.IndustrialBase && FirmOfFacility(text, words, start, headStart) is > 0 and var firm)
                {
                    // the firm is named, though the model may read it with its product (百度云)
                    candidates.Add(new CompanyEntity(start, firm, document.Slice(start, firm)));
                    start = -1;
                }
                // a named part after the suffix names the zone even when the suffix stands alone (高新区七里河园区)
                var areaEnd = areas.EndOfAreaAfter(text, end);
                if (areaEnd > 0) Add(document, candidates, start >= 0 ? start : end - suffix.Length, areaEnd, kind);
                else if (start >= 0) Add(document, candidates, start, end, kind);
            }
            else if (text[end - 1] == '谷' && valleyMorphemes.Contains(text[end - 2]))
            {
                // a generic stem is enough for a valley (科学谷, 光谷): the morpheme test already did the filtering
                var start = names.Prefix.FindStart(document, words, end - 1, maxWords: 2, maxLength: 4, isNameEnd: EndsZone, requireProperWord: false);
                if (start > 0 && text[start - 1] == ')') start = BeforeBracketedPlace(document, words, start); // 中国(南京)软件谷
                else if (start >= 0) start = leadingPlaces.Before(document, start); // 青岛|蓝色|硅谷, as for suffixed names
                if (start >= 0) Add(document, candidates, start, end, ZoneKind.Valley);
            }
        }
        AddQuoted(document, candidates);
        _ownNames.Add(document, candidates);
    }

    /// <summary>
    /// The start of a name that jieba holds in one word with the start of its suffix (天津开发区, 武汉东湖开发区, 泰达开发区,
    /// 古北新区, 郑东新|区), with the places written before it, or -1. The word's part before the suffix names the zone when it
    /// is a place, or when jieba's dictionary tags the word a proper noun (泰达开发区 nz, 郑东新 nr), though the part alone is
    /// no word. Common vocabulary (工业|园区 of 工业园区, 技术|开发区, 精细化工|园区 alone) describes a kind, one character
    /// (景|新城) is no name, a word that is a listed place (下花园区, a district) is that place, and 园区 starting inside a
    /// word is a park's or a garden's grounds (世博园|区, as 世博园|园区: the caller asks no name then).
    /// </summary>
    private int InWordNameStart(Document document, TokenBoundaries words, int headStart, int suffixStart)
    {
        var text = document.Text;
        if (suffixStart - headStart < MinName) return -1;
        var part = text.AsSpan(headStart, suffixStart - headStart);
        var word = text.AsSpan(headStart, words.WordEnd(headStart, text.Length) - headStart);
        if (!IsIdeographs(part) || names.Prefix.IsGeneric(part) || names.AllPlaces.All.Contains(word)) return -1;
        var named = NamesPlace(part) || names.Places.PrefixLength(text, headStart) == part.Length
            || names.Common.IsProperNoun(word) && !names.Common.IsCommonNonProperWord(part);
        return named ? leadingPlaces.Before(document, headStart) : -1;
    }

    /// <summary>
    /// Development, high-tech and free trade zones, parks, bases, bonded and demonstration zones are named by their place or
    /// by a name of their own (罗湖工业区, 巨山产业园, 西永微电园, 天竺综保区, 南岸经开区); a trade or a kind in common words alone
    /// (模具|工业园区, 太阳能|光伏|新能源|产业基地, 境内|保税区, 整个|工业区, 高品质|饮用水|示范区, 充分利用|自贸港, 政府|开发区)
    /// describes what such a zone holds or shows, not which one it is. New areas, science and technology cities and valleys
    /// are not asked: their names are often common words (石化新城, 未来科学城, 光谷).
    /// </summary>
    private static bool IsNamedByItsPlace(ZoneKind kind) =>
        kind is not (ZoneKind.NewArea or ZoneKind.ScienceCity or ZoneKind.TechnologyCity or ZoneKind.Valley or ZoneKind.Other);

    /// <summary>
    /// True when every word between <paramref name="start"/> and <paramref name="headStart"/> is a word of jieba's dictionary
    /// that it tags as no proper noun and that names no place: no place or town (小榄 of 小榄镇, 南岸 of 南岸区), no unknown word (巨山), no digits, no numbered name
    /// (八一), and no single character (a name jieba did not know may be cut into characters).
    /// </summary>
    private bool IsVocabularyOnly(string text, TokenBoundaries words, int start, int headStart)
    {
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            // Latin letters alone are a trade's acronym (LED, IC) or a firm's brand (TCL): neither names a designated area
            if (IsLatinLetters(word)) continue;
            if (word.Length == 1 || !IsIdeographs(word) || !word.ContainsAnyExcept(NumeralCharacters) || names.Common.TagClass(word) == 0 || names.Common.IsProperNoun(word)
                || names.AllPlaces.NamesDivision(word) || NamesDistrict(word) || names.Places.PrefixLength(text, at) > 0) return false;
        }
        return true;
    }

    /// <summary>
    /// A listed firm's name that opens the name, with no place after it, names the firm's own park or base (百度|云手机|产业基地,
    /// 华为|产业园): a facility the firm builds, not an area a government designates. A place after the firm names the
    /// area the firm develops (TCL|新疆|产业园), which stays, and so does a form that is a place too. A firm's form that is
    /// also a common word (百度) counts when jieba reads it as one word.
    /// </summary>
    /// <returns>The length of the firm's name at <paramref name="start"/>, or 0 when the name is no firm's facility.</returns>
    private int FirmOfFacility(string text, TokenBoundaries words, int start, int headStart)
    {
        // the form is jieba's first word or opens it (百度 of 百度云): a form cut into words is read as words (大|健康|产业园)
        if (!firms.Forms.TryLongestStartingAt(text, start, out var length, out _) || start + length > words.WordEnd(start, headStart)) return 0;
        var firm = text.AsSpan(start, length);
        if (NamesPlace(firm)) return 0;
        // jieba may glue the firm to its product (百度云|手机), or the form may open a place's word (龙泉 of 龙泉驿): every word
        // from the firm's own on must be no place
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            // a place of two characters or more, not a province's one-character short form (云 of 云|手机)
            if (word.Length == 1) continue;
            if (NamesPlace(word) || names.Places.PrefixLength(text, at) == word.Length) return 0;
        }
        return length;
    }

    /// <summary>
    /// A zone found right before the name places it, as a place would (杭州高新区|国家|动画|产业基地: the zone's base, a second
    /// zone with a zone word of its own, like 两江新区|鱼复工业园区), though the name's words are common vocabulary.
    /// </summary>
    private static bool FollowsZone(List<Entity> candidates, int start) =>
        candidates.Any(c => c.Label == EntityLabel.Zone && c.End == start);

    /// <summary>
    /// 园区 right after a word that ends in 园 is that park's grounds (迪斯尼乐园|园区, 世博园|园区, 公园|园区), not a zone.
    /// </summary>
    private static bool IsParksGrounds(string text, string suffix, int headStart) =>
        suffix == GroundsSuffix && headStart > 0 && text[headStart - 1] == '园';

    private const string GroundsSuffix = "园区";

    private const string RegionalEconomySuffix = "经济区";

    /// <summary>
    /// A region's one name before 经济区 (长三角|经济区, 中原|经济区, 成渝|经济区, 广西|北部湾|经济区) names the economy of a region
    /// that a State Council regional plan covers, many cities wide, not a development zone: zones of this kind add what
    /// they are to their place (天津|空港|经济区, 射阳港|经济区 is listed). A province or prefecture before the name is skipped,
    /// and one alone names such a region too (海西|经济区, the plan's short form of 海峡西岸经济区; 沈阳|经济区, 成都|经济区:
    /// the cities around the capital).
    /// </summary>
    private bool NamesARegion(string text, TokenBoundaries words, int start, int headStart)
    {
        var at = start;
        while (at < headStart && names.Places.PrefixLength(text, at) == words.WordEnd(at, headStart) - at) at = words.WordEnd(at, headStart);
        return at == headStart || words.WordEnd(at, headStart) == headStart;
    }

    private static bool IsLatinLetters(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(LatinLetters);

    private static readonly System.Buffers.SearchValues<char> LatinLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static bool IsIdeographs(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!CharClass.IsIdeograph(c)) return false;
        return true;
    }

    /// <summary>
    /// Two parties joined by a dash before 自贸区 name a trade agreement's area, not a zone (中国-东盟自贸区; the walk stops
    /// at the dash, leaving 东盟).
    /// </summary>
    private static bool JoinsTwoParties(string text, int start) => start > 0 && text[start - 1] is '-' or '－' or '—' or '–';

    private static bool EndsBeforeInsideOrOutside(string text, int end) =>
        text[end - 1] == '区' && text[end] is '内' or '外';

    /// <summary>The start of the name before a suffix at <paramref name="headStart"/>, through one bracketed place.</summary>
    private int NameStart(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        var close = BracketClosedBefore(text, words, headStart);
        if (close > 0)
        {
            var throughBracket = BeforeBracketedPlace(document, words, close);
            if (throughBracket >= 0 || close == headStart) return throughBracket;
        }
        var afterLevel = PlaceBeforeNationalLevel(document, words, headStart);
        if (afterLevel >= 0) return afterLevel;
        var start = names.Prefix.FindStart(document, words, headStart, isNameEnd: EndsZone);
        if ((start < 0 || headStart - start < MinName) && CharactersAfterPlace(document, words, headStart) is >= 0 and var afterPlace) start = afterPlace;
        if (start < 0) return -1;
        start = AfterTitleAndPerson(text, words, start, headStart);
        if (start < 0) return -1;
        start = AfterNonNameWords(text, words, start, headStart);
        if (start < 0 || DescribesOnly(text, words, start, headStart) || CountsAKind(text, words, start, headStart)) return -1;
        // a locality word places the zone but is no part of its name (周边|工业区, 以南|桥|新城), unless a district is
        // named by it (南岸 of 重庆's 南岸区: 南岸|经开区)
        var firstWordEnd = words.WordEnd(start, headStart);
        var firstWord = text.AsSpan(start, firstWordEnd - start);
        if (names.Common.IsFrequentLocality(firstWord) && !NamesDistrict(firstWord)) start = firstWordEnd;
        // one character is no zone's name but a modifier or the end of another word (高|科技园区, 张家|港|保税区)
        if (headStart - start < MinName) return -1;
        start = names.Prefix.FromPlaceAfterCommonWords(document.Text, words, start, headStart);
        // a measure word after a number counts zones and names none (1000|座|新能源|示范区)
        if (start > 0 && NumeralCharacters.Contains(text[start - 1]) && words.WordEnd(start, headStart) == start + 1) start++;
        if (headStart - start < MinName) return -1;
        start = ThroughDivisionName(text, words, start);
        // the walk stops after a few words; a province or city right before them is still the zone's (成都|天府|国际|空港|新城)
        return leadingPlaces.Before(document, start);
    }

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
    /// The position right after a closing bracket that only name words separate from the suffix at <paramref name="headStart"/>
    /// (西部(重庆)|科学城, 中韩(长春)|国际|合作|示范区: official names describe the zone after the bracketed city, with words
    /// such as 合作 and 制造 that end an ordinary name's walk), or -1. A one-character function word (的, 和) stops the search.
    /// </summary>
    private int BracketClosedBefore(string text, TokenBoundaries words, int headStart)
    {
        for (var at = headStart; at > 0 && headStart - at <= MaxAfterBracket;)
        {
            if (text[at - 1] == ')') return at;
            var wordStart = words.StartOfWordEndingAt(at);
            if (wordStart < 0) wordStart = at - 1;
            var word = text.AsSpan(wordStart, at - wordStart);
            // a function word (的, 和, 在) ends the walk; a longer boundary word (合作, 发展) describes the zone here
            if (!NamePrefix.IsNameMaterial(word) || word.Length == 1 && names.Prefix.IsStopWord(word)) return -1;
            at = wordStart;
        }
        return -1;
    }

    /// <summary>
    /// The start of an official name that puts the national level between its place and the words that describe the zone
    /// (无锡|国家|传感|网|创新|示范区, 江阴|国家火炬计划|特钢|精品|产业基地: the bases of MOST's Torch Programme), with the places
    /// before it, or -1. As after a bracketed city, the name runs back over up to 8 characters of name words, words such as 创新
    /// that end an ordinary walk included, and a one-character function word stops it; the word before 国家 must be a place.
    /// </summary>
    private int PlaceBeforeNationalLevel(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        for (var at = headStart; at > 0 && headStart - at <= MaxAfterBracket;)
        {
            var wordStart = words.StartOfWordEndingAt(at);
            if (wordStart < 0) wordStart = at - 1;
            var word = text.AsSpan(wordStart, at - wordStart);
            if (IsNationalLevel(word) && at < headStart) return PlaceEndingAt(document, words, wordStart);
            if (!NamePrefix.IsNameMaterial(word) || IsFunctionCharacter(word)) return -1;
            at = wordStart;
        }
        return -1;
    }

    /// <summary>
    /// The start of a name that jieba cut into single characters it did not know as a word, right after a place that anchors
    /// them (遵义市|新|蒲|新区, 柳州市|阳|和|工业|新区): one of the characters may be a function word or a frequent one that ends the
    /// ordinary walk (和, 新), but the first is no preposition, conjunction or adverb (成都市|将|在|高新区), not all are such
    /// words (江苏省|内|各|开发区), and together they are no common word (天津市|东|西|新区, 成都市|中|小|工业园). Two or three
    /// characters, common words between them and the suffix (工业); the name starts with the place, or -1 when no place
    /// stands before the characters.
    /// </summary>
    private int CharactersAfterPlace(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        var at = headStart;
        for (var wordStart = words.StartOfWordEndingAt(at); wordStart >= 0 && at - wordStart >= 2
             && names.Common.IsCommonNonProperWord(text.AsSpan(wordStart, at - wordStart)); wordStart = words.StartOfWordEndingAt(at))
        {
            at = wordStart;
        }
        var runEnd = at;
        while (at > 0 && runEnd - at < MaxCharacterRun && words.StartOfWordEndingAt(at) == at - 1 && CharClass.IsIdeograph(text[at - 1])) at--;
        var run = text.AsSpan(at, runEnd - at);
        if (run.Length < MinName || IsFunctionCharacter(run[..1]) || names.Common.IsCommonNonProperWord(run) || AllBoundaryCharacters(run)) return -1;
        return PlaceEndingAt(document, words, at);
    }

    private const int MaxCharacterRun = 3;

    /// <summary>True when every character of <paramref name="run"/> is a name boundary word on its own (内, 各).</summary>
    private bool AllBoundaryCharacters(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length; i++) if (!names.Prefix.IsStopWord(run.Slice(i, 1))) return false;
        return true;
    }

    /// <summary>
    /// One character that is a name boundary and a frequent verb or function word to jieba (在, 将, 和), not a qualifier
    /// that names use (新 of 新蒲, 新|材料).
    /// </summary>
    private bool IsFunctionCharacter(ReadOnlySpan<char> word) =>
        word.Length == 1 && names.Prefix.IsStopWord(word) && names.Common.IsFrequentNonNameWord(word);

    /// <summary>国家, or a national programme jieba holds as a proper noun (国家火炬计划, nz); not the level word 国家级.</summary>
    private bool IsNationalLevel(ReadOnlySpan<char> word) =>
        word is "国家" || word.StartsWith("国家") && names.Common.IsProperNoun(word);

    /// <summary>The start of the place word of two characters or more that ends at <paramref name="end"/>, with the places before it, or -1.</summary>
    private int PlaceEndingAt(Document document, TokenBoundaries words, int end)
    {
        var start = end > 0 ? words.StartOfWordEndingAt(end) : -1;
        if (start < 0 || end - start < MinName) return -1; // not a conjunction that opens a county's name (和 of 和县)
        var word = document.Text.AsSpan(start, end - start);
        return NamesPlace(word) || names.Places.PrefixLength(document.Text, start) == word.Length ? leadingPlaces.Before(document, start) : -1;
    }

    /// <summary>
    /// The start of a name with a bracketed place closed at <paramref name="close"/> (西部(重庆)科学城, 中国(绵阳)科技城,
    /// 中韩(长春)国际合作示范区): official names put the city in brackets after the parties or the region. With a place
    /// in the brackets the words before them need not be proper (中国, 西部); -1 when no words stand there.
    /// </summary>
    private int BeforeBracketedPlace(Document document, TokenBoundaries words, int close)
    {
        var text = document.Text;
        var open = text.LastIndexOf('(', close - 1, Math.Min(close, MaxBracketContent + 2));
        if (open < 0) return -1;
        var content = text.AsSpan(open + 1, close - open - 2);
        if (!NamePrefix.IsNameMaterial(content)) return -1;
        var isPlace = names.AllPlaces.All.Contains(content) || names.Places.PrefixLength(text, open + 1) == content.Length;
        if (isPlace && NamesTwoCountries(document, open)) return open - 2;
        return names.Prefix.FindStart(document, words, open, maxWords: 2, maxLength: 6, isNameEnd: EndsZone, requireProperWord: !isPlace);
    }

    /// <summary>
    /// 中 and a country's first character as a word or two (中新, jieba's 中|新; 中以, 中白) right before the bracket: the two
    /// parties of a bilateral zone (中新(苏州)工业园区, 中以(上海)创新园), which the walk would stop at (中 is a function word).
    /// </summary>
    private bool NamesTwoCountries(Document document, int open) =>
        open >= 2 && document.Text[open - 2] == '中' && names.AllPlaces.CountryInitials.Contains(document.Text[open - 1])
        && document.Words.IsBoundary(open - 2);

    /// <summary>A place to jieba or to the place lists, or a division's or a district's name without its suffix.</summary>
    private bool NamesPlace(ReadOnlySpan<char> word) =>
        names.Common.IsPlaceName(word) || names.AllPlaces.All.Contains(word) || names.AllPlaces.NamesDivision(word) || NamesDistrict(word);

    /// <summary>True when a county-level district or county has this name (南岸区), though jieba calls the word common.</summary>
    private bool NamesDistrict(ReadOnlySpan<char> word) =>
        names.AllPlaces.All.Contains(string.Concat(word, "区")) || names.AllPlaces.All.Contains(string.Concat(word, "县"));

    /// <summary>
    /// A person's title among the words (主任|薛良率|临港|新城) means a person and a verb came before the zone: its name
    /// starts at the first place after the title (临港, a place in jieba's dictionary), and without one there is none (-1).
    /// </summary>
    private int AfterTitleAndPerson(string text, TokenBoundaries words, int start, int headStart)
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
    private int AfterNonNameWords(string text, TokenBoundaries words, int start, int headStart)
    {
        var nameStart = start;
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (IsNonNameWord(word) || names.Lexicons.EndsWithOrganizationHead(word.ToString()) || IsLevelWord(word)
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
    /// After a count or a level (七大|石化|产业基地, 国家级|石化|产业基地) a name made only of common vocabulary, no place
    /// and no proper noun among it, is a kind of zone that is counted or ranked, not one zone's name.
    /// </summary>
    private bool CountsAKind(string text, TokenBoundaries words, int start, int headStart)
    {
        var before = start > 0 ? words.StartOfWordEndingAt(start) : -1;
        if (before < 0) return false;
        var previous = text.AsSpan(before, start - before);
        var ordinal = IsOrdinal(previous);
        if (!ordinal && !names.Prefix.IsQuantity(previous) && !IsLevelWord(previous)) return false;
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
        word.Length >= 2 && word[0] is '首' or '第' && names.Common.TagClass(word) == NumeralTagClass;

    /// <summary>A word of ideographs that is no proper noun and no place to jieba or the place lists (区块, 元宇宙).</summary>
    private bool IsOrdinaryWord(string text, int at, ReadOnlySpan<char> word) =>
        IsIdeographs(word) && !names.Common.IsProperNoun(word) && !NamesPlace(word) && names.Places.PrefixLength(text, at) < word.Length;

    /// <summary>
    /// One word that jieba tags as an adjective (特殊, 先进, 重要) and that is no place describes a kind of zone rather than
    /// names one (全国唯一的|特殊|综合保税区); a place keeps its name (美丽, 太平). Longer descriptions are left to the other
    /// rules: with a field word they name a park's industry (大|健康|产业园).
    /// </summary>
    private bool DescribesOnly(string text, TokenBoundaries words, int start, int headStart)
    {
        if (words.WordEnd(start, headStart) != headStart) return false;
        var word = text.AsSpan(start, headStart - start);
        return names.Common.TagClass(word) == AdjectiveTagClass
            && !names.AllPlaces.All.Contains(word) && !names.AllPlaces.NamesDivision(word) && !names.Common.IsPlaceName(word);
    }

    /// <summary>
    /// A verb or adverb that is no place (增城, a verb to jieba, is 广州's 增城区), a numeral that counts or orders
    /// (第一个, 两家) rather than names (八五二 of 八五二农场), a word jieba made of characters it did not know that ends in a
    /// preposition (格林|美在|荆门|高新技术产业园区: the firm's last character and 在), and 某 "a certain" (南京市|某一|工业园区: a
    /// zone the writer does not name).
    /// </summary>
    private bool IsNonNameWord(ReadOnlySpan<char> word)
    {
        if (word[0] == '某') return true;
        var tag = names.Common.TagClass(word);
        if (tag == 0 && word.Length == 2 && names.Prefix.IsStopWord(word[1..]) && !NamesPlace(word)) return true;
        if (tag == NumeralTagClass) return word.ContainsAnyExcept(NumeralCharacters);
        return (tag == VerbTagClass || tag == AdverbTagClass) && !names.AllPlaces.All.Contains(word) && !names.AllPlaces.NamesDivision(word);
    }

    /// <summary>
    /// The level a zone is approved at ranks it and does not name it: the name starts after it (市级|渠南|工业园), and a
    /// place and a level alone are a class of zones (浙江|省级|新区).
    /// </summary>
    private static bool IsLevelWord(ReadOnlySpan<char> word) => word is "国家级" or "省级" or "市级" or "县级" or "区级";

    private static readonly int VerbTagClass = CommonWords.DescribeTag("v").TagClass;
    private static readonly int AdverbTagClass = CommonWords.DescribeTag("d").TagClass;
    private static readonly int AdjectiveTagClass = CommonWords.DescribeTag("a").TagClass;
    private static readonly int NumeralTagClass = CommonWords.DescribeTag("m").TagClass;
    private static readonly System.Buffers.SearchValues<char> NumeralCharacters = System.Buffers.SearchValues.Create("〇零一二两三四五六七八九十百千万0123456789");

    private void AddQuoted(Document document, List<Entity> candidates)
    {
        var text = document.Text;
        for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open + 1, Math.Min(MaxQuotedName + 1, text.Length - open - 1));
            if (close < 0) continue;
            var start = open + 1;
            if (!NamePrefix.IsNameMaterial(text.AsSpan(start, close - start))) continue;
            if (suffixes.TryMatchEndingAt(text, close, out var suffix, out var kind) && close - start > suffix.Length)
                Add(document, candidates, start, close, kind);
            else if (text[close - 1] == '谷' && close - start >= 2 && valleyMorphemes.Contains(text[close - 2]))
                Add(document, candidates, start, close, ZoneKind.Valley); // not a valley of the land (“赫尔曼德河山谷”)
        }
    }

    /// <summary>
    /// A brand-like prefix joined by a middle dot is part of a zone's name (世界计算·长沙智谷): one or two words of ideographs,
    /// at most 6 characters, right before the dot; a function word ends it, and a verb may only be the word next to the dot
    /// (建设|世界|计算·: 计算 is a verb to jieba).
    /// </summary>
    private int ThroughDottedPrefix(Document document, int start)
    {
        var text = document.Text;
        var words = document.Words;
        if (start < 2 || text[start - 1] is not ('·' or '•' or '・') || !words.IsBoundary(start - 1)) return start;
        var prefix = start - 1;
        for (var taken = 0; taken < 2; taken++)
        {
            var wordStart = words.StartOfWordEndingAt(prefix);
            if (wordStart < 0 || start - 1 - wordStart > MaxDottedPrefix) break;
            var word = text.AsSpan(wordStart, prefix - wordStart);
            if (!IsIdeographs(word) || names.Prefix.IsStopWord(word) || (taken > 0 && IsNonNameWord(word))) break;
            prefix = wordStart;
        }
        return prefix < start - 1 ? prefix : start;
    }

    private const int MaxDottedPrefix = 6;

    private bool EndsZone(string text, int end) => suffixes.TryMatchEndingAt(text, end, out _, out _);

    private void Add(Document document, List<Entity> candidates, int start, int end, ZoneKind kind)
    {
        start = ThroughDottedPrefix(document, start);
        var canonical = gazetteer.Names.TryGet(document.Text.AsSpan(start, end - start), out var entry) ? entry.Canonical : null;
        candidates.Add(new ZoneEntity(start, end - start, document.Slice(start, end - start), kind, canonical));
    }
}
