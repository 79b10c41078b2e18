using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Tests.Recognition;

/// <summary>An organisation's acronym in brackets after its name, and its later mentions (texts written for these tests).</summary>
public class OrganizationAcronymsTests
{
    private static Entity[] Extend(string text, params Entity[] accepted) =>
        OrganizationAcronyms.Extend(new Document(text, text, [], null, EntityLabel.All), accepted);

    private static OrganizationEntity Body(string text, string body) => new(text.IndexOf(body, StringComparison.Ordinal), body.Length, body);

    [Test]
    public void The_bracketed_acronym_and_its_later_mentions_are_the_body()
    {
        const string text = "世界卫生组织(WHO)周三发布报告。WHO指出，疫苗仍然重要。";
        var extended = Extend(text, Body(text, "世界卫生组织"));
        Assert.That(extended.Select(e => (e.Label, e.Text, e.Start)),
            Is.EqualTo(new[] { (EntityLabel.Organization, "世界卫生组织", 0), (EntityLabel.Organization, "WHO", 7), (EntityLabel.Organization, "WHO", 18) }));
    }

    [Test]
    public void A_reading_inside_the_brackets_gives_way()
    {
        const string text = "国际农业发展基金（IFAD）发布报告。";
        var extended = Extend(text, Body(text, "国际农业发展基金"), new CompanyEntity(9, 4, "IFAD"));
        Assert.That(extended.Select(e => (e.Label, e.Text)),
            Is.EqualTo(new[] { (EntityLabel.Organization, "国际农业发展基金"), (EntityLabel.Organization, "IFAD") }));
    }

    [TestCase("世界卫生组织(Who)发布报告。")]
    [TestCase("世界卫生组织(WH)发布报告。")]
    [TestCase("世界卫生组织(WORLDHEALTH)发布报告。")]
    public void A_mixed_case_short_or_long_name_is_no_acronym(string text) =>
        Assert.That(Extend(text, Body(text, "世界卫生组织")).Select(e => e.Text), Is.EqualTo(new[] { "世界卫生组织" }));

    [Test]
    public void A_mention_inside_a_longer_Latin_word_or_another_entity_is_left()
    {
        const string text = "世界卫生组织(WHO)表示，WHOLE计划与WHO基金会无关。";
        var extended = Extend(text, Body(text, "世界卫生组织"), Body(text, "WHO基金会"));
        Assert.That(extended.Select(e => e.Text), Is.EqualTo(new[] { "世界卫生组织", "WHO", "WHO基金会" }));
    }

    [Test]
    public void A_firm_read_from_a_later_mention_on_gives_way()
    {
        const string text = "国际货币基金组织(IMF)发布报告。IMF第一副总裁发表文章。";
        var extended = Extend(text, Body(text, "国际货币基金组织"), new CompanyEntity(18, 6, "IMF第一副"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[]
            { (EntityLabel.Organization, "国际货币基金组织"), (EntityLabel.Organization, "IMF"), (EntityLabel.Organization, "IMF") }));
    }

    [Test]
    public void A_firm_s_bracketed_acronym_is_not_taken()
    {
        const string text = "法国电力集团(EDF)宣布，EDF将扩建电站。";
        var firm = new CompanyEntity(0, 6, "法国电力集团");
        Assert.That(Extend(text, firm), Is.EqualTo(new Entity[] { firm }));
    }
}
