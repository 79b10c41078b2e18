using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// Names closed by an organisation's head that the words around show to be no organisation: a firm's board, a venue, a building
/// project's centre, a level of government, the term 政府采购 (orgs6; texts written for these tests).
/// </summary>
public class OrganizationContextTests
{
    private static Entity[] Entities(string text) => SharedExtractor.Instance.Extract(text).Entities.ToArray();

    private static string[] Organisations(string text) => Entities(text).OfType<OrganizationEntity>().Select(o => o.Text).ToArray();

    [TestCase("东方光大集团董事局主席贾志学一行到访。")]
    [TestCase("中星微董事局主席邓中翰表示。")]
    public void A_firms_board_is_no_organisation(string text)
    {
        Assert.That(Organisations(text), Is.Empty);
    }

    [Test]
    public void The_firm_before_its_board_is_still_a_company()
    {
        Assert.That(Entities("东方光大集团董事局主席贾志学一行到访。").OfType<CompanyEntity>().Select(c => c.Text), Is.EqualTo(new[] { "东方光大集团" }));
    }

    [TestCase("论坛在厦门海峡会议中心举行。")]
    [TestCase("中关村国家自主创新示范区展示中心项目举行开工仪式。")]
    [TestCase("外包企业对接会在南京国际博览中心举办。")]
    [TestCase("各地顾客也前来唐山国际会展中心选购。")]
    [TestCase("北京有一个东贸中心，后来改成东方广场了。")]
    public void A_venue_is_no_organisation(string text)
    {
        Assert.That(Organisations(text), Is.Empty);
    }

    [TestCase("总投资5亿元的新欧国际演艺中心项目在伊宁动工。")]
    [TestCase("募投项目为昆山现代物流中心项目以及运营网点拓展。")]
    [TestCase("美的中央空调在四川屏山行政中心项目工程中成功中标。")]
    public void A_centre_before_its_project_is_a_building_to_be_built(string text)
    {
        Assert.That(Organisations(text), Is.Empty);
    }

    [TestCase("《北京市政府采购自主创新产品评审办法》发布。", "北京市")]
    [TestCase("陕西省政府采购工作座谈会日前召开。", "陕西省")]
    [TestCase("湖南省县级政府要统筹资金。", "湖南省")]
    public void A_generic_government_leaves_its_place(string text, string place)
    {
        var entities = Entities(text);
        Assert.That(entities.OfType<OrganizationEntity>(), Is.Empty);
        Assert.That(entities.OfType<LocationEntity>().Select(l => l.Text), Does.Contain(place));
    }

    [TestCase("北京市政府采购中心发布公告。", "北京市政府采购中心")]
    [TestCase("财政部政府采购管理办公室主任表示。", "财政部政府采购管理办公室")]
    public void A_body_named_after_government_procurement_is_one_organisation(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }
}
