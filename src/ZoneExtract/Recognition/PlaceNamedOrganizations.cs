using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// An ORG that is only a place's name is the place, a LOC (中国 in （中国在列）, 日本 as an actor): the contract names a
/// government by its head (美国政府), and the learned model sometimes gives a country acting in a sentence the ORG label.
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
            if (entity.Label != EntityLabel.Organization || !names.AllPlaces.All.Contains(text.AsSpan(entity.Start, entity.Length))) continue;
            result ??= (Entity[])accepted.Clone();
            result[i] = new LocationEntity(entity.Start, entity.Length, entity.Text);
        }
        return result ?? accepted;
    }
}
