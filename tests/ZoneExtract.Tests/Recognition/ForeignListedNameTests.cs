namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// The full name of a foreign firm on the Fortune Global 500 list names the firm on its own even where jieba tags it as a
/// place; its short forms that are places stay ambiguous. Texts written for these tests.
/// </summary>
public class ForeignListedNameTests
{
    private static string[] Companies(string text) => SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("王磊表示，阿斯利康将在青岛新建生产基地。", "阿斯利康")] // jieba: 阿斯利康 ns 15
    [TestCase("阿斯利康全球执行副总裁出席了签约仪式。", "阿斯利康")]
    public void A_listed_foreign_name_that_jieba_tags_as_a_place_names_the_firm(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected));

    [TestCase("此外，现代汽车计划在电动汽车生产方面投资74亿美元。", "现代汽车")] // Hyundai Motor: 现代 of the A share 现代投资 no longer keeps it off the list
    public void A_foreign_firm_cut_to_another_list_s_ambiguous_form_is_listed(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected));

    [TestCase("今年关西地区的降雨偏多。")] // 关西 of 关西电力: a short form, and a region
    public void A_short_form_that_is_a_place_needs_evidence(string text) =>
        Assert.That(Companies(text), Is.Empty);

    [TestCase("博世苏州于1999年在苏州工业园区设立。", "博世苏州")] // the firm's local entity, subject of the verb
    [TestCase("大众汽车(安徽)零部件有限公司投产，电池系统将供应大众安徽生产的纯电动车型。", "大众安徽")] // 大众 is ambiguous: the firm named before is the evidence
    public void A_foreign_firm_and_a_place_before_a_verb_name_its_local_entity(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected));

    [TestCase("博世苏州工厂去年营收再创新高。", "博世")] // before a noun the place is where the firm works
    public void A_foreign_firm_and_a_place_before_a_noun_name_the_firm(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected));

    [TestCase("德国西门子全球执行副总裁肖松表示，将加大投资。", "西门子")] // jieba: 德国西门子 ns 12, one word
    [TestCase("韩国三星、LG等企业发布对美投资计划。", "三星")] // jieba: 韩国三星 nz 9
    public void A_country_and_a_listed_firm_that_jieba_writes_as_one_word_are_split(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected).And.None.StartsWith("德国").And.None.StartsWith("韩国"));
    [TestCase("今年一季度，三星SDI的动力电池出货量同比增长。", "三星SDI")] // a Fortune group's listed unit: the brand and the unit's words
    [TestCase("报告显示，SK创新的装机量位居第六。", "SK创新")]
    [TestCase("报告显示，LG能源解决方案的装机量位居第二。", "LG能源解决方案")] // 能源, a sector head, is inside the listed name: no LG能源
    [TestCase("西门子医疗将在深圳扩建影像设备工厂。", "西门子医疗")]
    public void A_listed_unit_of_a_foreign_group_is_named_whole(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected).And.No.EqualTo("三星").And.No.EqualTo("西门子"));

    [TestCase("康宝莱全球高级副总裁出席了签约仪式。", "康宝莱")] // foreign-listed-firms.tsv: listed makers by a short form; jieba: 康宝莱 nr 3
    [TestCase("同年，克诺尔在苏州设立了商用车系统生产基地。", "克诺尔")]
    public void A_listed_foreign_maker_is_named_by_its_short_form(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected));
}
