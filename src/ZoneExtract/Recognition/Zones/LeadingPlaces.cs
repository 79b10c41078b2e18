namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// A province or prefecture written right before a zone's name belongs to it (成都天府新区, 陕西西安高新区,
/// 成都天府国际空港新城): the mention is one zone, not a place and a zone (annotation contract, span rules).
/// </summary>
internal sealed class LeadingPlaces(Places.PlaceNames places)
{
    private const int MaxPlaces = 2;

    /// <summary>The start of the places right before <paramref name="start"/>, each a whole word; <paramref name="start"/> when none.</summary>
    public int Before(Document document, int start)
    {
        for (var taken = 0; taken < MaxPlaces && start >= 2; taken++)
        {
            if (!places.All.TryLongestEndingAt(document.Text, start, 2, out var placeStart, out _)
                || !StartsWord(document, placeStart)) break;
            start = placeStart;
        }
        return start;
    }

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
