namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// A province or prefecture written right before a zone's name belongs to it (成都天府新区, 陕西西安高新区,
/// 成都天府国际空港新城): the mention is one zone, not a place and a zone (annotation contract, span rules). So does a
/// county or county-level city between such a place and the name (浙江|德清|莫干山高新区, 江苏|昆山|花桥…), though jieba may
/// tag the county a person's name (德清, nr) so that the name's walk stops at it.
/// </summary>
/// <param name="places">The provinces and prefectures.</param>
/// <param name="allPlaces">Every listed place, counties under their official and short forms among them.</param>
/// <param name="common">jieba's dictionary, whose frequent locality words (南部, 东部) name no district before a zone.</param>
internal sealed class LeadingPlaces(Places.PlaceNames places, Places.PlaceLexicon allPlaces, Lexicon.CommonWords common)
{
    private const int MaxPlaces = 2;

    /// <summary>The start of the places right before <paramref name="start"/>, each a whole word; <paramref name="start"/> when none.</summary>
    public int Before(Document document, int start)
    {
        start = CountyAfterPlace(document, start);
        for (var taken = 0; taken < MaxPlaces && start >= 2; taken++)
        {
            if (!(places.All.TryLongestEndingAt(document.Text, start, 2, out var placeStart, out _) || PrefectureWithItsCharacter(document, start, out placeStart))
                || !StartsWord(document, placeStart)) break;
            start = placeStart;
        }
        return start;
    }

    /// <summary>
    /// The start of a county-level place (or a town) right before <paramref name="start"/> when a province or prefecture stands right
    /// before it, each a whole word; <paramref name="start"/> otherwise. The province or prefecture anchors the county's
    /// short form, which alone may be a person's name or a common word to jieba.
    /// </summary>
    private int CountyAfterPlace(Document document, int start)
    {
        if (start < 4 || places.All.TryLongestEndingAt(document.Text, start, 2, out var placeStart, out _) && StartsWord(document, placeStart)) return start;
        var countyStart = document.Words.StartOfWordEndingAt(start);
        if (countyStart < 0 || start - countyStart < 2 || !StartsWord(document, countyStart)
            || !allPlaces.NamesDivision(document.Text.AsSpan(countyStart, start - countyStart))) return start;
        return (places.All.TryLongestEndingAt(document.Text, countyStart, 2, out var anchorStart, out _) || PrefectureWithItsCharacter(document, countyStart, out anchorStart))
            && StartsWord(document, anchorStart) ? countyStart : start;
    }

    /// <summary>
    /// A listed zone's start moved over the places before it (<see cref="Before"/>), or over a county-level division's name
    /// alone right before it, a whole word (浦东|陆家嘴金融贸易区, 浦东 of 浦东新区; 滨海|天津港保税区): the list vouches for the
    /// zone, and the district it lies in opens news' name of it. A frequent locality word is no district here (南部 of 南部县).
    /// </summary>
    public int BeforeListedZone(Document document, int start)
    {
        var before = Before(document, start);
        if (before < start) return before;
        var districtStart = document.Words.StartOfWordEndingAt(start);
        if (districtStart < 0 || start - districtStart < 2 || !StartsWord(document, districtStart)) return start;
        var district = document.Text.AsSpan(districtStart, start - districtStart);
        return !common.IsFrequentLocality(district) && NamesCountyLevelDistrict(district) ? Before(document, districtStart) : start;
    }

    /// <summary>A county-level district or county under this short form (浦东 of 浦东新区, 滨海 of 滨海新区); a town's is none (东吴 of 东吴镇).</summary>
    private bool NamesCountyLevelDistrict(ReadOnlySpan<char> name)
    {
        foreach (var suffix in CountyLevelSuffixes)
        {
            if (allPlaces.All.Contains(string.Concat(name, suffix))) return true;
        }
        return false;
    }

    private static readonly string[] CountyLevelSuffixes = ["区", "县", "新区"];

    /// <summary>
    /// An autonomous prefecture's short form with 州 (恩施州 of 恩施土家族苗族自治州, 黔东南州, 湘西州, 延边州), news' usual
    /// form of these prefectures, ending right at <paramref name="end"/>: a listed short form of two characters or more
    /// before 州 (prefecture-level cities that end in 州 are listed whole: 杭州).
    /// </summary>
    private bool PrefectureWithItsCharacter(Document document, int end, out int placeStart)
    {
        placeStart = -1;
        return end >= 3 && document.Text[end - 1] == PrefectureCharacter
            && places.All.TryLongestEndingAt(document.Text, end - 1, 2, out placeStart, out _);
    }

    private const char PrefectureCharacter = '州';

    /// <summary>
    /// True when a name from <paramref name="start"/> to <paramref name="end"/> starts inside a word that a division's suffix
    /// closes before the name ends (丰县 of 东丰县, 南县 of 灌南县: counties nest each other's names), so that the name's
    /// head is the tail of another place's name; a word that holds the whole name (上海市浦东新区) cuts nothing.
    /// </summary>
    public bool CutsDivision(Document document, int start, int end)
    {
        if (start == 0 || StartsWord(document, start)) return false;
        var text = document.Text;
        var wordEnd = document.Words.WordEnd(start, text.Length);
        return wordEnd < end && places.IsAdministrativeSuffix(text[wordEnd - 1]);
    }

    /// <summary>A word starts here; also at the start of a line, where the segmenter leaves no boundary (浙江 in ⏎浙江嘉善经济技术开发区).</summary>
    private static bool StartsWord(Document document, int position) =>
        document.Words.IsBoundary(position) || char.IsWhiteSpace(document.Text[position - 1]);
}
