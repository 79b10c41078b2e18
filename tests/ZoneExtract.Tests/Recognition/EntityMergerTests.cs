using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

public class EntityMergerTests
{
    private const string Text = "苏州工业园区管委会主任张三与苏州高新区和华为公司";

    [Test]
    public void Keeps_zones_inside_an_organisation_drops_other_overlaps_and_orders_by_start_longer_first()
    {
        var organisation = new OrganizationEntity(0, 9, Text[..9]); // 苏州工业园区管委会
        var zone = Zone(0, 6); // 苏州工业园区, at the start of its organisation
        var innerZone = Zone(2, 4); // 工业园区: a second zone on the same characters
        var person = new PersonEntity(8, 4, Text[8..12]); // 会主任张: overlaps the organisation
        var laterZone = Zone(14, 5); // 苏州高新区
        var company = new CompanyEntity(20, 4, Text[20..24]);
        var candidates = new (Entity, int)[] { (laterZone, 3), (zone, 3), (innerZone, 3), (organisation, 2), (person, 1), (company, 1) };

        var merged = EntityMerger.Merge(Text, candidates, EntityLabel.All);

        Assert.That(merged, Is.EqualTo(new Entity[] { organisation, zone, laterZone, company }));
    }

    private static ZoneEntity Zone(int start, int length) => new(start, length, Text.Substring(start, length), ZoneKind.Other, null);
}
