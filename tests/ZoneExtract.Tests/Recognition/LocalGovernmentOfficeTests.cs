namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// Local departments and offices as 2021–2023 government news names them (orgs6): the short form 发展改革局, a department
/// written after its government (市政府金融办), and the numbered ministries of machine building of biographies.
/// </summary>
public class LocalGovernmentOfficeTests
{
    private static string[] Organisations(string text) =>
        SharedExtractor.Instance.Extract(text).Entities.OfType<OrganizationEntity>().Select(o => o.Text).ToArray();

    [TestCase("市领导到市发展改革局调研。", "市发展改革局")]
    [TestCase("县发展改革局局长李明介绍了情况。", "县发展改革局")] // jieba: 发展|改革|局局长
    [TestCase("杭州市发展改革局发布通知。", "杭州市发展改革局")]
    public void The_short_form_of_a_development_and_reform_bureau_after_its_territory_is_one_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("省人大及其常委会要加强立法工作。", "省人大")] // orgs10: a level's people's congress before 及其常委会
    [TestCase("在区人大的监督下开展工作。", "区人大")]
    public void A_people_s_congress_after_its_level_is_one_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("市政府金融办、市政府外办负责人参加会议。", "市政府金融办", "市政府外办")] // jieba: 市政府|金融|办
    [TestCase("省政府国资委主任出席会议。", "省政府国资委")]
    [TestCase("南安市人民政府外办副主任主持会议。", "南安市人民政府外办")]
    [TestCase("市政府合作交流办组织召开座谈会。", "市政府合作交流办")]
    public void A_department_written_after_its_government_is_one_name(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("他曾任杭州市委副书记、第三机械工业部副局长、第二机械工业部副部长。", "杭州市委", "第三机械工业部", "第二机械工业部")]
    public void A_numbered_ministry_of_machine_building_keeps_its_number(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("市人大常委会领导到市发展改革局调研。", "市发展改革局")] // jieba: 领导|到市|发展|改革|局: no unit of the committee
    [TestCase("市政协领导赴市教育局视察。", "市教育局")] // jieba: 领导|赴市|教育局
    [TestCase("经预算单位申请，报省财政厅审定后实施。", "省财政厅")] // jieba: 报省|财政厅: submitted to the department
    public void A_level_glued_to_a_verb_of_going_opens_the_department_the_visitors_go_to(string text, string department)
    {
        var organisations = Organisations(text);
        Assert.That(organisations, Does.Contain(department));
        Assert.That(organisations, Has.None.Contains("领导"));
    }

    [TestCase("刁筠寿历任浙江丽水地委副书记。", "浙江丽水地委")]
    [TestCase("他曾任锡林郭勒盟委书记。", "锡林郭勒盟委")]
    public void The_party_committee_of_a_prefecture_or_league_is_named_by_its_place(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("按照省政府采购中心下发委托函的要求开展验收。", "省政府采购中心")] // jieba: 按照|省政府|采购|中心
    [TestCase("县政府采购办公室负责组织实施。", "县政府采购办公室")]
    [TestCase("项目在市公共资源交易中心公开招标。", "市公共资源交易中心")]
    [TestCase("北京市政府采购监督管理办公室发布通知。", "北京市政府采购监督管理办公室")] // jieba: 北京市政府|采购|监督管理|办公室
    [TestCase("检查结果将由市食安办牵头公布。", "市食安办")] // the food safety committee's office; jieba: 由市|食安办
    public void A_government_procurement_body_after_its_level_is_one_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("同日，来自上海市出入境检验检疫局的最新消息称，今年上半年达标。", "上海市出入境检验检疫局")] // jieba: 出入境|检验|检疫局
    [TestCase("据宁波检验检疫局统计，出口增长。", "宁波检验检疫局")]
    public void An_inspection_and_quarantine_bureau_is_named_by_its_place(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("省法院、省检察院负责人分别通报了工作情况。", "省法院", "省检察院")] // jieba: 省|法院, 省|检察院 (orgs9)
    [TestCase("该案由市中院公开审理。", "市中院")]
    public void A_court_a_procuratorate_or_a_supervisory_commission_after_its_level_is_one_name(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }
}
