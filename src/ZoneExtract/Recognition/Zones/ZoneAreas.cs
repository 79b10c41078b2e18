namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// A zone's named part written right after it: a place and 园区, 片区, 分园, 分区 or 园 (兰州高新区七里河园区, 高新区七里河园区,
/// 佛山高新区南海园).
/// The part is named by the district or town it lies in, so the zone and its part are one ZONE; a part that has a
/// zone word of its own (两江新区鱼复工业园区) is a second zone and is left to the suffix rules. A named zone's part may
/// also be named by its direction (成都高新区南区, 天津经开区西区: <see cref="EndOfDirectionPartAfter"/>).
/// </summary>
/// <param name="places">The places that name a part.</param>
/// <param name="areaWords">The words of a part after its place (zone-area-words.tsv).</param>
internal sealed class ZoneAreas(Places.PlaceLexicon places, IReadOnlyList<string> areaWords)
{
    private const int MinPlace = 2;
    private const int MaxPlace = 4;

    /// <summary>The area words' first characters (园, 片, 分): most positions asked about open none, and one test says so.</summary>
    private readonly string _firstCharacters = new([.. areaWords.Select(w => w[0]).Distinct()]);

    /// <summary>
    /// The end of a place and an area word starting at <paramref name="zoneEnd"/>, or -1. An area word of one character
    /// (园 of 佛山高新区南海园) must end jieba's word, not open a longer one (园林, 园艺).
    /// </summary>
    public int EndOfAreaAfter(Document document, int zoneEnd)
    {
        var text = document.Text;
        for (var length = MaxPlace; length >= MinPlace; length--)
        {
            var areaStart = zoneEnd + length;
            if (areaStart >= text.Length) continue;
            if (AreaWordAt(text, areaStart) is not { } word) continue;
            var areaEnd = areaStart + word.Length;
            if (word.Length == 1 && areaEnd < text.Length && !document.Words.IsBoundary(areaEnd)) continue;
            if (places.NamesDivision(text.AsSpan(zoneEnd, length))) return areaEnd;
        }
        return -1;
    }

    /// <summary>
    /// Adds the parts listed right after a zone's named part with the same area word (中关村科技园区海淀园、丰台园和昌平园,
    /// 佛山高新区南海园、顺德园: the parks of "one zone, many parks" named one after the other, each a park of the zone), as
    /// zones of <paramref name="kind"/>: after 、, 和, 及 or 与, a place and that area word; the list ends at anything else.
    /// </summary>
    /// <param name="document">The text and jieba's words.</param>
    /// <param name="candidates">Where the parts are added.</param>
    /// <param name="areaStart">Where the named part's place starts (海淀 of 海淀园).</param>
    /// <param name="areaEnd">Where the named part ends.</param>
    /// <param name="kind">The zone's class, which its parts share.</param>
    public void AddListedParts(Document document, List<Entity> candidates, int areaStart, int areaEnd, ZoneKind kind)
    {
        var text = document.Text;
        if (AreaWordEndingAt(text, areaStart, areaEnd) is not { } word) return;
        for (var at = areaEnd; at < text.Length && ListJoiners.Contains(text[at]); )
        {
            var partEnd = PlaceAndAreaWordEnd(document, at + 1, word);
            if (partEnd < 0) return;
            candidates.Add(new ZoneEntity(at + 1, partEnd - at - 1, document.Slice(at + 1, partEnd - at - 1), kind, null));
            at = partEnd;
        }
    }

    private const string ListJoiners = "、和及与";

    /// <summary>The longest area word that ends the part <paramref name="start"/>..<paramref name="end"/> after a place of at least two characters.</summary>
    private string? AreaWordEndingAt(string text, int start, int end)
    {
        string? found = null;
        foreach (var word in areaWords)
        {
            if (end - start - word.Length >= MinPlace && text.AsSpan(start, end - start).EndsWith(word, StringComparison.Ordinal)
                && (found is null || word.Length > found.Length)) found = word;
        }
        return found;
    }

    /// <summary>The end of a place and <paramref name="word"/> at <paramref name="start"/> that ends jieba's word, or -1.</summary>
    private int PlaceAndAreaWordEnd(Document document, int start, string word)
    {
        var text = document.Text;
        for (var length = MaxPlace; length >= MinPlace; length--)
        {
            var end = start + length + word.Length;
            if (end > text.Length || !text.AsSpan(start + length).StartsWith(word, StringComparison.Ordinal)) continue;
            if ((end == text.Length || document.Words.IsBoundary(end)) && places.NamesDivision(text.AsSpan(start, length))) return end;
        }
        return -1;
    }

    /// <summary>
    /// The end of a part named by its direction right after a named zone (成都高新区南区, 天津经济技术开发区西区, 合肥经开区南区:
    /// the parks of a zone built in several blocks), or -1: 东, 西, 南 or 北 and 区, 片区, 园区 or 园, ending jieba's word (not
    /// 东|区域). After a suffix alone (高新区东区) nothing names the zone, so the caller asks only after a named one.
    /// </summary>
    public int EndOfDirectionPartAfter(Document document, int zoneEnd)
    {
        var text = document.Text;
        if (zoneEnd >= text.Length || !Directions.Contains(text[zoneEnd])) return -1;
        foreach (var part in DirectionPartWords)
        {
            var partEnd = zoneEnd + 1 + part.Length;
            if (partEnd > text.Length || !text.AsSpan(zoneEnd + 1).StartsWith(part, StringComparison.Ordinal)) continue;
            return partEnd == text.Length || document.Words.IsBoundary(partEnd) ? partEnd : -1;
        }
        return -1;
    }

    private const string Directions = "东西南北";

    /// <summary>The words of a part after its direction, longer first.</summary>
    private static readonly string[] DirectionPartWords = ["片区", "园区", "区", "园"];

    /// <summary>The first area word (in the list's order) that <paramref name="text"/> has at <paramref name="start"/>, or null; a plain loop, since this runs after every zone found.</summary>
    private string? AreaWordAt(string text, int start)
    {
        if (!_firstCharacters.Contains(text[start])) return null;
        var rest = text.AsSpan(start);
        for (var i = 0; i < areaWords.Count; i++) // by index: no enumerator to allocate
        {
            if (rest.StartsWith(areaWords[i], StringComparison.Ordinal)) return areaWords[i];
        }
        return null;
    }
}
