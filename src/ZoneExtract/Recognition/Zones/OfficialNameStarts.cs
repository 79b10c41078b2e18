using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Where official name forms start that the ordinary walk back from a suffix would stop in: a bracketed place
/// (西部(重庆)科学城), the national level after the place (无锡国家传感网创新示范区), a name cut into single characters
/// right after a place (遵义市|新|蒲|新区).
/// </summary>
/// <param name="suffixes">The zone suffixes, where a name walk stops.</param>
/// <param name="leadingPlaces">Finds the places written right before a name.</param>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
/// <param name="zoneWords">The word tests the zone rules share.</param>
internal sealed class OfficialNameStarts(ZoneSuffixes suffixes, LeadingPlaces leadingPlaces, Names.NameResources names, ZoneWords zoneWords)
{
    private const int MaxBracketContent = 6;
    private const int MaxAfterBracket = 8;

    /// <summary>
    /// The position right after a closing bracket that only name words separate from the suffix at <paramref name="headStart"/>
    /// (西部(重庆)|科学城, 中韩(长春)|国际|合作|示范区: official names describe the zone after the bracketed city, with words
    /// such as 合作 and 制造 that end an ordinary name's walk), or -1. A one-character function word (的, 和) stops the search.
    /// </summary>
    public int BracketClosedBefore(string text, TokenBoundaries words, int headStart)
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
    /// The start of a name with a bracketed place closed at <paramref name="close"/> (西部(重庆)科学城, 中国(绵阳)科技城,
    /// 中韩(长春)国际合作示范区): official names put the city in brackets after the parties or the region. With a place
    /// in the brackets the words before them need not be proper (中国, 西部); -1 when no words stand there.
    /// </summary>
    public int BeforeBracketedPlace(Document document, TokenBoundaries words, int close)
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
    /// The opening bracket of a trade in brackets closed at <paramref name="close"/> (铝业 of 包头国家生态工业(铝业)示范园区),
    /// or -1: two to four characters of one jieba word that names no place.
    /// </summary>
    public int TradeInBracketsOpen(string text, int close)
    {
        var open = text.LastIndexOf('(', close - 1, Math.Min(close, MaxBracketContent + 2));
        if (open < 0) return -1;
        var content = text.AsSpan(open + 1, close - open - 2);
        return content.Length is >= 2 and <= 4 && ZoneWords.IsIdeographs(content) && names.Common.TagClass(content) != 0
            && !names.Common.IsPlaceName(content) && !names.AllPlaces.All.Contains(content) ? open : -1;
    }

    /// <summary>
    /// The start of a cross-border economic cooperation zone's name, or -1: the border towns on both sides joined by a dash
    /// (东兴-芒街, 凭祥-同登, 河口—老街, 磨憨—磨丁, the zones agreed with Vietnam and Laos), after the two countries' initials
    /// when written (中越, 中老). The walk stops at the dash, and finds nothing when the second town is a common word (老街).
    /// Two to six characters of name words stand between the dash and the kind word (芒街|跨境), two to four before the dash.
    /// </summary>
    public int BeforeDashedTowns(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        var dash = headStart - 1;
        while (dash >= 0 && headStart - dash <= MaxAfterDash && CharClass.IsIdeograph(text[dash])) dash--;
        if (dash < 2 || headStart - dash - 1 < 2 || !IsDash(text[dash]) || !words.IsBoundary(dash + 1)) return -1;
        var start = names.Prefix.FindStart(document, words, dash, maxWords: 3, maxLength: MaxTownBeforeDash + 2, requireProperWord: false);
        if (start < 0 || dash - start < 2) start = SingleCharactersBefore(text, words, dash);
        if (start < 0) return -1;
        // the parties' initials: jieba may glue them to the town (中老磨|憨) or cut them (中|越|东兴)
        var parties = text[start] == '中' && names.AllPlaces.CountryInitials.Contains(text[start + 1]) ? 2 : 0;
        if (parties == 0 && start >= 1 && text[start - 1] == '中' && names.AllPlaces.CountryInitials.Contains(text[start])) (start, parties) = (start - 1, 2);
        var town = dash - start - parties;
        // 中国-东盟: a country and a bloc, a trade agreement's parties, not two towns
        if (town is < 2 or > MaxTownBeforeDash || text.AsSpan(start + parties).StartsWith("中国", StringComparison.Ordinal)) return -1;
        return start;
    }

    /// <summary>A town jieba did not know, cut into single characters (磨|憨): the characters before <paramref name="end"/> that are no function words, or -1.</summary>
    private int SingleCharactersBefore(string text, TokenBoundaries words, int end)
    {
        var at = end;
        while (at > 0 && end - at < MaxTownBeforeDash && words.StartOfWordEndingAt(at) == at - 1 && CharClass.IsIdeograph(text[at - 1])
               && !names.Prefix.IsStopWord(text.AsSpan(at - 1, 1))) at--;
        return end - at >= 2 ? at : -1;
    }

    private const int MaxAfterDash = 6;

    private const int MaxTownBeforeDash = 4;

    private static bool IsDash(char c) => c is '-' or '－' or '—' or '–';

    /// <summary>True when the name at <paramref name="start"/> opens with two parties and a bracket (中以(上海)…).</summary>
    public bool OpensWithTwoParties(Document document, int start) =>
        start + 2 < document.Text.Length && document.Text[start + 2] == '(' && NamesTwoCountries(document, start + 2);

    /// <summary>
    /// 中 and a country's first character as a word or two (中新, jieba's 中|新; 中以, 中白) right before the bracket: the two
    /// parties of a bilateral zone (中新(苏州)工业园区, 中以(上海)创新园), which the walk would stop at (中 is a function word).
    /// </summary>
    private bool NamesTwoCountries(Document document, int open) =>
        open >= 2 && document.Text[open - 2] == '中' && names.AllPlaces.CountryInitials.Contains(document.Text[open - 1])
        && document.Words.IsBoundary(open - 2);

    /// <summary>
    /// The start of an official name that puts the national level between its place and the words that describe the zone
    /// (无锡|国家|传感|网|创新|示范区, 江阴|国家火炬计划|特钢|精品|产业基地: the bases of MOST's Torch Programme), with the places
    /// before it, or -1. As after a bracketed city, the name runs back over up to 8 characters of name words, words such as 创新
    /// that end an ordinary walk included, and a one-character function word stops it; the word before 国家 must be a place.
    /// </summary>
    public int PlaceBeforeNationalLevel(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        for (var at = headStart; at > 0 && headStart - at <= MaxAfterBracket;)
        {
            var wordStart = words.StartOfWordEndingAt(at);
            if (wordStart < 0) wordStart = at - 1;
            var word = text.AsSpan(wordStart, at - wordStart);
            if (zoneWords.IsNationalLevel(word) && at < headStart) return PlaceEndingAt(document, words, wordStart);
            if (!NamePrefix.IsNameMaterial(word) || zoneWords.IsFunctionCharacter(word)) return -1;
            at = wordStart;
        }
        return -1;
    }

    /// <summary>
    /// A university before the national level and 大学科技园 (哈尔滨工业大学|国家|大学科技园, 浙江大学|国家|大学科技园): MOST and the
    /// Ministry of Education name the national university science parks after their university, not a place. The university
    /// is one word of jieba's ending in 大学; returns its start, or -1.
    /// </summary>
    public int UniversityBeforeNationalPark(TokenBoundaries words, string text, int headStart)
    {
        if (!text.AsSpan(headStart).StartsWith(UniversityParkSuffix)) return -1;
        var level = words.StartOfWordEndingAt(headStart);
        if (level <= 0 || !text.AsSpan(level, headStart - level).SequenceEqual(NationalLevel)) return -1;
        var university = words.StartOfWordEndingAt(level);
        if (university < 0) return -1;
        var word = text.AsSpan(university, level - university);
        return word.Length > University.Length && word.EndsWith(University) && names.Common.Frequency(word) > 0 ? university : -1;
    }

    private const string UniversityParkSuffix = "大学科技园";
    private const string NationalLevel = "国家";
    private const string University = "大学";

    /// <summary>
    /// The start of a name that jieba cut into single characters it did not know as a word, right after a place that anchors
    /// them (遵义市|新|蒲|新区, 柳州市|阳|和|工业|新区): one of the characters may be a function word or a frequent one that ends the
    /// ordinary walk (和, 新), but the first is no preposition, conjunction or adverb (成都市|将|在|高新区), not all are such
    /// words (江苏省|内|各|开发区), and together they are no common word (天津市|东|西|新区, 成都市|中|小|工业园). Two or three
    /// characters, common words between them and the suffix (工业); the name starts with the place, or -1 when no place
    /// stands before the characters.
    /// </summary>
    public int CharactersAfterPlace(Document document, TokenBoundaries words, int headStart)
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
        if (run.Length < ZoneWords.MinName || zoneWords.IsFunctionCharacter(run[..1]) || names.Common.IsCommonNonProperWord(run) || AllBoundaryCharacters(run)) return -1;
        return PlaceEndingAt(document, words, at);
    }

    private const int MaxCharacterRun = 3;

    /// <summary>True when every character of <paramref name="run"/> is a name boundary word on its own (内, 各).</summary>
    private bool AllBoundaryCharacters(ReadOnlySpan<char> run)
    {
        for (var i = 0; i < run.Length; i++) if (!names.Prefix.IsStopWord(run.Slice(i, 1))) return false;
        return true;
    }

    /// <summary>The start of the place word of two characters or more that ends at <paramref name="end"/>, with the places before it, or -1.</summary>
    private int PlaceEndingAt(Document document, TokenBoundaries words, int end)
    {
        var start = end > 0 ? words.StartOfWordEndingAt(end) : -1;
        if (start < 0 || end - start < ZoneWords.MinName) return -1; // not a conjunction that opens a county's name (和 of 和县)
        var word = document.Text.AsSpan(start, end - start);
        return zoneWords.NamesPlace(word) || names.Places.PrefixLength(document.Text, start) == word.Length ? leadingPlaces.Before(document, start) : -1;
    }

    /// <summary>True when a zone suffix ends at <paramref name="end"/>.</summary>
    public bool EndsZone(string text, int end) => suffixes.TryMatchEndingAt(text, end, out _, out _);
}
