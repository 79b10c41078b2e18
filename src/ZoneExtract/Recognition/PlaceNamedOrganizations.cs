using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// An ORG that is only a place's name is the place, a LOC (中国 in （中国在列）, 日本 as an actor): the contract names a
/// government by its head (美国政府), and the learned model sometimes gives a country acting in a sentence the ORG label.
/// So is an ORG that names a venue, a building (南京国际博览中心, 上海新国际博览中心: Names/Data/organization-venue-heads.tsv).
/// </summary>
internal sealed class PlaceNamedOrganizations(NameResources names)
{
    public Entity[] Relabel(Document document, Entity[] accepted)
    {
        var text = document.Text;
        Entity[]? result = null;
        for (var i = 0; i < accepted.Length; i++)
        {
            var entity = accepted[i];
            if (entity.Label != EntityLabel.Organization || !names.AllPlaces.All.Contains(text.AsSpan(entity.Start, entity.Length))
                && !names.Lexicons.OrganizationVenueHeads.TryLongestEndingAt(text, entity.End, 1, out _, out _)) continue;
            result ??= (Entity[])accepted.Clone();
            result[i] = new LocationEntity(entity.Start, entity.Length, entity.Text);
        }
        return result ?? accepted;
    }
}
