namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// ZONE from the gazetteer (<see cref="ZoneGazetteer"/>): the longest known form, with the official name as
/// <see cref="ZoneEntity.CanonicalName"/>, the places written right before it (<see cref="LeadingPlaces"/>).
/// Looked up only at the (rare) positions where the last two characters of some form end, so the cost per
/// character is one hash look-up.
/// </summary>
internal sealed class ZoneGazetteerRecognizer(ZoneGazetteer gazetteer, ZoneAreas areas, LeadingPlaces leadingPlaces) : IEntityRecognizer
{
    /// <summary>The longest zone suffix (农业高新技术产业示范区).</summary>
    private const int MaxSuffix = 11;

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
                if (!gazetteer.Suffixes.TryMatchEndingAt(text, end, out _, out _) && !IsOwnNameAlone(text, start, end)) continue;
                start = leadingPlaces.Before(document, start);
                // a named part after the zone (兰州高新区七里河园区) is not the zone the official name names; a listed
                // part (湖北自贸区武汉片区) is found with its own official name where it ends
                var areaEnd = areas.EndOfAreaAfter(text, end);
                if (areaEnd > 0 && names.TryLongestEndingAt(text, areaEnd, 3, out _, out _)) areaEnd = -1;
                var (stop, canonical) = areaEnd > 0 ? (areaEnd, null) : (end, entry.Canonical);
                candidates.Add(new ZoneEntity(start, stop - start, document.Slice(start, stop - start), entry.Kind, canonical));
            }
        }
    }

    /// <summary>
    /// A zone's own name without a zone word (中关村) names the zone alone, but not before a zone word, where it starts
    /// a longer zone (中关村|科学城, the pattern's to find), nor in a text that writes such longer zones: there the bare
    /// name is the start of other names built on it (中关村智能, an incubator, beside 中关村科学城).
    /// </summary>
    private bool IsOwnNameAlone(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        for (var at = text.IndexOf(name.ToString(), StringComparison.Ordinal); at >= 0;
             at = text.IndexOf(name.ToString(), at + 1, StringComparison.Ordinal))
        {
            if (BeginsZoneWord(text, at + name.Length)) return false;
        }
        return true;
    }

    /// <summary>True when a zone suffix starts at <paramref name="start"/> (科学城 after 中关村).</summary>
    private bool BeginsZoneWord(string text, int start)
    {
        for (var end = start + 2; end <= Math.Min(text.Length, start + MaxSuffix); end++)
        {
            if (gazetteer.Suffixes.TryMatchEndingAt(text, end, out var suffix, out _) && suffix.Length == end - start) return true;
        }
        return false;
    }
}
