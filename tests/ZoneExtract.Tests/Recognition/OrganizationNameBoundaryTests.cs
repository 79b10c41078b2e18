namespace ZoneExtract.Tests.Recognition;

/// <summary>Where an organisation's name (and a titled person's) starts and ends when words of the sentence or a split of jieba's stand at its edge (orgs5).</summary>
public class OrganizationNameBoundaryTests
{
    private static string[] Organisations(string text) =>
        SharedExtractor.Instance.Extract(text).Entities.OfType<OrganizationEntity>().Select(o => o.Text).ToArray();

    [TestCase("经广东省科学院测试分析研究所进行检测分析。", "广东省科学院测试分析研究所")] // jieba: 经|广东省|科学院|…
    [TestCase("所有企业必须严格遵守福建省质量技术监督局颁布的标准。", "福建省质量技术监督局")] // 必须|严格遵守|福建省|…
    public void Sentence_words_before_the_place_that_opens_a_name_stay_outside_it(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("法新社援引国际文传电讯社的报道称。", "国际文传电讯社")]
    [TestCase("他曾任国家科委主任。", "国家科委")] // a biography's verb of appointment, glued by jieba's model (曾任 is no dictionary word)
    [TestCase("首先特别感谢主办单位中国摄影家协会的支持。", "中国摄影家协会")] // the part a body plays at the event, before its name
    [TestCase("本次论坛的承办方星澜研究院表示欢迎。", "星澜研究院")]
    [TestCase("图为北京市房地产协会副秘书长陈志。", "北京市房地产协会")] // a caption's opener
    [TestCase("官网信息显示，李保俊任民政部办公厅主任。", "民政部办公厅")] // jieba: 李保俊任|民政部|办公厅: a name glued to 任 (orgs9)
    [TestCase("三位学者获聘为开封市科学院学术顾问。", "开封市科学院")] // jieba: 获|聘为|开封市|科学院: a verb of engagement
    public void A_citing_or_appointing_verb_stays_outside_the_name(string text, string organisation)
    {
        Assert.That(Organisations(text).Where(o => o.EndsWith(organisation, StringComparison.Ordinal)), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("据广东经济学会高层人士透露。", "广东经济学会")] // jieba: 广东|经济学|会
    public void A_learned_society_that_jieba_cuts_after_its_discipline_is_one_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("学习经济学会有帮助。")] // 会 is the modal verb: no place before the discipline
    public void A_discipline_before_the_modal_verb_names_no_society(string text)
    {
        Assert.That(Organisations(text), Is.Empty);
    }

    [TestCase("中国国际城市化发展战略研究委员会主任表示。", "中国国际城市化发展战略研究委员会")]
    [TestCase("科技部中国科学技术发展战略研究院研究员介绍。", "科技部中国科学技术发展战略研究院")]
    [TestCase("商务部国际贸易经济合作研究院研究员表示。", "商务部国际贸易经济合作研究院")] // 合作 ends an ordinary walk
    [TestCase("图为北京市规划委员会专家。", "北京市规划委员会")] // the walk over 规划 leaves the caption's 图为 outside
    [TestCase("会议由华东进口商合作联盟主办。", "华东进口商合作联盟")] // an alliance spells out its field too (orgs6)
    [TestCase("国务院妇女儿童工作委员会召开会议。", "国务院妇女儿童工作委员会")] // 工作 of a committee's field (orgs6)
    public void Development_opening_a_research_field_stays_inside_the_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("环境保护部发布公告。", "环境保护部")]
    [TestCase("原国家质检总局和文化部的职责调整。", "国家质检总局", "文化部")]
    [TestCase("国家卫生和计划生育委员会发布通知。", "国家卫生和计划生育委员会")]
    public void A_body_that_a_reform_merged_is_still_named(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("中国（海南）改革发展研究院院长表示。", "中国（海南）改革发展研究院")]
    [TestCase("中国（深圳）综合开发研究院发布报告。", "中国（深圳）综合开发研究院")]
    public void A_body_that_China_opens_with_its_pilot_place_in_brackets_is_one_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("国家监委发布通报，中央军委印发通知，国家网信办发布规定。", "国家监委", "中央军委", "国家网信办")]
    public void The_supervisory_and_military_commissions_and_the_internet_office_by_their_short_forms(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("会议学习了高检院下发的工作要点。", "高检院")] // the procuratorates' own short form of 最高人民检察院 (orgs9)
    public void The_supreme_procuratorate_by_its_short_form(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("昨日，丰台区住保办相关负责人证实。", "丰台区住保办")] // jieba: 丰台区|住|保办
    [TestCase("日前，省海洋与渔业厅发布通知。", "省海洋与渔业厅")] // a department's name before the 2018 reform
    [TestCase("市编办、区综治办负责人出席。", "市编办", "区综治办")]
    public void A_local_office_or_former_department_after_its_territory_is_one_name(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("江苏溧阳卫生局长谢志强被免职。", "江苏溧阳卫生局")] // jieba: 卫生局长
    [TestCase("县财政局长出席会议。", "县财政局")] // jieba: 财政|局长
    public void A_department_whose_head_shares_its_last_character_with_the_title_ends_there(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("县卫生局和县计生委联合检查。", "县卫生局", "县计生委")] // jieba: 和县 (a county) after a body's head
    public void A_conjunction_and_a_level_after_a_body_join_two_departments(string text, params string[] organisations)
    {
        Assert.That(Organisations(text), Is.EqualTo(organisations));
    }

    [TestCase("该省保监局局长张兴说。", "张兴")]
    [TestCase("研究会执行会长彭澎在接受采访时表示。", "彭澎")]
    [TestCase("该县公安局长王某被免职。", "王某")]
    public void A_clause_character_after_a_titled_name_stays_outside_it(string text, string person)
    {
        Assert.That(SharedExtractor.Instance.Extract(text).Entities.OfType<PersonEntity>().Select(p => p.Text), Is.EqualTo(new[] { person }));
    }

    [TestCase("中国消费者协会消费指导部副主任表示。", "中国消费者协会消费指导部")] // jieba: 指导|部副|主任
    public void A_unit_whose_head_jieba_glued_to_a_deputys_title_is_part_of_the_name(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("中国可再生能源学会风能专业委员会发布报告。", "中国可再生能源学会风能专业委员会")] // jieba: 中国|可|再生能源|学会
    [TestCase("据中国可再生能源学会副理事长介绍。", "中国可再生能源学会")]
    public void The_renewable_field_keeps_its_first_character(string text, string organisation)
    {
        Assert.That(Organisations(text), Is.EqualTo(new[] { organisation }));
    }
}
