namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// ZONE from the gazetteer (<see cref="ZoneGazetteer"/>): the longest known form, with the official name as
/// <see cref="ZoneEntity.CanonicalName"/>, the places written right before it (<see cref="LeadingPlaces"/>).
/// Looked up only at the (rare) positions where the last two characters of some form end, so the cost per
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
}
