using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

/// <summary>An ORG that is only a place's name is the place (texts written for these tests).</summary>
public class PlaceNamedOrganizationsTests
{
    private static Entity[] Relabel(string text, params Entity[] accepted) =>
        new PlaceNamedOrganizations(SharedExtractor.Resources.Names).Relabel(new Document(text, text, [], null, EntityLabel.All), accepted);

    [Test]
    public void A_country_labelled_organisation_is_a_location()
    {
        var relabelled = Relabel("名单中的国家（日本在列）。", new OrganizationEntity(7, 2, "日本"));
        Assert.That(relabelled.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Location, "日本") }));
    }

    [Test]
    public void A_government_named_by_its_place_stays_an_organisation()
    {
        var relabelled = Relabel("日本政府宣布。", new OrganizationEntity(0, 4, "日本政府"));
        Assert.That(relabelled.Select(e => e.Label), Is.EqualTo(new[] { EntityLabel.Organization }));
    }

    [Test]
    public void A_venue_labelled_organisation_is_a_location()
    {
        var relabelled = Relabel("会议在上海新国际博览中心举办。", new OrganizationEntity(3, 9, "上海新国际博览中心"));
        Assert.That(relabelled.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Location, "上海新国际博览中心") }));
    }
}
