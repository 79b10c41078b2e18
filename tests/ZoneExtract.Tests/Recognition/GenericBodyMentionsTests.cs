using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

/// <summary>A government that is no one body gives way to its place (texts written for these tests).</summary>
public class GenericBodyMentionsTests
{
    private static Entity[] Relabel(string text, params Entity[] accepted) =>
        new GenericBodyMentions(SharedExtractor.Resources.Names).Relabel(new Document(text, text, [], null, EntityLabel.All), accepted);

    /// <summary>The ORG <paramref name="body"/> where it first stands in <paramref name="text"/>.</summary>
    private static OrganizationEntity Body(string text, string body) =>
        new(text.IndexOf(body, StringComparison.Ordinal), body.Length, body);

    [Test]
    public void A_government_before_procurement_is_its_place()
    {
        var relabelled = Relabel("山东政府采购一季度增长。", new OrganizationEntity(0, 4, "山东政府"));
        Assert.That(relabelled.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Location, "山东") }));
    }

    [Test]
    public void A_government_that_procured_something_is_a_body()
    {
        var relabelled = Relabel("深圳市政府采购了一批设备。", new OrganizationEntity(0, 5, "深圳市政府"));
        Assert.That(relabelled.Select(e => e.Label), Is.EqualTo(new[] { EntityLabel.Organization }));
    }

    [Test]
    public void Governments_of_a_level_with_no_place_are_dropped()
    {
        var relabelled = Relabel("各级政府要加强领导。", new OrganizationEntity(0, 4, "各级政府"));
        Assert.That(relabelled, Is.Empty);
    }

    [TestCase("全市各级妇联组织要积极参与。", "妇联")]
    [TestCase("各区(县、市)科协领导出席会议。", "科协")]
    [TestCase("各部门妇委会主任参加培训。", "部门妇委会")]
    [TestCase("各地工商联要做好服务。", "工商联")]
    [TestCase("安徽省16家地级市科协有关同志参加。", "科协")]
    [TestCase("全国各地120多家温州商会参会。", "温州商会")]
    public void A_body_after_a_collective_word_is_a_kind_and_no_entity(string text, string body)
        => Assert.That(Relabel(text, Body(text, body)), Is.Empty);

    [TestCase("省市场监管局和市妇联出席。", "市妇联")]
    [TestCase("他打电话到一家温州商会。", "温州商会")]
    [TestCase("市级机关工委组织学习。", "市级机关工委")]
    [TestCase("市政府办公室发布通知。", "市政府办公室")]
    public void A_named_body_stays(string text, string body)
        => Assert.That(Relabel(text, Body(text, body)).Select(e => e.Text), Is.EqualTo(new[] { body }));

    [TestCase("区级国家机关妇委会主任参加会议。", "区级国家机关")]
    [TestCase("县级医院要提升服务能力。", "县级医院")]
    public void The_bodies_of_a_level_with_no_place_are_no_entity(string text, string body)
        => Assert.That(Relabel(text, Body(text, body)), Is.Empty);

    [TestCase("全省法院审结各类案件12万件。", "全省法院")] // orgs9
    [TestCase("全市检察机关要做好控申工作。", "检察机关")]
    [TestCase("全国检察机关院领导包案办理案件。", "检察机关院")] // jieba: 检察|机关|院|领导
    [TestCase("中央和国家机关有关部门公布了名单。", "国家机关")]
    [TestCase("其中中央部门161位、地方101位。", "中央部门")]
    [TestCase("中央国家机关和地方新闻发言人共262位。", "中央国家机关")]
    [TestCase("为深入学习贯彻中共二十大精神召开会议。", "中共二十大")] // the Party's National Congress: an event
    [TestCase("学习中共十九届六中全会精神。", "中共十九")] // a span cut after the number of the plenum
    public void The_bodies_of_a_whole_territory_or_a_collective_term_are_no_entity(string text, string body)
        => Assert.That(Relabel(text, Body(text, body)), Is.Empty);

    [TestCase("中共中央印发了通知。", "中共中央")]
    [TestCase("全国人大常委会审议了草案。", "全国人大常委会")]
    [TestCase("中央和国家机关工委组织学习。", "中央和国家机关工委")]
    public void A_national_body_or_a_committee_of_the_state_organs_stays(string text, string body)
        => Assert.That(Relabel(text, Body(text, body)).Select(e => e.Text), Is.EqualTo(new[] { body }));

    [TestCase("区域合作处、联络处相关负责同志参加会议。", "联络处")]
    [TestCase("办公室负责人出席。", "办公室")]
    public void An_office_with_no_name_before_it_is_no_entity(string text, string office)
        => Assert.That(Relabel(text, Body(text, office)), Is.Empty);

    [TestCase("今年将推进公立医院改革试点，降低药品价格。")] // jieba keeps 公立医院 whole
    [TestCase("终端用户、市直行政主管部门和采购中心经办人四方签字。")]
    [TestCase("乡镇卫生院和社区卫生服务中心将配备基本药物。")]
    [TestCase("价格上涨时，行业协会应当发挥协调作用。")]
    [TestCase("该项目中农村中小学远程教育工程已完工。")]
    public void A_body_head_after_an_ownership_tier_or_reference_word_is_a_kind_of_body(string text)
    {
        Assert.That(SharedExtractor.Instance.Extract(text).Entities.OfType<OrganizationEntity>(), Is.Empty);
    }
}
