using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// ZONE from the gazetteer (<see cref="ZoneGazetteer"/>): the longest known form, with the official name as
/// <see cref="ZoneEntity.CanonicalName"/>, the places written right before it (<see cref="LeadingPlaces"/>) and its
/// named part written right after it (<see cref="ZoneAreas"/>).
/// A form that starts inside a county's word (丰县 of 东丰县) names no zone. Looked up only at the (rare) positions where the last two characters of some form end, so the cost per
/// character is one hash look-up.
/// </summary>
internal sealed class ZoneGazetteerRecognizer(ZoneGazetteer gazetteer, ZoneAreas areas, LeadingPlaces leadingPlaces) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Zone;

    public int Precedence => RecognizerPrecedence.ZoneGazetteer;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var names = gazetteer.Names;
        for (var end = 2; end <= text.Length; end++)
        {
            if (!gazetteer.MayEndAt(text, end)) continue;
            if (names.TryLongestEndingAt(text, end, 3, out var start, out var entry))
            {
                // the tail of another county's name (东丰县 is not 丰县): that county's zone is left to the suffix rules
                if (leadingPlaces.CutsDivision(document, start, end)) continue;
                start = leadingPlaces.BeforeListedZone(document, start);
                var formEnd = ThroughSuffixWord(text, document.Words, end);
                // a named part after the zone (兰州高新区七里河园区) is not the zone the official name names; a listed
                // part (湖北自贸区武汉片区) is found with its own official name where it ends
                var areaEnd = areas.EndOfAreaAfter(document, formEnd);
                if (areaEnd > 0 && names.TryLongestEndingAt(text, areaEnd, 3, out _, out _)) areaEnd = -1;
                if (areaEnd < 0) areaEnd = areas.EndOfDirectionPartAfter(document, formEnd); // 天津经开区|西区
                var (stop, canonical) = areaEnd > 0 ? (areaEnd, null) : (formEnd, entry.Canonical);
                candidates.Add(new ZoneEntity(start, stop - start, document.Slice(start, stop - start), entry.Kind, canonical));
                if (areaEnd > 0) areas.AddListedParts(document, candidates, formEnd, areaEnd, entry.Kind); // 海淀园、丰台园
            }
        }
        AddCityNamedAreas(document, candidates);
    }

    /// <summary>
    /// The end of the zone word that a listed form ends inside (白沙洲工业园|区: the list has 白沙洲工业园, the text 白沙洲工业园区, one
    /// word to jieba): the text names the same zone by the fuller kind word, which the span takes in whole.
    /// </summary>
    private int ThroughSuffixWord(string text, TokenBoundaries words, int end)
    {
        if (end == text.Length || words.IsBoundary(end)) return end;
        var wordEnd = words.WordEnd(end, text.Length);
        return gazetteer.Suffixes.TryMatchEndingAt(text, wordEnd, out var suffix, out _) && wordEnd - suffix.Length < end ? wordEnd : end;
    }

    /// <summary>
    /// An area named by its city and 片区 (襄阳片区) is the free trade zone's area where the text names that zone (湖北自贸试验区,
    /// 中国(湖北)自由贸易试验区武汉片区), as a whole word; elsewhere it may be a firm's or a body's regional division (大连片区).
    /// </summary>
    private void AddCityNamedAreas(Document document, List<Entity> candidates)
    {
        var zonesNamed = candidates.OfType<ZoneEntity>().Where(z => z.Kind == ZoneKind.FreeTradeZone && z.CanonicalName is not null)
            .Select(z => z.CanonicalName!).ToList();
        if (zonesNamed.Count == 0) return;
        var text = document.Text;
        var words = document.Words;
        foreach (var (form, (canonical, zone)) in gazetteer.CityNamedAreas)
        {
            if (!zonesNamed.Any(named => named.StartsWith(zone, StringComparison.Ordinal))) continue;
            for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
            {
                var end = at + form.Length;
                var startsWord = at == 0 || words.IsBoundary(at) || !CharClass.IsIdeograph(text[at - 1]);
                if (startsWord && (end == text.Length || words.IsBoundary(end)))
                    candidates.Add(new ZoneEntity(at, form.Length, document.Slice(at, form.Length), ZoneKind.FreeTradeZone, canonical));
            }
        }
    }
}
