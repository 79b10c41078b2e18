using ZoneExtract.Recognition.Facts;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Tests.Recognition.Facts;

/// <summary>
/// The rules of contract §6.1 on small hand-made texts. Entities are given by hand (the n-th occurrence of a string
/// with its label), so that each test checks the fact rules and not the entity recognisers.
/// </summary>
public class FactRecognizerTests
{
    private static readonly FactRecognizer Recognizer = new(SharedExtractor.Resources.Indicators);

    private static IReadOnlyList<Fact> Facts(string text, params Entity[] entities) =>
        Recognizer.Recognize(text, text, entities.OrderBy(e => e.Start).ToList());

    /// <summary>Describes a fact as indicator | subject | value | ±change | period.</summary>
    private static string Show(Fact f) =>
        $"{f.Indicator}|{f.Subject?.Text}|{f.Value?.Text}|{(f.Change is null ? "" : (f.Change.Direction == ChangeDirection.Increase ? "+" : "-") + f.Change.Rate.Text)}|{f.Period?.Text}";

    [Test]
    public void A_statement_gives_indicator_value_increase_period_and_subject()
    {
        const string text = "今年前三季度，重庆高新区实现地区生产总值(GDP)341.6亿元，增长6.4%。";

        var facts = Facts(text, E.Date(text, "今年前三季度"), E.Zone(text, "重庆高新区"), E.Money(text, "341.6亿元"), E.Percent(text, "6.4%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "地区生产总值|重庆高新区|341.6亿元|+6.4%|今年前三季度" }));
        Assert.That((facts[0].Start, facts[0].End), Is.EqualTo((text.IndexOf("地区生产总值", StringComparison.Ordinal), text.IndexOf("(GDP)", StringComparison.Ordinal))));
    }

    [Test]
    public void A_continuing_sentence_inherits_period_and_subject_but_not_across_paragraphs()
    {
        const string text = "今年1-9月，南宁高新区地区生产总值增长5%。其中，规上工业总产值120亿元，增长8%；固定资产投资下降2.5%。\n工业投资增长3%。";

        var facts = Facts(text, E.Date(text, "今年1-9月"), E.Zone(text, "南宁高新区"), E.Percent(text, "5%"), E.Money(text, "120亿元"),
            E.Percent(text, "8%"), E.Percent(text, "2.5%"), E.Percent(text, "3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "地区生产总值|南宁高新区||+5%|今年1-9月",
            "规上工业总产值|南宁高新区|120亿元|+8%|今年1-9月",
            "固定资产投资|南宁高新区||-2.5%|今年1-9月",
            "工业投资|||+3%|",
        }));
    }

    [Test]
    public void A_sentence_that_does_not_continue_inherits_nothing()
    {
        const string text = "今年1-9月，南宁高新区地区生产总值增长5%。目前固定资产投资增长9%。";

        var facts = Facts(text, E.Date(text, "今年1-9月"), E.Zone(text, "南宁高新区"), E.Percent(text, "5%"), E.Percent(text, "9%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("固定资产投资|||+9%|"));
    }

    [Test]
    public void A_comparison_period_is_not_the_period_and_only_the_first_rate_is_the_change()
    {
        const string text = "1-10月，贵阳高新区规模以上工业增加值同比增长7.2%，比1-9月加快0.5个百分点，两年平均增长6%；较1-9月，全社会固定资产投资回落0.2个百分点。";

        var facts = Facts(text, E.Date(text, "1-10月"), E.Zone(text, "贵阳高新区"), E.Percent(text, "7.2%"), E.Date(text, "1-9月"),
            E.Percent(text, "0.5个百分点"), E.Percent(text, "6%"), E.Date(text, "1-9月", 2), E.Percent(text, "0.2个百分点"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "规模以上工业增加值|贵阳高新区||+7.2%|1-10月",
            "全社会固定资产投资|贵阳高新区||-0.2个百分点|1-10月",
        }));
    }

    [TestCase("今年，南宁高新区力争实现地区生产总值500亿元。", "500亿元", TestName = "a target (力争)")]
    [TestCase("南宁高新区预计全年营业收入增长20%。", "20%", TestName = "a forecast (预计)")]
    [TestCase("南宁高新区预测全年营业收入增长20%。", "20%", TestName = "a forecast (预测)")]
    [TestCase("南宁高新区新增企业完成产值拉动工业增长19.96个百分点。", "19.96个百分点", TestName = "a contribution (拉动)")]
    [TestCase("南宁高新区总投资5亿元以上的项目达11个。", "5亿元", TestName = "a threshold (以上的)")]
    [TestCase("南宁高新区总投资超过10亿元的项目达3个。", "10亿元", TestName = "a threshold (超过…的)")]
    public void Optional_statements_make_no_fact(string text, string figure)
    {
        Entity entity = figure.EndsWith('元') ? E.Money(text, figure) : E.Percent(text, figure);

        Assert.That(Facts(text, E.Zone(text, "南宁高新区"), entity), Is.Empty);
    }

    [Test]
    public void A_share_is_its_own_indicator_and_a_rate_takes_a_percent_level()
    {
        const string text = "今年南宁高新区新引进项目9个，占签约项目总数的34.62%；已开工项目17个，开工率65.38%。";

        var facts = Facts(text, E.Date(text, "今年"), E.Zone(text, "南宁高新区"), E.Percent(text, "34.62%"), E.Percent(text, "65.38%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "占签约项目总数|南宁高新区|34.62%||今年",
            "开工率|南宁高新区|65.38%||今年",
        }));
    }

    [Test]
    public void An_investment_qualifying_a_firm_belongs_to_that_firm_and_list_members_are_no_subjects()
    {
        const string text = "南宁高新区引进了瑞智电子、香港三润等26个项目，总投资额达100.7亿元，总投资25亿元的瑞智电子光学基地落户。";

        var facts = Facts(text, E.Zone(text, "南宁高新区"), E.Company(text, "瑞智电子"), E.Company(text, "香港三润"), E.Money(text, "100.7亿元"),
            E.Money(text, "25亿元"), E.Company(text, "瑞智电子", 2));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "总投资额|南宁高新区|100.7亿元||", "总投资|瑞智电子|25亿元||" }));
    }

    [Test]
    public void A_sector_noun_before_an_indicator_is_part_of_it_but_a_firms_word_is_not()
    {
        const string text = "中关村科学城软件和信息技术服务业总收入同比增长32.6%，其中16家规模以上企业总收入430.57亿元。";

        var facts = Facts(text, E.Zone(text, "中关村科学城"), E.Percent(text, "32.6%"), E.Money(text, "430.57亿元"));

        Assert.That(facts.Select(f => f.Indicator), Is.EqualTo(new[] { "软件和信息技术服务业总收入", "总收入" }));
    }

    [Test]
    public void A_date_that_qualifies_a_noun_is_not_the_period()
    {
        const string text = "今年1-10月，南宁高新区新增企业完成产值44.93亿元；2019年引进的16家企业完成工业产值50.2亿元。";

        var facts = Facts(text, E.Date(text, "今年1-10月"), E.Zone(text, "南宁高新区"), E.Money(text, "44.93亿元"), E.Date(text, "2019年"), E.Money(text, "50.2亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "产值|南宁高新区|44.93亿元||今年1-10月", "工业产值|南宁高新区|50.2亿元||今年1-10月" }));
    }

    [TestCase("上半年科创板的业绩最亮眼，总营收同比增长52.36%。", "上半年", "52.36%", TestName = "上半年科创板的业绩")]
    [TestCase("今年沿海的劳动力成本，比去年至少增长20%。", "今年", "20%", TestName = "今年沿海的劳动力成本")]
    public void A_date_before_words_naming_whose_figure_it_is_stays_the_period(string text, string date, string rate)
    {
        var facts = Facts(text, E.Date(text, date), E.Percent(text, rate));

        Assert.That(facts.Select(f => f.Period?.Text), Is.EqualTo(new[] { date }));
    }

    [Test]
    public void A_date_before_tongqi_is_a_comparison_base_and_no_period()
    {
        const string text = "今年一季度，江西三次产业结构由去年同期的5.7∶43.2∶51.1调整为4.8∶45.1∶50.1。其中，第二产业增加值同比增长8.0%。";

        var facts = Facts(text, E.Date(text, "今年一季度"), E.Loc(text, "江西"), E.Date(text, "去年"), E.Percent(text, "8.0%"));

        Assert.That(facts.Select(f => f.Period?.Text), Is.EqualTo(new[] { "今年一季度" }));
    }

    [Test]
    public void A_respective_list_gives_the_shared_name_the_first_figure_and_each_later_item_its_own()
    {
        const string text = "一季度，苏州化工、汽车制造、电子信息等重点行业产值分别增长22.8%、14.2%和13.9%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Loc(text, "苏州"), E.Percent(text, "22.8%"), E.Percent(text, "14.2%"), E.Percent(text, "13.9%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "汽车制造|苏州||+14.2%|一季度",
            "电子信息|苏州||+13.9%|一季度",
            "重点行业产值|苏州||+22.8%|一季度",
        }));
    }

    [Test]
    public void A_respective_list_without_a_shared_name_makes_each_item_an_indicator_and_a_following_list_keeps_the_anchors()
    {
        const string text = "1-8月，江苏集成电路、笔记本电脑分别出口1493.7亿元、1109.9亿元，分别增长18.4%和14%。";

        var facts = Facts(text, E.Date(text, "1-8月"), E.Loc(text, "江苏"), E.Money(text, "1493.7亿元"), E.Money(text, "1109.9亿元"), E.Percent(text, "18.4%"), E.Percent(text, "14%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "笔记本电脑|江苏|1109.9亿元|+14%|1-8月", "出口|江苏|1493.7亿元|+18.4%|1-8月" }), "the shared name comes after the items here");
    }

    [Test]
    public void A_multiple_in_a_respective_list_holds_its_item_s_place_and_makes_no_fact()
    {
        const string text = "其中，新能源汽车、数字创意、新能源分别同比增长2.3倍、29.2%、27.2%。工业机器人、集成电路和医药产量分别增长40.5%、1.5倍和33%。";

        var facts = Facts(text, E.Percent(text, "29.2%"), E.Percent(text, "27.2%"), E.Percent(text, "40.5%"), E.Percent(text, "33%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "数字创意|||+29.2%|", "新能源|||+27.2%|", "医药|||+33%|", "产量|||+40.5%|" }), "2.3倍 and 1.5倍 hold 新能源汽车's and 集成电路's places");
    }

    [Test]
    public void A_name_of_the_industrial_classification_is_one_sector_though_it_holds_a_list_mark()
    {
        const string text = "一季度，交通运输、仓储和邮政业增加值同比增长32.1%。1—2月份，采矿业增加值增长17.5%；电力、热力、燃气及水生产和供应业增长19.8%。"
                            + "计算机、通信和其他电子设备制造业、电气机械和器材制造业增加值分别增长20.6%和15.2%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Percent(text, "32.1%"), E.Date(text, "1—2月份"), E.Percent(text, "17.5%"), E.Percent(text, "19.8%"),
            E.Percent(text, "20.6%"), E.Percent(text, "15.2%"));

        Assert.That(facts.Select(f => $"{f.Indicator} {f.Change?.Rate.Text}"), Is.EqualTo(new[]
        {
            "交通运输、仓储和邮政业增加值 32.1%", "采矿业增加值 17.5%", "电力、热力、燃气及水生产和供应业 19.8%", "电气机械和器材制造业 15.2%", "增加值 20.6%",
        }));
        const string overlapping = "其中，有色金属冶炼及压延加工业投资增长16.5%。";
        Assert.That(Facts(overlapping, E.Percent(overlapping, "16.5%")).Single().Indicator, Is.EqualTo("有色金属冶炼及压延加工业投资"), "not 工业投资");
    }

    [Test]
    public void A_kind_of_enterprise_of_the_breakdown_by_economic_type_qualifies_a_name_or_is_the_indicator_before_a_change_word()
    {
        const string text = "分经济类型看，6月份，国有控股企业增加值同比增长5.4%；股份制企业增长9.0%，外商及港澳台商投资企业增长6.4%；私营企业增长10.2%。";

        var facts = Facts(text, E.Date(text, "6月份"), E.Percent(text, "5.4%"), E.Percent(text, "9.0%"), E.Percent(text, "6.4%"), E.Percent(text, "10.2%"));

        Assert.That(facts.Select(f => $"{f.Indicator} {f.Change?.Rate.Text}"), Is.EqualTo(new[]
        {
            "国有控股企业增加值 5.4%", "股份制企业 9.0%", "外商及港澳台商投资企业 6.4%", "私营企业 10.2%",
        }), "股份 and 投资 inside the kinds are no names");
    }

    [Test]
    public void A_respective_list_may_compare_before_fenbie_and_join_its_first_item_to_a_whole_by_de()
    {
        const string text = "按零售业态分，2021年限额以上零售业单位中的超市、便利店、百货店、专业店和专卖店零售额比上年分别增长6.0%、16.9%、11.7%、12.8%和12.1%。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Percent(text, "6.0%"), E.Percent(text, "16.9%"), E.Percent(text, "11.7%"), E.Percent(text, "12.8%"),
            E.Percent(text, "12.1%"));

        Assert.That(facts.Select(f => $"{f.Indicator} {f.Change?.Rate.Text}"), Is.EqualTo(new[]
        {
            "便利店 16.9%", "百货店 11.7%", "专业店 12.8%", "专卖店 12.1%", "零售额 6.0%",
        }));
    }

    [Test]
    public void A_respective_list_whose_items_the_shared_name_was_extended_over_shares_the_bare_name()
    {
        const string text = "上半年，装备制造业和消费品制造业投资分别增长21.6%和23.0%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Percent(text, "21.6%"), E.Percent(text, "23.0%"));

        Assert.That(facts.Select(f => $"{f.Indicator} {f.Change?.Rate.Text}"), Is.EqualTo(new[] { "消费品制造业 23.0%", "投资 21.6%" }), "was 消费品制造业投资分别");
    }

    [Test]
    public void A_respective_list_that_does_not_pair_up_is_left_to_the_ordinary_rules()
    {
        const string text = "化工、汽车制造等行业产值分别增长22.8%、14.2%和13.9%。";

        var facts = Facts(text, E.Percent(text, "22.8%"), E.Percent(text, "14.2%"), E.Percent(text, "13.9%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "行业产值|||+22.8%|" }));
    }

    [Test]
    public void An_anaphor_continues_the_previous_sentence()
    {
        const string text = "一季度，苏州经济稳定开局。全市规模以上工业总产值10051.6亿元。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Loc(text, "苏州"), E.Money(text, "10051.6亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "规模以上工业总产值|苏州|10051.6亿元||一季度" }));
    }

    [Test]
    public void An_indented_line_is_a_new_paragraph_even_after_an_unfinished_line()
    {
        const string text = "1-8月江苏外贸同增17.1%，民企表现亮眼\n　　据海关通报，出口20310.4亿元，增长18.6%。";

        var facts = Facts(text, E.Date(text, "1-8月"), E.Loc(text, "江苏"), E.Percent(text, "17.1%"), E.Money(text, "20310.4亿元"), E.Percent(text, "18.6%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "外贸|江苏||+17.1%|1-8月", "出口||20310.4亿元|+18.6%|" }));
    }

    [Test]
    public void A_growth_rate_on_its_own_or_after_a_name_is_a_change()
    {
        const string text = "上半年，福州固定资产投资增速为12.4%，泉州2.5%的增速低于全省平均水平。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "福州"), E.Percent(text, "12.4%"), E.Loc(text, "泉州"), E.Percent(text, "2.5%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "固定资产投资|福州||+12.4%|上半年", "增速|泉州||+2.5%|上半年" }));
    }

    [TestCase("2010年，全行业完成工业总产值5536.8亿元，同比增速达到40.6%。", "2010年", "5536.8亿元", "40.6%", "工业总产值||5536.8亿元|+40.6%|2010年")]
    [TestCase("一季度，全省实际完成政府采购额122.84亿元，增幅高达62.7%。", "一季度", "122.84亿元", "62.7%", "政府采购额||122.84亿元|+62.7%|一季度")]
    public void A_growth_word_opening_the_clause_after_a_level_states_the_change_of_that_level(string text, string date, string money, string rate, string expected)
    {
        var facts = Facts(text, E.Date(text, date), E.Money(text, money), E.Percent(text, rate));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { expected }));
    }

    [TestCase("1-6月份，全国粗钢产量为5.3亿吨，同比增幅为3.4%。", "1-6月份", "3.4%", "粗钢产量|||+3.4%|1-6月份")]
    [TestCase("2021年，全市地区生产总值达到2万亿，增速为7.5%。", "2021年", "7.5%", "地区生产总值|||+7.5%|2021年")]
    public void A_growth_word_opening_the_clause_after_a_level_that_is_no_money_states_its_change(string text, string date, string rate, string expected)
    {
        var facts = Facts(text, E.Date(text, date), E.Percent(text, rate));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { expected }));
    }

    [TestCase("2022年3月，人民银行对金融机构开展中期借贷便利操作共1500亿元。", "人民银行", "2022年3月", "1500亿元", "中期借贷便利操作|人民银行|1500亿元||2022年3月")]
    [TestCase("2022年3月，人民银行对金融机构开展常备借贷便利操作共42亿元。", "人民银行", "2022年3月", "42亿元", "常备借贷便利操作|人民银行|42亿元||2022年3月")]
    public void A_monetary_policy_operation_of_the_central_bank_is_an_indicator(string text, string org, string date, string money, string expected)
    {
        var facts = Facts(text, E.Date(text, date), E.Org(text, org), E.Money(text, money));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { expected }));
    }

    [TestCase("三季度，广州平均月薪为9680元。", "9680元", "平均月薪|广州|9680元||三季度")]
    [TestCase("三季度，广州平均薪酬为9680元。", "9680元", "平均薪酬|广州|9680元||三季度")]
    public void Pay_in_a_salary_report_is_an_indicator(string text, string money, string expected)
    {
        var facts = Facts(text, E.Date(text, "三季度"), E.Loc(text, "广州"), E.Money(text, money));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_name_compared_with_in_the_clause_before_takes_no_bare_growth_rate()
    {
        const string text = "上半年，福州基础设施投资增速明显高于固定资产投资，增速超过20%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "福州"), E.Percent(text, "20%"));

        Assert.That(facts.Select(Show), Has.None.StartsWith("固定资产投资|"));
    }

    [Test]
    public void A_growth_word_with_a_list_of_figures_is_left_to_the_list_rules()
    {
        const string text = "上半年，两家企业出口额0.72亿美元，同比增幅达到147.4%和67%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Money(text, "0.72亿美元"), E.Percent(text, "147.4%"), E.Percent(text, "67%"));

        Assert.That(facts.Select(Show).First(), Is.EqualTo("出口额||0.72亿美元||上半年"));
    }

    [TestCase("上半年，铝冶炼企业实现利润52.2亿元，同比大降23.6%。", "52.2亿元", "23.6%", "利润||52.2亿元|-23.6%|上半年")]
    [TestCase("上半年，全省财政收入完成1200亿元，同比增收15.2%。", "1200亿元", "15.2%", "财政收入||1200亿元|+15.2%|上半年")]
    [TestCase("上半年，公司出口额3.5亿美元，同比激增45.1%。", "3.5亿美元", "45.1%", "出口额||3.5亿美元|+45.1%|上半年")]
    public void An_intensified_or_revenue_change_word_gives_the_change(string text, string money, string rate, string expected)
    {
        var facts = Facts(text, E.Date(text, "上半年"), E.Money(text, money), E.Percent(text, rate));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void A_figure_right_before_a_name_without_one_is_its_level()
    {
        const string text = "紫金矿业持有天风期货44.05%股权。";

        var facts = Facts(text, E.Company(text, "紫金矿业"), E.Company(text, "天风期货"), E.Percent(text, "44.05%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "股权|紫金矿业|44.05%||" }));
    }

    [Test]
    public void A_category_before_a_change_word_is_an_indicator()
    {
        const string text = "前5月，兰州食品类价格同比上涨13.4%，衣着下降4.3%。";

        var facts = Facts(text, E.Date(text, "前5月"), E.Loc(text, "兰州"), E.Percent(text, "13.4%"), E.Percent(text, "4.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "食品类价格|兰州||+13.4%|前5月", "衣着|兰州||-4.3%|前5月" }),
            "the measure noun 价格 ends the category's name; 衣着 opens its own clause");
    }

    [Test]
    public void A_body_in_a_source_clause_is_no_subject()
    {
        const string text = "据南京海关通报，1-8月，江苏外贸进出口值32878.4亿元。";

        var facts = Facts(text, E.Org(text, "南京海关"), E.Date(text, "1-8月"), E.Loc(text, "江苏"), E.Money(text, "32878.4亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "外贸进出口值|江苏|32878.4亿元||1-8月" }));
    }

    [Test]
    public void A_list_of_indicators_pairs_each_with_its_figure()
    {
        const string text = "今年上半年，福建外贸进出口、出口、进口分别增长12.4%、17.8%、4.9%。";

        var facts = Facts(text, E.Date(text, "今年上半年"), E.Loc(text, "福建"), E.Percent(text, "12.4%"), E.Percent(text, "17.8%"), E.Percent(text, "4.9%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "外贸进出口|福建||+12.4%|今年上半年", "出口|福建||+17.8%|今年上半年", "进口|福建||+4.9%|今年上半年" }));
    }

    [Test]
    public void A_name_formed_from_a_modifier_and_a_measure_noun_is_an_indicator_before_a_figure()
    {
        const string text = "去年全年，该厂用于购买设备的总费用达18亿元，产品销售率为98.5%，出口交货值同比下降3.2%。";

        var facts = Facts(text, E.Date(text, "去年全年"), E.Money(text, "18亿元"), E.Percent(text, "98.5%"), E.Percent(text, "3.2%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "总费用||18亿元||去年全年", "产品销售率||98.5%||去年全年", "出口交货值|||-3.2%|去年全年" }));
    }

    [TestCase("GDP增速3.6%，而且增量达到2811亿元。", TestName = "而且")]
    [TestCase("GDP增速3.6%，但增量超过2811亿元。", TestName = "但")]
    public void A_conjunction_stops_the_modifier_of_a_free_name(string text)
    {
        var facts = Facts(text, E.Percent(text, "3.6%"), E.Money(text, "2811亿元"));

        Assert.That(facts.Select(f => f.Indicator).Last(), Is.EqualTo("增量"));
    }

    [Test]
    public void Indicator_names_of_the_statistics_releases_are_whole_names()
    {
        const string text = "华科公司增资1.5亿美元，技改投资同比增长12.5%，实现净利1.2亿元，上缴税额3000万元。";

        var facts = Facts(text, E.Company(text, "华科公司"), E.Money(text, "1.5亿美元"), E.Percent(text, "12.5%"), E.Money(text, "1.2亿元"),
            E.Money(text, "3000万元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "增资|华科公司|1.5亿美元||", "技改投资|华科公司||+12.5%|", "净利|华科公司|1.2亿元||", "上缴税额|华科公司|3000万元||",
        }));
    }

    [Test]
    public void A_place_in_a_dateline_and_a_body_that_speaks_are_no_subjects()
    {
        const string text = "南京报道 1-8月，江苏省外贸持续增长，进出口值3000亿元。商务部新闻发言人介绍，北京市外贸稳定，进出口值2000亿元。";

        var facts = Facts(text, E.Loc(text, "南京"), E.Date(text, "1-8月"), E.Loc(text, "江苏省"), E.Money(text, "3000亿元"),
            E.Org(text, "商务部"), E.Loc(text, "北京市"), E.Money(text, "2000亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "进出口值|江苏省|3000亿元||1-8月", "进出口值|北京市|2000亿元||" }));
    }

    [Test]
    public void A_firms_growth_rate_written_out_or_given_after_an_adverb_is_its_change()
    {
        const string text = "其中，临工的增长速度远超其他三家，达到46.02%；柳工增幅进一步降低，仅为3.74%，低于行业整体水平。";

        var facts = Facts(text, E.Company(text, "临工"), E.Percent(text, "46.02%"), E.Company(text, "柳工"), E.Percent(text, "3.74%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "增长速度|临工||+46.02%|", "增幅|柳工||+3.74%|" }));
    }

    [Test]
    public void A_respective_clause_gives_its_changes_to_the_names_of_the_clauses_before()
    {
        const string text = "1—6月份，商品房销售面积16.93万平方米，销售额12.4亿元，与上年同期相比，分别增长50.6%和54.9%。";

        var facts = Facts(text, E.Date(text, "1—6月份"), E.Money(text, "12.4亿元"), E.Percent(text, "50.6%"), E.Percent(text, "54.9%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "商品房销售面积|||+50.6%|1—6月份", "销售额||12.4亿元|+54.9%|1—6月份" }));
    }

    [Test]
    public void A_respective_clause_opened_by_a_comparison_gives_the_list_before_its_changes()
    {
        const string text = "一季度营业收入和净利润分别为1.94亿元和4245万元，同比分别增长40.6%和106.4%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Money(text, "1.94亿元"), E.Money(text, "4245万元"), E.Percent(text, "40.6%"),
            E.Percent(text, "106.4%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "营业收入||1.94亿元|+40.6%|一季度", "净利润||4245万元|+106.4%|一季度" }));
    }

    [Test]
    public void The_day_a_report_was_published_is_no_period()
    {
        const string text = "在8月16日刚刚公布的半年报中，五粮液表示，酒类销售总量较上年同期增长30.50%。";

        var facts = Facts(text, E.Date(text, "8月16日"), E.Company(text, "五粮液"), E.Percent(text, "30.50%"));

        Assert.That(facts.Select(f => (f.Change?.Rate.Text, f.Period?.Text)), Is.EqualTo(new (string?, string?)[] { ("30.50%", null) }));
    }

    [Test]
    public void A_respective_clause_gives_no_further_rates_to_names_that_have_their_change()
    {
        const string text = "出口1000亿元，增长10%；进口800亿元，增长5%，分别高于全国2.1%和3.2%。";

        var facts = Facts(text, E.Money(text, "1000亿元"), E.Percent(text, "10%"), E.Money(text, "800亿元"), E.Percent(text, "5%"),
            E.Percent(text, "2.1%"), E.Percent(text, "3.2%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "出口||1000亿元|+10%|", "进口||800亿元|+5%|" }));
    }

    [Test]
    public void The_share_of_loss_making_enterprises_is_a_rate()
    {
        const string text = "规模以上工业企业实现利润20.98亿元；亏损企业68户，亏损面23.9%。";

        var facts = Facts(text, E.Money(text, "20.98亿元"), E.Percent(text, "23.9%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "利润||20.98亿元||", "亏损面||23.9%||" }));
    }

    [Test]
    public void The_short_form_of_real_estate_investment_opens_a_sentence_that_continues_the_period()
    {
        const string text = "1—6月份，全区完成固定资产投资同比增长25.4%。房地产投资8.79亿元，同比下降7.3%。";

        var facts = Facts(text, E.Date(text, "1—6月份"), E.Percent(text, "25.4%"), E.Money(text, "8.79亿元"), E.Percent(text, "7.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "固定资产投资|||+25.4%|1—6月份", "房地产投资||8.79亿元|-7.3%|1—6月份" }));
    }

    [Test]
    public void An_organisation_whose_statistics_give_the_figures_is_no_subject()
    {
        const string text = "工信部数据显示 4月份家电类零售额同比上升18.5%。人民银行5月末中期借贷便利余额为1万亿元。";

        var facts = Facts(text, E.Org(text, "工信部"), E.Date(text, "4月份"), E.Percent(text, "18.5%"), E.Org(text, "人民银行"),
            E.Date(text, "5月末"), E.Money(text, "1万亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { null, "人民银行" }));
    }

    [Test]
    public void The_place_of_a_wire_service_dateline_is_no_subject()
    {
        const string text = "中新社北京12月12日电 前三季度，178家国家高新区发展总体向好，园区生产总值达到12.33万亿元。";

        var facts = Facts(text, E.Org(text, "中新社"), E.Loc(text, "北京"), E.Date(text, "前三季度"), E.Money(text, "12.33万亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "生产总值||12.33万亿元||前三季度" }));
    }

    [Test]
    public void A_body_in_the_meeting_where_figures_were_told_is_no_subject()
    {
        const string text = "在工业和信息化部12日举行的新闻发布会上，前三季度，国家高新区工业总产值23.49万亿元。在苏州召开的会议上，苏州上半年GDP达到1万亿元。";

        var facts = Facts(text, E.Org(text, "工业和信息化部"), E.Date(text, "前三季度"), E.Money(text, "23.49万亿元"), E.Loc(text, "苏州", 1),
            E.Loc(text, "苏州", 2), E.Money(text, "1万亿元"));

        Assert.That(facts.Select(f => f.Subject?.Start), Is.EqualTo(new int?[] { null, text.LastIndexOf("苏州", StringComparison.Ordinal) }));
    }

    [Test]
    public void A_place_before_a_day_without_dateline_word_stays_the_subject()
    {
        const string text = "深圳12月12日公布，前三季度地区生产总值达到2.3万亿元。";

        var facts = Facts(text, E.Loc(text, "深圳"), E.Date(text, "12月12日"), E.Date(text, "前三季度"), E.Money(text, "2.3万亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "深圳" }));
    }

    [Test]
    public void A_list_item_that_opens_with_a_body_is_that_bodys_and_a_date_may_stand_between_subject_and_indicator()
    {
        const string text = "同期武钢股份实现净利润6.1亿元；宝钢股份一季度实现净利润30.7亿元；其中宝山基地利润10亿元；完成商务部口径实际利用外资1亿美元。";

        var facts = Facts(text, E.Company(text, "武钢股份"), E.Money(text, "6.1亿元"), E.Company(text, "宝钢股份"), E.Date(text, "一季度"),
            E.Money(text, "30.7亿元"), E.Loc(text, "宝山"), E.Money(text, "10亿元"), E.Org(text, "商务部"), E.Money(text, "1亿美元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "武钢股份", "宝钢股份", "宝山", "武钢股份" }));
    }

    [Test]
    public void The_other_party_after_dui_is_no_subject()
    {
        const string text = "1-8月，江苏对欧盟进出口4905.2亿元。";

        var facts = Facts(text, E.Date(text, "1-8月"), E.Loc(text, "江苏"), E.Loc(text, "欧盟"), E.Money(text, "4905.2亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "进出口|江苏|4905.2亿元||1-8月" }));
    }

    [Test]
    public void A_sentence_opening_with_cishi_or_referring_to_the_project_continues_the_previous_one()
    {
        const string text = "1-8月，江苏出口2000亿元。此外，进口1515.8亿元。中联重科拟在江阴建设基地，总投资100亿元。该项目一期投资40亿元。";

        var facts = Facts(text, E.Date(text, "1-8月"), E.Loc(text, "江苏"), E.Money(text, "2000亿元"), E.Money(text, "1515.8亿元"),
            E.Company(text, "中联重科"), E.Loc(text, "江阴"), E.Money(text, "100亿元"), E.Money(text, "40亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "出口|江苏|2000亿元||1-8月", "进口|江苏|1515.8亿元||1-8月", "总投资|中联重科|100亿元||", "一期投资|中联重科|40亿元||",
        }));
    }

    [Test]
    public void A_date_in_a_speakers_clause_or_inside_a_quoted_name_is_not_the_period()
    {
        const string text = "司长今年4月23日介绍，北京市服务业吸收外资5686亿元。神州租车9日召开“2011年度车辆采购说明会”，将投资30亿元。";

        var facts = Facts(text, E.Date(text, "今年4月23日"), E.Loc(text, "北京市"), E.Money(text, "5686亿元"),
            E.Company(text, "神州租车"), E.Date(text, "9日"), E.Date(text, "2011年度"), E.Money(text, "30亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "服务业吸收外资|北京市|5686亿元||", "投资|神州租车|30亿元||9日" }));
    }

    [Test]
    public void An_analysts_body_before_fenxi_is_no_subject_but_an_analysis_done_is_no_speakers_clause()
    {
        const string text = "中国贸促会研究院副院长赵萍分析，8月份，食品价格下降4.1%。我们对一季度的出口单价做了分析，纱线出口价格上涨27%。";

        var facts = Facts(text, E.Org(text, "中国贸促会研究院"), E.Date(text, "8月份"), E.Percent(text, "4.1%"), E.Date(text, "一季度"),
            E.Percent(text, "27%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "食品价格|||-4.1%|8月份", "纱线出口价格|||+27%|一季度" }));
    }

    [TestCase("11月末，规模以上工业企业资产总计141.07万亿元，负债合计79.57万亿元。每百元营业收入中的成本为83.72元。",
        "资产总计|141.07万亿元 负债合计|79.57万亿元 每百元营业收入中的成本|83.72元", TestName = "NBS industrial firms' balance totals and ratios")]
    [TestCase("服务进出口总额28093.6亿元；其中服务出口13373.1亿元，服务贸易逆差1347.5亿元。",
        "服务进出口总额|28093.6亿元 服务出口|13373.1亿元 服务贸易逆差|1347.5亿元", TestName = "MOFCOM trade in services")]
    [TestCase("全国地方政府债务限额为332774.3亿元，其中一般债务限额151089.22亿元。发行一般债券2480亿元。",
        "地方政府债务限额|332774.3亿元 一般债务限额|151089.22亿元 一般债券|2480亿元", TestName = "Ministry of Finance local government debt")]
    public void Release_terms_are_named_in_full(string text, string expected)
    {
        // Every amount is a MONEY entity here (百元 of 每百元 too, as the recogniser reads it): the names must not take it.
        var amounts = System.Text.RegularExpressions.Regex.Matches(text, @"(?:[0-9.]+万?亿?|百)元").Select(m => (Entity)E.Money(text, m.Value));

        var facts = Facts(text, amounts.ToArray());

        Assert.That(string.Join(" ", facts.Select(f => $"{f.Indicator}|{f.Value?.Text}")), Is.EqualTo(expected));
    }

    [Test]
    public void A_span_date_before_a_report_noun_in_a_speakers_clause_is_the_reports_period_but_a_day_is_not()
    {
        const string text = "汉王科技7月30日公布的2011年上半年业绩报告显示：公司净利润1亿元。宝钢股份2010年年报显示，公司营业收入2000亿元。"
                            + "统计局25日发布数据显示，北京市进出口增长9%。";
        var halfYear = new DateEntity(text.IndexOf("2011年上半年", StringComparison.Ordinal), 8, "2011年上半年", new DateOnly(2011, 1, 1), new DateOnly(2011, 6, 30));
        var year = new DateEntity(text.IndexOf("2010年", StringComparison.Ordinal), 5, "2010年", new DateOnly(2010, 1, 1), new DateOnly(2010, 12, 31));
        var day = new DateEntity(text.IndexOf("25日", StringComparison.Ordinal), 3, "25日", new DateOnly(2011, 7, 25), new DateOnly(2011, 7, 25));

        var facts = Facts(text, E.Company(text, "汉王科技"), E.Date(text, "7月30日"), halfYear, E.Money(text, "1亿元"), E.Company(text, "宝钢股份"), year,
            E.Money(text, "2000亿元"), E.Org(text, "统计局"), day, E.Loc(text, "北京市"), E.Percent(text, "9%"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Period?.Text}"), Is.EqualTo(new[] { "净利润|2011年上半年", "营业收入|2010年", "进出口|" }));
    }

    [Test]
    public void A_firm_that_speaks_of_its_own_report_states_its_own_figures_but_an_analyst_does_not()
    {
        const string text = "TCL集团公告显示，一季度净利润约为2.1亿元。蒙牛乳业昨日发布半年报称，主营收入达185.79亿元。中怡康统计数据显示，彩电销售额736.6亿元。";

        var facts = Facts(text, E.Company(text, "TCL集团"), E.Date(text, "一季度"), E.Money(text, "2.1亿元"), E.Company(text, "蒙牛乳业"), E.Date(text, "昨日"),
            E.Money(text, "185.79亿元"), E.Company(text, "中怡康"), E.Money(text, "736.6亿元"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Subject?.Text}"), Is.EqualTo(new[] { "净利润|TCL集团", "主营收入|蒙牛乳业", "销售额|" }));
    }

    [Test]
    public void A_purchasing_managers_index_takes_its_percentage_as_level_but_a_price_index_takes_it_as_change()
    {
        const string text = "3月份中国制造业采购经理指数为53.4%，比上月上升1.2个百分点。本月新订单指数为51.2%。\n工业生产者购进价格指数同比上涨12.74%。";

        var facts = Facts(text, E.Date(text, "3月份"), E.Loc(text, "中国"), E.Percent(text, "53.4%"), E.Percent(text, "1.2个百分点"), E.Date(text, "本月"),
            E.Percent(text, "51.2%"), E.Percent(text, "12.74%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "制造业采购经理指数|中国|53.4%|+1.2个百分点|3月份", "新订单指数|中国|51.2%||本月", "工业生产者购进价格指数|||+12.74%|",
        }));
    }

    [Test]
    public void An_organisation_before_a_colon_speaks_but_a_place_before_one_is_the_topic()
    {
        const string text = "央行：5月末M2同比增长8.3%\n长沙：数字经济增加值增长15%";

        var facts = Facts(text, E.Org(text, "央行"), E.Date(text, "5月末"), E.Percent(text, "8.3%"), E.Loc(text, "长沙"), E.Percent(text, "15%"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Subject?.Text}"), Is.EqualTo(new[] { "M2|", "增加值|长沙" }));
    }

    [Test]
    public void A_sentence_opening_with_a_bare_month_word_keeps_the_subject_but_not_the_period_of_the_statement_before()
    {
        const string text = "前三季度，广东进出口6.03万亿元，增长18.6%。当月进出口总量创历史新高，全省进出口0.78万亿元。其中，出口0.49万亿元。";

        var facts = Facts(text, E.Date(text, "前三季度"), E.Loc(text, "广东"), E.Money(text, "6.03万亿元"), E.Percent(text, "18.6%"),
            E.Money(text, "0.78万亿元"), E.Money(text, "0.49万亿元"));

        Assert.That(facts.Select(f => $"{f.Value?.Text}|{f.Subject?.Text}|{f.Period?.Text}"), Is.EqualTo(new[]
        {
            "6.03万亿元|广东|前三季度", "0.78万亿元|广东|", "0.49万亿元|广东|",
        }));
    }

    [Test]
    public void A_sector_noun_that_opens_a_clause_right_before_an_amount_is_its_indicator_but_a_holder_word_is_not()
    {
        const string text = "其中，化学药品原药制造业1178亿元，同比增长25.4%；中成药制造业1192亿元，同比增长32%；规上企业3000亿元。";

        var facts = Facts(text, E.Money(text, "1178亿元"), E.Percent(text, "25.4%"), E.Money(text, "1192亿元"), E.Percent(text, "32%"), E.Money(text, "3000亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "化学药品原药制造业||1178亿元|+25.4%|", "中成药制造业||1192亿元|+32%|" }));
    }

    [Test]
    public void A_sentence_that_breaks_the_previous_statement_down_continues_it()
    {
        const string text = "一季度，苏州规上工业总产值增长10%。规模以上工业中，大型企业产值增长9.4%。分行业看，电子产值增长8%。集成电路、新材料等产值增长20%。目前，工业投资增长3%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Loc(text, "苏州"), E.Percent(text, "10%"), E.Percent(text, "9.4%"),
            E.Percent(text, "8%"), E.Percent(text, "20%"), E.Percent(text, "3%"));

        Assert.That(facts.Select(f => $"{f.Subject?.Text}|{f.Period?.Text}"), Is.EqualTo(new[] { "苏州|一季度", "苏州|一季度", "苏州|一季度", "苏州|一季度", "|" }));
    }

    [Test]
    public void A_breakdown_clause_may_name_its_indicator_in_latin_letters()
    {
        const string text = "一季度，江苏GDP增长4.6%。从GDP总量来看，广东以28498.79亿元居第一位。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Loc(text, "江苏"), E.Percent(text, "4.6%"), E.Loc(text, "广东"), E.Money(text, "28498.79亿元"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("GDP总量|广东|28498.79亿元||一季度"));
    }

    [Test]
    public void A_sentence_that_opens_with_a_sector_and_its_change_word_continues_the_statement_before()
    {
        const string text = "分行业看，1—2月份，41个大类行业中有40个行业增加值保持同比增长。农副食品加工业增长22.8%，纺织业增长39.5%。"
                            + "2010年，机械工业增加值增长20%。大中型企业万元工业增加值耗钢量下降18.2%。";

        var facts = Facts(text, E.Date(text, "1—2月份"), E.Percent(text, "22.8%"), E.Percent(text, "39.5%"), E.Date(text, "2010年"), E.Percent(text, "20%"),
            E.Percent(text, "18.2%"));

        Assert.That(facts.Select(f => $"{f.Change?.Rate.Text}|{f.Period?.Text}"), Is.EqualTo(new[] { "22.8%|1—2月份", "39.5%|1—2月份", "20%|2010年", "18.2%|" }),
            "工业|增加值 is no sector before a change word: the 增加 opens a name");
    }

    [Test]
    public void A_topic_clause_of_a_bulletin_continues_the_statement_before()
    {
        const string text = "2021年，合肥市地区生产总值增长9.2%。工业方面，规模以上工业增加值增长18.2%。具体而言，工业投资增长10%。总体来说，社会消费品零售总额增长5%。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "合肥市"), E.Percent(text, "9.2%"), E.Percent(text, "18.2%"),
            E.Percent(text, "10%"), E.Percent(text, "5%"));

        Assert.That(facts.Select(f => $"{f.Subject?.Text}|{f.Period?.Text}"), Is.EqualTo(new[] { "合肥市|2021年", "合肥市|2021年", "合肥市|2021年", "合肥市|2021年" }));
    }

    [Test]
    public void A_negative_rate_after_a_growth_word_is_a_decrease()
    {
        const string text = "上半年，上海财政收入3795亿元，增速为-12.9%。2011年7月，工业增加值同比增长-2.0%，出口同比增长9.5%。";
        PercentEntity Rate(string part, decimal value) => new(text.IndexOf(part, StringComparison.Ordinal), part.Length, part, value, null, PercentKind.Percent);

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "上海"), E.Money(text, "3795亿元"), Rate("-12.9%", -12.9m), E.Date(text, "2011年7月"),
            Rate("-2.0%", -2.0m), Rate("9.5%", 9.5m));

        Assert.That(facts.Select(f => $"{f.Change?.Direction} {f.Change?.Rate.Text}"), Is.EqualTo(new[] { "Decrease -12.9%", "Decrease -2.0%", "Increase 9.5%" }));
    }

    [Test]
    public void A_topic_frame_gives_its_indicator_to_the_figures_of_the_clauses_after_it()
    {
        const string text = "从进口葡萄酒总额来看，2017年达到27.89亿美元，同比增长17.95%。\n从GDP总量来看，有11个省份超过万亿，其中广东以28498.79亿元居第一位。\n"
                            + "在财政收入指标中，由于受疫情影响，上海上半年仅完成3795亿元。\n从GDP同比增速来看，前三季度增长6.2%。\n从总量来看，江苏固定资产投资增长7%。\n"
                            + "在固定资产投资中，有30亿元来自银行贷款。";

        var facts = Facts(text, E.Date(text, "2017年"), E.Money(text, "27.89亿美元"), E.Percent(text, "17.95%"), E.Loc(text, "广东"),
            E.Money(text, "28498.79亿元"), E.Loc(text, "上海"), E.Date(text, "上半年"), E.Money(text, "3795亿元"), E.Date(text, "前三季度"),
            E.Percent(text, "6.2%"), E.Loc(text, "江苏"), E.Percent(text, "7%"), E.Money(text, "30亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "进口葡萄酒总额||27.89亿美元|+17.95%|2017年",
            "GDP总量|广东|28498.79亿元||",
            "财政收入|上海|3795亿元||上半年",
            "GDP|||+6.2%|前三季度",
            "固定资产投资|江苏||+7%|",
        }), "在…中 without 指标 breaks a whole down: 30亿元 is a part of the investment");
    }

    [Test]
    public void A_sentence_that_opens_with_a_list_of_sectors_paired_by_fenbie_continues_the_statement_before()
    {
        const string text = "今年1-8月，长沙市规模以上工业增加值同比增长8.5%。新能源汽车、工程机械和电子信息产业增加值分别增长60%、10%和20%。战略性新兴产业和高技术产业增加值分别增长12%和11%。";

        var facts = Facts(text, E.Date(text, "今年1-8月"), E.Loc(text, "长沙市"), E.Percent(text, "8.5%"), E.Percent(text, "60%"),
            E.Percent(text, "10%"), E.Percent(text, "20%"), E.Percent(text, "12%"), E.Percent(text, "11%"));

        Assert.That(facts, Has.Count.EqualTo(6));
        Assert.That(facts.Select(f => $"{f.Subject?.Text}|{f.Period?.Text}"), Has.All.EqualTo("长沙市|今年1-8月"));
    }

    [Test]
    public void A_field_clause_or_a_remark_marker_continues_the_statement_before()
    {
        const string text = "2021年，南京市地区生产总值增长7.5%。值得一提的是，高技术制造业增加值增长20%。在外贸领域，进出口总额增长2%。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "南京市"), E.Percent(text, "7.5%"), E.Percent(text, "20%"), E.Percent(text, "2%"));

        Assert.That(facts.Select(f => $"{f.Subject?.Text}|{f.Period?.Text}"), Has.All.EqualTo("南京市|2021年"));
    }

    [Test]
    public void The_level_a_change_starts_from_is_not_the_level_and_fillers_may_follow_a_name()
    {
        const string text = "公司注册资本从3.14亿元升至5.24亿元，占比从2015年的69.8%提高至78.5%，净亏损更是高达6.72亿元。";

        var facts = Facts(text, E.Money(text, "3.14亿元"), E.Money(text, "5.24亿元"), E.Date(text, "2015年"), E.Percent(text, "69.8%"),
            E.Percent(text, "78.5%"), E.Money(text, "6.72亿元"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Value?.Text}"), Is.EqualTo(new[] { "注册资本|5.24亿元", "占比|78.5%", "净亏损|6.72亿元" }));
    }

    [Test]
    public void Gongsi_refers_back_to_the_firm_of_the_sentence_before_even_after_a_place_topic()
    {
        const string text = "在今年中国期货业快速发展的情况下，天风期货遇到困难。半年报显示，公司上半年营业收入8405万元。";

        var facts = Facts(text, E.Date(text, "今年"), E.Loc(text, "中国"), E.Company(text, "天风期货"), E.Date(text, "上半年"), E.Money(text, "8405万元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "营业收入|天风期货|8405万元||上半年" }));
    }

    [Test]
    public void Figures_joined_by_he_pair_with_the_items_before_them_without_fenbie()
    {
        const string text = "同期，加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%。";

        var facts = Facts(text, E.Money(text, "10293亿元"), E.Money(text, "3544.9亿元"), E.Percent(text, "1.9%"), E.Percent(text, "38.4%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "加工贸易||10293亿元|+1.9%|", "保税物流进出口||3544.9亿元|+38.4%|" }));
    }

    [Test]
    public void A_bracketed_note_may_stand_inside_the_whole_of_a_share_or_after_it()
    {
        const string text = "保障房施工面积占住宅(含商品房)施工面积的46.78%，机电产品占出口总值的（下同）65.9%。";

        var facts = Facts(text, E.Percent(text, "46.78%"), E.Percent(text, "65.9%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "占住宅(含商品房)施工面积||46.78%||", "占出口总值||65.9%||" }));
    }

    [Test]
    public void The_gufen_of_a_firms_name_is_no_stake()
    {
        const string text = "鞍钢股份A股下跌2.09%，宝钢股份是100%依赖海外矿，紫金矿业持有股份30%。";

        var facts = Facts(text, E.Percent(text, "2.09%"), E.Percent(text, "100%"), E.Company(text, "紫金矿业"), E.Percent(text, "30%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "股份|紫金矿业|30%||" }));
    }

    [Test]
    public void A_place_right_before_a_firm_qualifies_it_and_a_name_before_jihua_names_no_quantity()
    {
        const string text = "美国雅培公司将在嘉兴投资2.3亿美元。股权激励计划的价格不低于均价的50%。";

        var facts = Facts(text, E.Loc(text, "美国"), E.Company(text, "雅培公司"), E.Loc(text, "嘉兴"), E.Money(text, "2.3亿美元"), E.Percent(text, "50%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "投资|雅培公司|2.3亿美元||" }));
    }

    [Test]
    public void A_measure_noun_without_a_figure_after_it_names_no_indicator()
    {
        const string text = "产品价格保持稳定，资金主要用于研发，营业收入5亿元。";

        var facts = Facts(text, E.Money(text, "5亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "营业收入||5亿元||" }));
    }

    [TestCase("中关村高新区产业规模占到了全国的17%。", "17%", TestName = "a share of a scope alone (占全国)")]
    [TestCase("宁德GDP增速高于全省平均水平（4.6%）。", "4.6%", TestName = "a bracketed reference figure")]
    [TestCase("美的与西门子的市场份额仅相差不到5个百分点。", "5个百分点", TestName = "points are no level of a share")]
    public void No_fact_is_made_of(string text, string figure)
    {
        Assert.That(Facts(text, E.Percent(text, figure)), Is.Empty);
    }

    [Test]
    public void The_verb_makes_no_share()
    {
        const string text = "博西在无锡占有60%的股份。";

        Assert.That(Facts(text, E.Percent(text, "60%")).Select(f => f.Indicator), Is.EqualTo(new[] { "股份" }), "the stake is a fact, 占有 is not");
    }

    [Test]
    public void A_place_after_a_locative_is_no_subject_and_the_topic_is_looked_for_after_a_colon()
    {
        const string text = "盘点福建各地：首钢集团将在漳州投资50亿元。";

        var facts = Facts(text, E.Loc(text, "福建"), E.Company(text, "首钢集团"), E.Loc(text, "漳州"), E.Money(text, "50亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "投资|首钢集团|50亿元||" }));
    }

    [Test]
    public void A_sentence_opening_with_an_indicator_continues_the_previous_one()
    {
        const string text = "2021年，国家高新区营业收入48万亿元，同比增长12%。利润总额4.2万亿元，同比增长17%。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Zone(text, "国家高新区"), E.Money(text, "48万亿元"), E.Percent(text, "12%"),
            E.Money(text, "4.2万亿元"), E.Percent(text, "17%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("利润总额|国家高新区|4.2万亿元|+17%|2021年"));
    }

    [Test]
    public void A_date_with_of_right_after_it_is_still_the_period()
    {
        const string text = "从1-8月的数值看，江苏省一般贸易进出口18727.3亿元。";

        var facts = Facts(text, E.Date(text, "1-8月"), E.Loc(text, "江苏省"), E.Money(text, "18727.3亿元"));

        Assert.That(facts.Single().Period?.Text, Is.EqualTo("1-8月"));
    }

    [Test]
    public void A_change_clause_may_open_with_a_qualifier_and_a_growth_rates_level_is_its_change()
    {
        const string text = "天风期货净利润408.42万元，同比大幅减少69.27%；宁德的增速仍然领先，达到9.6%，比全省平均水平高出了5个百分点。";

        var facts = Facts(text, E.Company(text, "天风期货"), E.Money(text, "408.42万元"), E.Percent(text, "69.27%"), E.Loc(text, "宁德"),
            E.Percent(text, "9.6%"), E.Percent(text, "5个百分点"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "净利润|天风期货|408.42万元|-69.27%|", "增速|宁德||+9.6%|" }));
    }

    [Test]
    public void A_clause_that_names_what_changed_is_an_indicator_but_a_further_rate_is_not()
    {
        const string text = "前5月，兰州烟酒及用品类上涨5.3%，医疗保健和个人用品上涨2%，两年平均增长1.5%。";

        var facts = Facts(text, E.Date(text, "前5月"), E.Loc(text, "兰州"), E.Percent(text, "5.3%"), E.Percent(text, "2%"), E.Percent(text, "1.5%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "烟酒及用品类|兰州||+5.3%|前5月", "医疗保健和个人用品|兰州||+2%|前5月" }));
    }

    [Test]
    public void The_name_is_no_share_of_a_whole()
    {
        const string text = "深发展贷款余额市场占比达到10%。";

        Assert.That(Facts(text, E.Company(text, "深发展"), E.Percent(text, "10%")).Select(Show), Is.EqualTo(new[] { "占比|深发展|10%||" }));
    }

    [Test]
    public void An_indicator_without_a_figure_is_no_fact()
    {
        const string text = "重庆高新区地区生产总值稳步增长，营业收入达到两位数。";

        Assert.That(Facts(text, E.Zone(text, "重庆高新区")), Is.Empty);
    }

    [Test]
    public void A_level_after_a_clause_with_its_own_head_goes_to_the_indicator_right_before_it()
    {
        // the head draft of 医疗保健 is made while the figures are read; 100亿元 still belongs to 社会消费品零售总额
        const string text = "工业增加值增长5%，医疗保健上涨2%，社会消费品零售总额100亿元。";

        var facts = Facts(text, E.Percent(text, "5%"), E.Percent(text, "2%"), E.Money(text, "100亿元"));

        Assert.That(facts.Select(Show), Does.Contain("社会消费品零售总额||100亿元||"));
    }

    [Test]
    public void A_source_cue_in_the_previous_paragraph_does_not_disqualify_the_subject()
    {
        const string text = "根据统计\n苏州工业园区实现地区生产总值100亿元。";

        var facts = Facts(text, E.Zone(text, "苏州工业园区"), E.Money(text, "100亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "地区生产总值|苏州工业园区|100亿元||" }));
    }

    [Test]
    public void The_gongsi_of_a_company_name_is_no_anaphor()
    {
        const string text = "今年1-9月，南宁高新区地区生产总值增长5%。华为技术有限公司营业收入增长9%。";

        var facts = Facts(text, E.Date(text, "今年1-9月"), E.Zone(text, "南宁高新区"), E.Percent(text, "5%"),
            E.Company(text, "华为技术有限公司"), E.Percent(text, "9%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("营业收入|华为技术有限公司||+9%|"));
    }

    [Test]
    public void Many_blank_lines_between_paragraphs_keep_them_apart()
    {
        var text = "今年1-9月，南宁高新区地区生产总值增长5%。" + string.Concat(Enumerable.Repeat("\n \n", 2000)) + "工业投资增长3%。";

        var facts = Facts(text, E.Date(text, "今年1-9月"), E.Zone(text, "南宁高新区"), E.Percent(text, "5%"), E.Percent(text, "3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "地区生产总值|南宁高新区||+5%|今年1-9月", "工业投资|||+3%|" }));
    }

    [Test]
    public void An_amount_after_a_change_word_is_the_level_of_the_increment()
    {
        const string text = "5月份，人民币贷款增加1.5万亿元，外币贷款增加139亿美元。";

        var facts = Facts(text, E.Date(text, "5月份"), E.Money(text, "1.5万亿元"), E.Money(text, "139亿美元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "人民币贷款||1.5万亿元||5月份", "外币贷款||139亿美元||5月份" }));
    }

    [TestCase("上半年，通用设备制造业、电气机械和器材制造业、仪器仪表制造业增加值同比分别增长27.7%、25.1%和23.0%。", "增加值")]
    [TestCase("上半年，通用设备制造业、电气机械和器材制造业、仪器仪表制造业增加值同比增速分别为27.7%、25.1%和23.0%。", "增速")]
    public void A_respective_list_keeps_items_joined_by_and_and_its_shared_name_before_tongbi(string text, string shared)
    {

        var facts = Facts(text, E.Date(text, "上半年"), E.Percent(text, "27.7%"), E.Percent(text, "25.1%"), E.Percent(text, "23.0%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "电气机械和器材制造业|||+25.1%|上半年",
            "仪器仪表制造业|||+23.0%|上半年",
            shared + "|||+27.7%|上半年",
        }));
    }

    [Test]
    public void A_sentence_opening_with_a_body_and_its_indicator_takes_the_period_before()
    {
        const string text = "2021年，东莞工业生产基础稳固，总量突破5000亿元。东莞工业五大支柱产业增加值3295.26亿元，增长9.1%。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "东莞"), E.Money(text, "5000亿元"), E.Loc(text, "东莞", 2),
            E.Money(text, "3295.26亿元"), E.Percent(text, "9.1%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("工业五大支柱产业增加值|东莞|3295.26亿元|+9.1%|2021年"));
    }

    [Test]
    public void A_percentage_change_after_a_share_is_the_change_of_the_amount_before_it()
    {
        const string text = "上半年，杭州数字经济核心产业增加值2306亿元，占GDP的26.7%，同比增长16.7%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "杭州"), E.Money(text, "2306亿元"), E.Percent(text, "26.7%"), E.Percent(text, "16.7%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "数字经济核心产业增加值|杭州|2306亿元|+16.7%|上半年", "占GDP|杭州|26.7%||上半年" }));
    }

    [Test]
    public void A_date_joined_to_a_comparison_period_is_a_comparison_too()
    {
        const string text = "5月末，M1余额61.68万亿元，增速分别比上月末和上年同期低0.1个和0.7个百分点；M0余额8.42万亿元。";

        var facts = Facts(text, E.Date(text, "5月末"), E.Money(text, "61.68万亿元"), E.Date(text, "上月末"), E.Date(text, "上年同期"),
            E.Percent(text, "0.1个"), E.Percent(text, "0.7个百分点"), E.Money(text, "8.42万亿元"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("余额||8.42万亿元||5月末"));
    }

    [Test]
    public void An_anaphor_refers_past_a_sentence_that_names_no_place()
    {
        const string text = "福建外贸在一季度迎来开门红后曾短暂受挫。受疫情影响，4月外贸增速出现下滑。尤其是6月，全省进出口2212亿元，增长38.3%。";

        var facts = Facts(text, E.Loc(text, "福建"), E.Date(text, "一季度"), E.Date(text, "4月"), E.Date(text, "6月"),
            E.Money(text, "2212亿元"), E.Percent(text, "38.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "进出口|福建|2212亿元|+38.3%|6月" }));
    }

    [Test]
    public void A_place_anaphor_refers_past_a_firm_to_the_place_named_before()
    {
        const string text = "江苏是光伏大省。华盛天龙在境外上市。2010年全省光伏产业实现产值1988亿元，同比增长81%。";

        var facts = Facts(text, E.Loc(text, "江苏"), E.Company(text, "华盛天龙"), E.Date(text, "2010年"), E.Money(text, "1988亿元"), E.Percent(text, "81%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "产值|江苏|1988亿元|+81%|2010年" }));
    }

    [Test]
    public void A_place_anaphor_does_not_refer_to_a_body()
    {
        const string text = "4月18日，交通运输部组织检查。全市高速公路投入养护经费32亿元。";

        var facts = Facts(text, E.Date(text, "4月18日"), E.Org(text, "交通运输部"), E.Money(text, "32亿元"));

        Assert.That(facts.Single().Subject, Is.Null);
    }

    [Test]
    public void A_count_named_from_its_shape_takes_the_change_after_its_number()
    {
        const string text = "2021年，东莞全市工商登记注册户数146.34万户，同比增长9.1%。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "东莞"), E.Percent(text, "9.1%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "工商登记注册户数|东莞||+9.1%|2021年" }));
    }

    [Test]
    public void Shangpin_qualifies_a_real_estate_name_that_then_opens_a_continuing_sentence()
    {
        const string text = "1~5月，兰州市房地产开发完成投资36.71亿元。商品房屋新开工面积202.21万平方米，同比增长17.82%。";

        var facts = Facts(text, E.Date(text, "1~5月"), E.Loc(text, "兰州市"), E.Money(text, "36.71亿元"), E.Percent(text, "17.82%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("商品房屋新开工面积|兰州市||+17.82%|1~5月"));
    }

    [Test]
    public void A_sentence_that_names_nothing_passes_the_topic_on()
    {
        const string text = "一季度，苏州高技术制造业产值增长12.8%。高技术产品较快增长。其中，集成电路产量增长20%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Loc(text, "苏州"), E.Percent(text, "12.8%"), E.Percent(text, "20%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("集成电路产量|苏州||+20%|一季度"));
    }

    [Test]
    public void A_respective_list_summed_up_by_a_count_shares_its_growth_rate()
    {
        const string text = "1~5月，兰州批发业、零售业、住宿业三大行业销售额、营业额增速分别为42.1%、22.1%、23.3%。";

        var facts = Facts(text, E.Date(text, "1~5月"), E.Loc(text, "兰州"), E.Percent(text, "42.1%"), E.Percent(text, "22.1%"), E.Percent(text, "23.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "零售业|兰州||+22.1%|1~5月",
            "住宿业|兰州||+23.3%|1~5月",
            "增速|兰州||+42.1%|1~5月",
        }));
    }

    [Test]
    public void A_breakdown_reaches_past_a_sentence_that_gives_no_period_or_subject()
    {
        const string text = "一季度，苏州规模以上工业总产值增长9.6%。电子信息、装备制造和生物医药三大产业集群产值同比增长10.8%。规模以上工业中，大型企业产值增长9.4%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Loc(text, "苏州"), E.Percent(text, "9.6%"), E.Percent(text, "10.8%"), E.Percent(text, "9.4%"));

        Assert.That((facts[^1].Change?.Rate.Text, facts[^1].Subject?.Text, facts[^1].Period?.Text), Is.EqualTo(("9.4%", "苏州", "一季度")));
    }

    [Test]
    public void A_firm_anaphor_refers_to_the_firm_of_a_speakers_clause_before_it()
    {
        const string text = "6月25日，宁德时代与多方签署的参与投资绿色基金合伙企业公告显示，公司将出资1亿元，占比6.86%。";

        var facts = Facts(text, E.Date(text, "6月25日"), E.Company(text, "宁德时代"), E.Company(text, "绿色基金合伙企业"), E.Money(text, "1亿元"),
            E.Percent(text, "6.86%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "出资|宁德时代|1亿元||6月25日", "占比|宁德时代|6.86%||6月25日" }));
    }

    [TestCase("，较同期全国增速高24个百分点。", TestName = "a clause that opens with the comparison")]
    [TestCase("，增幅比全国高24个百分点。", TestName = "a gap word after a comparison in the clause")]
    [TestCase("，超过全国进出口增幅24个百分点。", TestName = "a clause that opens with a reference word, even with a change word")]
    [TestCase("，增速高于全市水平24个百分点。", TestName = "a comparative reference word before the figure in its clause")]
    public void A_gap_after_a_comparison_makes_no_fact(string gap)
    {
        var text = "6月，全省进出口2212亿元，增长38.3%" + gap;

        var facts = Facts(text, E.Date(text, "6月"), E.Money(text, "2212亿元"), E.Percent(text, "38.3%"), E.Percent(text, "24个百分点"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "进出口||2212亿元|+38.3%|6月" }));
    }

    [TestCase("股价从4.32元/股起步，一个多月的时间里上涨近六成。", "六成", TestName = "a time phrase (的时间里)")]
    [TestCase("其中品位调价以前一半年度进口铁精矿加权平均品位为基准，铁精矿品位每上升或下降一个百分点，价格上调或下调10元/吨。", "一个百分点", TestName = "a pricing rule (每…或)")]
    public void A_clause_opening_that_is_no_name_makes_no_fact(string text, string figure)
    {
        Assert.That(Facts(text, E.Percent(text, figure)), Is.Empty);
    }

    [TestCase("前三季度，佛山外贸进出口总值达4757.9亿元，同比增长37.6%，高于同期全省18.6%的增速。", "37.6%", "18.6%", TestName = "a figure before 的增速 after 高于")]
    [TestCase("深圳上半年GDP为1.5万亿元，同比增长3%，增速高于深圳今年第一季度的2%。", "3%", "2%", TestName = "a figure after 的 after 高于")]
    [TestCase("滴水湖核心片区规划水面率达到17.3%，远高于全市10.5%的平均水平。", "17.3%", "10.5%", TestName = "a figure before 的平均水平 after 远高于")]
    [TestCase("一季度浙江省GDP同比增长19.5%，增速仅次于湖北省的58.3%。", "19.5%", "58.3%", TestName = "a figure after 的 after 仅次于")]
    public void A_figure_compared_with_makes_no_fact(string text, string stated, string compared)
    {
        var facts = Facts(text, E.Percent(text, stated), E.Percent(text, compared));

        Assert.That(facts.Select(f => f.Change?.Rate.Text ?? f.Value?.Text), Is.EqualTo(new[] { stated }));
    }

    [Test]
    public void A_sentence_opening_with_tebieshi_continues_the_one_before()
    {
        const string text = "上半年，深圳固定资产投资同比增长14.7%。特别是工业投资，增势强劲，增长达50.8%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "深圳"), E.Percent(text, "14.7%"), E.Percent(text, "50.8%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("工业投资|深圳||+50.8%|上半年"));
    }

    [Test]
    public void A_date_after_zai_between_the_indicator_and_its_figure_is_the_period()
    {
        const string text = "深圳GDP在2021年突破3万亿元，比2019年同期增长20%。";

        var facts = Facts(text, E.Loc(text, "深圳"), E.Date(text, "2021年"), E.Money(text, "3万亿元"), E.Date(text, "2019年"), E.Percent(text, "20%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "GDP|深圳|3万亿元|+20%|2021年" }));
    }

    [Test]
    public void A_date_right_after_the_indicator_is_its_period_but_not_a_comparison_base()
    {
        const string text = "深圳GDP去年达到30664.85亿元。招商银行营业收入2021年为3312.53亿元。\n苏州规上工业总产值2021年同期增长9.6%。";

        var facts = Facts(text, E.Loc(text, "深圳"), E.Date(text, "去年"), E.Money(text, "30664.85亿元"), E.Company(text, "招商银行"),
            E.Date(text, "2021年"), E.Money(text, "3312.53亿元"), E.Loc(text, "苏州"), E.Date(text, "2021年", 2), E.Percent(text, "9.6%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "GDP|深圳|30664.85亿元||去年", "营业收入|招商银行|3312.53亿元||2021年", "规上工业总产值|苏州||+9.6%|" }));
    }

    [Test]
    public void A_rate_after_you_is_where_the_change_started_and_zhuanwei_leads_to_the_stated_one()
    {
        const string text = "4月，综合能源消费量53.2万吨标准煤，由去年同期下降5.0%转为增长21.5%。";

        var facts = Facts(text, E.Date(text, "4月"), E.Percent(text, "5.0%"), E.Percent(text, "21.5%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "综合能源消费量|||+21.5%|4月" }));
    }

    [TestCase("该公司利息净收入为9.6亿元，同比增长25%。", "9.6亿元", "利息净收入", TestName = "a securities firm's income statement line (利息净收入)")]
    [TestCase("公司交易性金融资产达到472.5亿元。", "472.5亿元", "交易性金融资产", TestName = "a balance sheet line (交易性金融资产)")]
    [TestCase("2022年1月，全国实际使用外资金额1022.8亿元。", "1022.8亿元", "实际使用外资金额", TestName = "MOFCOM's full term (实际使用外资金额)")]
    [TestCase("1-4月，全市规模以上工业电力消费39.07亿元。", "39.07亿元", "规模以上工业电力消费", TestName = "an energy consumption by kind (电力消费)")]
    public void Names_of_report_lines_and_releases_are_indicators(string text, string money, string indicator)
    {
        Assert.That(Facts(text, E.Money(text, money)).Select(f => f.Indicator), Is.EqualTo(new[] { indicator }));
    }

    [TestCase("前三季度，深圳第二产业增加值占GDP的比重为36.1%。", "36.1%", "占GDP的比重", TestName = "the share noun ends the share (为 after it)")]
    [TestCase("先进制造业增加值更是占规上工业的比重达到了58.8%。", "58.8%", "占规上工业的比重", TestName = "the share noun ends the share (达到了 after it)")]
    [TestCase("制造业是深圳的支柱产业之一，占GDP比重超过30%。", "30%", "占GDP比重", TestName = "the share noun ends the share (超过 after it)")]
    [TestCase("鞍钢集团2010年共生产铁精粉1560万吨，只占公司矿石总需求的 48%。", "48%", "占公司矿石总需求", TestName = "a layout space before the figure")]
    public void A_share_ends_with_its_share_noun(string text, string figure, string share)
    {
        Assert.That(Facts(text, E.Percent(text, figure)).Select(f => f.Indicator), Does.Contain(share));
    }

    [TestCase("国家级经开区实际使用外资432亿美元，占全国实际使用外资金额总量的23%。", "23%", "占全国实际使用外资金额总量", TestName = "a whole of 12 ideographs and 的")]
    [TestCase("一般贸易出口339.8万台，占同期关区金属加工机床出口总量的90.3%。", "90.3%", "占同期关区金属加工机床出口总量", TestName = "a whole of 14 ideographs")]
    [TestCase("47家经开区实际利用外资318亿美元，占全部国家级经济开发区实际利用外资总额的52%。", "52%", "占全部国家级经济开发区实际利用外资总额", TestName = "a whole of 18 ideographs")]
    public void A_share_may_name_a_long_statistical_whole(string text, string figure, string share)
    {
        Assert.That(Facts(text, E.Percent(text, figure)).Select(f => f.Indicator), Does.Contain(share));
    }

    [Test]
    public void A_repeated_name_the_recognisers_left_unlabelled_is_the_subject_as_its_labelled_mention()
    {
        const string text = "第一经济大省广东一直是重要风向标。广东省统计局发布的数据显示，2021年前三季度广东地区生产总值为88009.86亿元。";
        var guangdong = E.Loc(text, "广东");

        var facts = Facts(text, guangdong, E.Org(text, "广东省统计局"), E.Date(text, "2021年前三季度"), E.Money(text, "88009.86亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "地区生产总值|广东|88009.86亿元||2021年前三季度" }));
        Assert.That(facts[0].Subject, Is.SameAs(guangdong));
    }

    [TestCase("深圳发布数据。深圳市地区生产总值为1.5万亿元。", "深圳", TestName = "a place suffix makes a longer name (深圳市)")]
    [TestCase("欧曼发布数据。欧曼GTL工厂总投资为1.5万亿元。", "欧曼", TestName = "a Latin letter makes a product's name (欧曼GTL)")]
    public void A_name_followed_by_more_of_a_name_is_no_repeated_mention(string text, string name)
    {
        var facts = Facts(text, E.Company(text, name), E.Money(text, "1.5万亿元"));

        Assert.That(facts.Select(f => f.Subject), Is.EqualTo(new Entity?[] { null }));
    }

    [TestCase("今年以来，鄞州区坚持创新驱动。1-9月，完成固定资产投资300亿元，增长12%。", "1-9月", TestName = "after its date (1-9月，完成…)")]
    [TestCase("今年以来，鄞州区坚持创新驱动。上半年实现营业收入300亿元，增长12%。", "上半年", TestName = "right after its date (上半年实现…)")]
    public void A_sentence_that_opens_with_a_statement_verb_takes_the_subject_before(string text, string period)
    {
        var facts = Facts(text, E.Date(text, "今年以来"), E.Loc(text, "鄞州区"), E.Date(text, period), E.Money(text, "300亿元"), E.Percent(text, "12%"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "鄞州区" }));
    }

    [TestCase("截至5月底，已完成投资300亿元，增长12%。", "5月底", "石化新城", TestName = "after a cut-off date and 已 (截至5月底，已完成…)")]
    [TestCase("1-9月，园区实现营业收入300亿元，增长12%。", "1-9月", "石化新城", TestName = "after a zone's bare class noun (1-9月，园区实现…)")]
    [TestCase("1-9月，园区基础设施累计完成投资300亿元，增长12%。", "1-9月", "石化新城", TestName = "a zone's bare class noun before its indicator")]
    [TestCase("1-9月，园区外的抚顺市完成投资300亿元，增长12%。", "1-9月", "抚顺市", TestName = "not a class noun before a body of the sentence")]
    public void A_sentence_without_a_subject_of_its_own_takes_the_zone_before(string second, string period, string subject)
    {
        var text = "石化新城今年投资20亿元推进基础设施建设。" + second;
        Entity[] place = second.Contains("抚顺市") ? [E.Loc(text, "抚顺市")] : [];

        var facts = Facts(text, [E.Zone(text, "石化新城"), E.Date(text, "今年"), E.Money(text, "20亿元"), E.Date(text, period), .. place, E.Money(text, "300亿元"),
            E.Percent(text, "12%")]);

        Assert.That(facts.Select(f => f.Subject?.Text).Last(), Is.EqualTo(subject));
    }

    [TestCase("3月，规上工业增加值增长8.1%。", "3月", TestName = "after its own date")]
    [TestCase("3月当月，规上工业增加值增长8.1%。", "3月", TestName = "after its own date stressed as one month's (3月当月)")]
    public void A_sentence_that_opens_with_its_date_and_an_indicator_takes_the_subject_before_and_keeps_its_period(string second, string period)
    {
        var text = "一季度，厦门火炬高新区规上工业增加值同比增长12.5%。" + second;

        var facts = Facts(text, E.Date(text, "一季度"), E.Zone(text, "厦门火炬高新区"), E.Percent(text, "12.5%"), E.Date(text, period), E.Percent(text, "8.1%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("规上工业增加值|厦门火炬高新区||+8.1%|3月"));
    }

    [TestCase("上述项目")]
    [TestCase("这些项目")]
    public void Projects_referred_back_to_take_the_subject_before(string anaphor)
    {
        var text = "今年贵阳市在建重点工程37个，总投资467.58亿元。截至3月底，" + anaphor + "累计完成投资157.35亿元。";

        var facts = Facts(text, E.Date(text, "今年"), E.Loc(text, "贵阳市"), E.Money(text, "467.58亿元"), E.Date(text, "3月底"), E.Money(text, "157.35亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text).Last(), Is.EqualTo("贵阳市"));
    }

    [TestCase("上半年，宁波、温州、绍兴GDP分别为6865亿元、3627亿元和3245亿元。", "宁波", TestName = "a list right before the indicator")]
    [TestCase("上半年，福州（不含平潭）、龙岩、厦门GDP分别为6865亿元、3627亿元和3245亿元。", "福州", TestName = "a list with a bracketed note on its first body")]
    [TestCase("上半年，深圳和广州的GDP分别为6865亿元和3627亿元。", "深圳", TestName = "two bodies joined by 和, then 的")]
    [TestCase("上半年，湖北GDP为4000亿元；宁波、温州紧随其后，GDP分别为6865亿元和3627亿元。", "宁波", TestName = "a list that opens the ；-item")]
    [TestCase("宁波、温州、绍兴上半年GDP分别为6865亿元、3627亿元和3245亿元。", "宁波", TestName = "a list, then the period it shares, then the indicator")]
    [TestCase("另外，深圳和广州上半年GDP分别为6865亿元和3627亿元。", "深圳", TestName = "two bodies joined by 和, then the period they share")]
    [TestCase("另外，深圳和广州上半年的GDP分别为6865亿元和3627亿元。", "深圳", TestName = "two bodies, the period they share, then 的")]
    public void The_first_body_of_a_list_that_分别_pairs_with_its_figures_is_the_subject_of_the_first(string text, string subject)
    {
        var bodies = new[] { "宁波", "温州", "绍兴", "福州", "平潭", "龙岩", "厦门", "深圳", "广州", "湖北", "日本", "欧洲" }.Where(text.Contains);

        var facts = Facts(text, [E.Date(text, "上半年"), E.Money(text, "6865亿元"), .. bodies.Select(b => E.Loc(text, b)),
            .. text.Contains("3245亿元") ? [E.Money(text, "3245亿元")] : Array.Empty<Entity>(), E.Money(text, "3627亿元"),
            .. text.Contains("4000亿元") ? [E.Money(text, "4000亿元")] : Array.Empty<Entity>()]);

        Assert.That(facts.First(f => f.Value?.Text == "6865亿元").Subject?.Text ?? "", Is.EqualTo(subject));
    }

    [Test]
    public void A_later_body_of_a_分别_list_has_its_fact_on_the_verb()
    {
        // The shared name is a free one (手机销量) that 分别 separates from its change word.
        const string text = "今年第一季度，中兴和华为手机销量分别同比增长61%和34%。";

        var facts = Facts(text, E.Date(text, "今年第一季度"), E.Company(text, "中兴"), E.Company(text, "华为"), E.Percent(text, "61%"), E.Percent(text, "34%"));

        Assert.That(facts.Select(f => (f.Indicator, f.Subject?.Text, f.Change?.Rate.Text)),
            Is.EqualTo(new[] { ("手机销量", "中兴", "61%"), ("增长", "华为", "34%") }));
    }

    [Test]
    public void Two_later_bodies_of_a_分别_list_have_their_facts_on_分别_and_on_the_verb()
    {
        const string text = "上半年，宁波、温州、绍兴GDP分别为6865亿元、3627亿元和3245亿元。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "宁波"), E.Loc(text, "温州"), E.Loc(text, "绍兴"),
            E.Money(text, "6865亿元"), E.Money(text, "3627亿元"), E.Money(text, "3245亿元"));

        Assert.That(facts.Select(f => (f.Indicator, f.Subject?.Text, f.Value?.Text)),
            Is.EqualTo(new[] { ("GDP", "宁波", "6865亿元"), ("分别", "温州", "3627亿元"), ("为", "绍兴", "3245亿元") }));
    }

    [Test]
    public void A_list_of_bodies_before_a_growth_word_keeps_the_measured_name_for_the_first()
    {
        const string text = "上半年，福州、龙岩、厦门固定资产投资增速分别为12.4%、12.0%和11.5%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "福州"), E.Loc(text, "龙岩"), E.Loc(text, "厦门"),
            E.Percent(text, "12.4%"), E.Percent(text, "12.0%"), E.Percent(text, "11.5%"));

        Assert.That(facts.Select(f => (f.Indicator, f.Subject?.Text, f.Change?.Rate.Text)),
            Is.EqualTo(new[] { ("固定资产投资", "福州", "12.4%"), ("分别", "龙岩", "12.0%"), ("为", "厦门", "11.5%") }));
    }

    [TestCase("今年二季度，苹果公司占据全球智能机市场19.1%的份额。", "份额")]
    [TestCase("今年二季度，苹果公司占有全球智能机市场19.1%的市场份额。", "市场份额")]
    public void A_share_noun_after_the_figure_names_the_share(string text, string indicator)
    {
        var facts = Facts(text, E.Date(text, "今年二季度"), E.Company(text, "苹果公司"), E.Percent(text, "19.1%"));

        Assert.That(facts.Select(f => (f.Indicator, f.Subject?.Text, f.Value?.Text)), Is.EqualTo(new[] { (indicator, "苹果公司", "19.1%") }));
    }

    [Test]
    public void Items_that_each_name_the_measure_share_no_name()
    {
        const string text = "带皮核桃的价格和山核桃仁的价格分别上涨43%和38%。";

        var facts = Facts(text, E.Percent(text, "43%"), E.Percent(text, "38%"));

        Assert.That(facts.Select(f => (f.Indicator, f.Change?.Rate.Text)), Is.EqualTo(new[] { ("带皮核桃的价格", "43%"), ("山核桃仁的价格", "38%") }));
    }

    [TestCase("二季度末，126只基金合计持有贵州茅台11.88%的流通股，持股市值达到238亿元。")]
    [TestCase("二季度末，重仓贵州茅台的基金持股市值达到238亿元。")]
    public void A_firm_whose_shares_are_held_is_no_subject(string text)
    {
        var facts = Facts(text, [E.Date(text, "二季度末"), E.Company(text, "贵州茅台"), E.Money(text, "238亿元"),
            .. text.Contains("11.88%") ? [E.Percent(text, "11.88%")] : Array.Empty<Entity>()]);

        Assert.That(facts.Single(f => f.Value?.Text == "238亿元").Subject, Is.Null);
    }

    [TestCase("截至今年一季度末，贵州茅台的销售毛利率为90.71%，远高于行业中的其他企业，行业平均销售毛利率为57.31%。")]
    [TestCase("截至今年一季度末，贵州茅台的销售毛利率为90.71%，而行业毛利率为57.31%。")]
    public void An_industry_figure_compared_with_a_firms_is_not_the_firms(string text)
    {
        var facts = Facts(text, E.Date(text, "今年一季度末"), E.Company(text, "贵州茅台"), E.Percent(text, "90.71%"), E.Percent(text, "57.31%"));

        Assert.That(facts.Select(f => (f.Value?.Text, f.Subject?.Text)), Is.EqualTo(new[] { ("90.71%", "贵州茅台"), ("57.31%", (string?)null) }));
    }

    [Test]
    public void A_list_of_the_other_party_before_分别_gives_no_subject_of_its_own()
    {
        const string text = "上半年，向日本和欧洲出口的IT产品金额分别为6865亿元和3627亿元。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "日本"), E.Loc(text, "欧洲"), E.Money(text, "6865亿元"), E.Money(text, "3627亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Has.None.EqualTo("日本"));
    }

    [TestCase("名义增长")]
    [TestCase("实际增长")]
    public void Nominal_and_real_growth_are_the_change_of_the_indicator_before(string growth)
    {
        var text = "2021年前11月，重庆实现社会消费品零售总额12746.63亿元，" + growth + "20.3%。";

        var facts = Facts(text, E.Date(text, "2021年前11月"), E.Loc(text, "重庆"), E.Money(text, "12746.63亿元"), E.Percent(text, "20.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "社会消费品零售总额|重庆|12746.63亿元|+20.3%|2021年前11月" }));
    }

    [TestCase("扣除价格因素实际增长4.1%")]
    [TestCase("剔除留抵退税因素后增长4.1%")]
    public void The_same_figure_computed_another_way_makes_no_indicator_of_its_clause(string clause)
    {
        var text = "上半年，西湖区一般公共预算收入52.3亿元，同比增长6.5%，" + clause + "。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "西湖区"), E.Money(text, "52.3亿元"), E.Percent(text, "6.5%"), E.Percent(text, "4.1%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "一般公共预算收入|西湖区|52.3亿元|+6.5%|上半年" }));
    }

    [TestCase("对于")]
    [TestCase("关于")]
    public void A_body_after_a_preposition_of_topic_is_whose_the_figure_is(string preposition)
    {
        var text = preposition + "中国联通，截止到第三季度，其覆盖城市达到339个，县级城市的覆盖比例达到95%。";

        var subjects = Facts(text, E.Company(text, "中国联通"), E.Date(text, "第三季度"), E.Percent(text, "95%")).Select(f => f.Subject?.Text);

        Assert.That(subjects, Is.EqualTo(new[] { "中国联通" }));
    }

    [TestCase("工业生产较快增长，规上工业增加值增长10%。", "柳州", TestName = "a summary clause before the indicator carries on the statement")]
    [TestCase("受疫情影响，规上工业增加值增长10%。", "", TestName = "a clause that sums up no trend does not")]
    public void A_sentence_that_opens_with_a_summary_clause_and_an_indicator_continues(string second, string subject)
    {
        var text = "今年前三季度，柳州经济运行稳中向好。" + second;

        var facts = Facts(text, E.Date(text, "今年前三季度"), E.Loc(text, "柳州"), E.Percent(text, "10%"));

        Assert.That(facts.Select(f => f.Subject?.Text ?? ""), Is.EqualTo(new[] { subject }));
    }

    [TestCase("1-4月，服装类零售额同比增长28.7%。", "服装类零售额", TestName = "a goods category ending in 类 qualifies the name")]
    [TestCase("1-5月份，衣着类商品零售额同比增长23.5%。", "衣着类商品零售额", TestName = "a goods category before 商品 qualifies the name")]
    [TestCase("1-4月，这类零售额同比增长28.7%。", "零售额", TestName = "a demonstrative before 类 is no category")]
    public void A_category_of_goods_ending_in_类_belongs_to_the_indicator(string text, string indicator)
    {
        var facts = Facts(text, E.Date(text, text[..text.IndexOf('，')]), E.Percent(text, text[(text.LastIndexOf('长') + 1)..^1]));

        Assert.That(facts.Select(f => f.Indicator), Is.EqualTo(new[] { indicator }));
    }

    [Test]
    public void An_investor_after_由_is_the_subject_of_its_project_over_a_zone_before_the_indicator()
    {
        const string text = "记者获悉，由富士康投资的成都产业园项目计划总投资20亿美元。";

        var facts = Facts(text, E.Company(text, "富士康"), E.Zone(text, "成都产业园"), E.Money(text, "20亿美元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "富士康" }));
    }

    [Test]
    public void A_place_that_opens_a_project_name_is_no_subject_of_the_project()
    {
        const string text = "据介绍，兰州市南北两山绿化工程总投资约10亿元。";

        var facts = Facts(text, E.Loc(text, "兰州市"), E.Money(text, "10亿元"));

        // The place names the project; it neither owns nor makes it (contract §6.1).
        Assert.That(facts.Select(f => f.Subject?.Text ?? ""), Is.EqualTo(new[] { "" }));
    }

    [Test]
    public void A_place_before_a_class_of_its_projects_a_predicate_or_a_trade_stays_the_subject()
    {
        const string text = "贵阳市在建重点工程总投资120亿元；江苏又新开了一批项目，投资30亿元；中国工程机械销售规模达到4000亿元。";

        var facts = Facts(text, E.Loc(text, "贵阳市"), E.Loc(text, "江苏"), E.Loc(text, "中国"),
            E.Money(text, "120亿元"), E.Money(text, "30亿元"), E.Money(text, "4000亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text ?? ""), Is.EqualTo(new[] { "贵阳市", "江苏", "中国" }));
    }

    [Test]
    public void A_list_item_that_opens_with_a_list_of_bodies_takes_no_subject_from_an_earlier_item()
    {
        const string text = "其中，湖北增速为18.7%，暂居全国第一；海南、北京紧随其后，增速分别为12.8%、10.7%。";

        var facts = Facts(text, E.Loc(text, "湖北"), E.Loc(text, "海南"), E.Loc(text, "北京"), E.Percent(text, "18.7%"), E.Percent(text, "12.8%"), E.Percent(text, "10.7%"));

        // The first figure of the item's 分别 list is its first body's (contract §6.1: the shared name anchors the first item's fact).
        Assert.That(facts.Select(f => f.Subject?.Text ?? ""), Is.EqualTo(new[] { "湖北", "海南" }));
    }

    [Test]
    public void The_body_after_de_that_ends_a_clause_heads_it_over_the_bodies_that_qualify_it()
    {
        const string text = "坐稳中国最大工业城市王座的上海，2021年战略性新兴产业产值增长16.1%。";

        var facts = Facts(text, E.Loc(text, "中国"), E.Loc(text, "上海"), E.Date(text, "2021年"), E.Percent(text, "16.1%"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "上海" }));
    }

    [Test]
    public void An_amount_after_a_comparative_reference_word_is_a_gap()
    {
        const string text = "2021年，广州GDP为28231.97亿元，增长8.1%。广州GDP超出重庆337亿元，领先优势扩大。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "广州"), E.Money(text, "28231.97亿元"), E.Percent(text, "8.1%"), E.Loc(text, "重庆"), E.Money(text, "337亿元"));

        Assert.That(facts.Select(f => f.Value?.Text), Is.EqualTo(new[] { "28231.97亿元" }));
    }

    [Test]
    public void Two_names_written_together_make_no_repeated_mention()
    {
        const string text = "中国和国电发布数据。中国国电营业收入为1.5万亿元。";

        var facts = Facts(text, E.Loc(text, "中国"), E.Company(text, "国电"), E.Money(text, "1.5万亿元"));

        Assert.That(facts.Select(f => f.Subject), Is.EqualTo(new Entity?[] { null }));
    }

    [TestCase("中国发布数据。一些国家推动去中国化，出口额下降5%。", "中国", "", TestName = "a one-character suffix makes another word (去|中国化)")]
    [TestCase("广东发布数据。前三季度广东地区生产总值下降5%。", "广东", "广东", TestName = "a word of its own may follow inside a word (广东地区)")]
    public void A_repeated_mention_must_end_its_word_of_the_segmentation(string text, string name, string subject)
    {
        var entities = new Entity[] { E.Loc(text, name), E.Percent(text, "5%") };
        var words = new TokenBoundaries(text.Length, SharedExtractor.Instance.Extract(text).Tokens);

        var facts = Recognizer.Recognize(text, text, entities, words);

        Assert.That(facts.Select(f => f.Subject?.Text ?? ""), Is.EqualTo(new[] { subject }));
    }

    [TestCase("商品房新开工面积476.93万平方米，下降61.8%。", "61.8%", "商品房新开工面积", TestName = "商品房 qualifies a real-estate name")]
    [TestCase("其中，住宅竣工面积265.89万平方米，下降60.3%。", "60.3%", "住宅竣工面积", TestName = "住宅 qualifies a real-estate name")]
    public void The_kind_of_building_qualifies_a_real_estate_name(string text, string rate, string indicator)
    {
        Assert.That(Facts(text, E.Percent(text, rate)).Select(f => f.Indicator), Is.EqualTo(new[] { indicator }));
    }

    [Test]
    public void A_respective_list_item_may_hold_latin_letters_and_digits()
    {
        const string text = "其中，新能源汽车、5G智能手机产量分别增长174.0%、67.0%。";

        var facts = Facts(text, E.Percent(text, "174.0%"), E.Percent(text, "67.0%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "5G智能手机|||+67.0%|", "产量|||+174.0%|" }));
    }

    [Test]
    public void A_clause_opening_with_fenbie_pairs_its_figures_with_the_items_ending_the_clause_before()
    {
        const string text = "前5月，烟酒及用品类上涨5.3%，下降的是衣着、家庭设备用品及维修服务和交通通讯，分别较上年同期下降4.3%、0.7%和0.8%。";

        var facts = Facts(text, E.Date(text, "前5月"), E.Percent(text, "5.3%"), E.Percent(text, "4.3%"), E.Percent(text, "0.7%"), E.Percent(text, "0.8%"));

        Assert.That(facts.Select(Show).Skip(1), Is.EqualTo(new[] { "衣着|||-4.3%|前5月", "家庭设备用品及维修服务|||-0.7%|前5月", "交通通讯|||-0.8%|前5月" }));
    }

    [TestCase("两江新区方面表示，上半年新区实现地区生产总值2000亿元。", "两江新区", "2000亿元", "两江新区", TestName = "a zone that speaks")]
    [TestCase("万士达方面表示，去年公司营业收入为20亿元。", "万士达", "20亿元", "万士达", TestName = "a firm that speaks through its side (方面)")]
    [TestCase("东吴证券认为，今年上半年市场股基日均成交额为1.06万亿元。", "东吴证券", "1.06万亿元", "", TestName = "an analyst firm states figures of others")]
    public void A_body_that_speaks_for_itself_is_the_subject_when_no_other_body_is_named(string text, string speaker, string money, string subject)
    {
        Entity body = speaker.EndsWith("新区", StringComparison.Ordinal) ? E.Zone(text, speaker) : E.Company(text, speaker);

        var facts = Facts(text, body, E.Money(text, money));

        Assert.That(facts.Select(f => f.Subject?.Text ?? ""), Is.EqualTo(new[] { subject }));
    }

    [Test]
    public void A_reporters_source_clause_gives_no_period_and_a_zone_source_states_its_own_figures()
    {
        const string text = "记者2月20日从苏州工业园区获悉，一季度园区实现地区生产总值800亿元。";

        var facts = Facts(text, E.Date(text, "2月20日"), E.Zone(text, "苏州工业园区"), E.Date(text, "一季度"), E.Money(text, "800亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "地区生产总值|苏州工业园区|800亿元||一季度" }));
    }

    [TestCase("南宁高新区的工厂达产后，可新增销售收入300亿元，实现利税32.5亿元。", "32.5亿元", TestName = "a project's expected yield (达产后)")]
    [TestCase("南宁高新区的重卡基地可实现年销售收入600亿元。", "600亿元", TestName = "a projection (可实现)")]
    public void Projections_make_no_fact(string text, string figure)
    {
        Assert.That(Facts(text, E.Zone(text, "南宁高新区"), E.Money(text, figure)), Is.Empty);
    }

    [Test]
    public void A_sentence_whose_only_names_open_its_clauses_states_their_changes()
    {
        const string text = "前三季度，汕尾工业增加值同比增长27.2%。其中，专用设备制造业增长63.9%；电气机械和器材制造业增长54.6%。";

        var facts = Facts(text, E.Date(text, "前三季度"), E.Loc(text, "汕尾"), E.Percent(text, "27.2%"), E.Percent(text, "63.9%"), E.Percent(text, "54.6%"));

        Assert.That(facts.Select(Show).Skip(1), Is.EqualTo(new[] { "专用设备制造业|汕尾||+63.9%|前三季度", "电气机械和器材制造业|汕尾||+54.6%|前三季度" }));
    }

    [Test]
    public void A_sentence_opening_with_a_place_a_statement_verb_and_its_indicator_takes_the_period_before()
    {
        const string text = "上半年，杭州实现地区生产总值9000亿元，增长1.5%。宁波实现地区生产总值7300亿元，增长2.5%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Loc(text, "杭州"), E.Money(text, "9000亿元"), E.Percent(text, "1.5%"),
            E.Loc(text, "宁波"), E.Money(text, "7300亿元"), E.Percent(text, "2.5%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("地区生产总值|宁波|7300亿元|+2.5%|上半年"));
    }

    [Test]
    public void A_place_after_youyu_owns_the_figures_of_its_clause_of_cause_only()
    {
        const string text = "由于上海在2020年的GDP总量为38700.58亿元，因此悬念不大。\n由于俄罗斯的小麦产量有所提高，全球稻米产量比去年增加2%。";

        var facts = Facts(text, E.Loc(text, "上海"), E.Date(text, "2020年"), E.Money(text, "38700.58亿元"), E.Loc(text, "俄罗斯"),
            E.Date(text, "去年"), E.Percent(text, "2%"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Subject?.Text}"), Is.EqualTo(new[] { "GDP总量|上海", "产量|" }));
    }

    [Test]
    public void An_expense_ratio_is_a_rate_named_freely_though_its_modifier_ends_in_a_stop_character()
    {
        const string text = "公司期间费用率5.94%，同比下降0.63个百分点；研发费用率为3.2%。";

        var facts = Facts(text, E.Percent(text, "5.94%"), E.Percent(text, "0.63个百分点"), E.Percent(text, "3.2%"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Value?.Text}"), Is.EqualTo(new[] { "期间费用率|5.94%", "研发费用率|3.2%" }));
    }

    [Test]
    public void Shixian_may_stand_between_a_freely_named_indicator_and_its_level()
    {
        const string text = "上半年，公司收入实现4.03亿元，同比增长26.14%。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Money(text, "4.03亿元"), E.Percent(text, "26.14%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "收入||4.03亿元|+26.14%|上半年" }));
    }

    [Test]
    public void A_freely_named_indicator_may_be_followed_by_a_comparison_before_its_change_but_not_the_name_compared_with()
    {
        const string text = "猪肉平均批发价格比前一周上涨3.4%。中标产品价格与国家零售指导价相比平均下降63.51%。家电市场销售规模达6123亿元。";

        var facts = Facts(text, E.Percent(text, "3.4%"), E.Percent(text, "63.51%"), E.Money(text, "6123亿元"));

        Assert.That(facts.Select(f => f.Indicator), Is.EqualTo(new[] { "批发价格", "中标产品价格", "家电市场销售规模" }));
    }

    [Test]
    public void A_source_clause_after_er_or_ling_names_no_subject()
    {
        const string text = "而据国家能源局统计，一季度粗钢产量同比增长8.7%。另据国家能源局统计，火电量增长10.6%。";

        var facts = Facts(text, E.Org(text, "国家能源局"), E.Date(text, "一季度"), E.Percent(text, "8.7%"), E.Org(text, "国家能源局", 2), E.Percent(text, "10.6%"));

        Assert.That(facts.Select(f => $"{f.Indicator}|{f.Subject?.Text}"), Is.EqualTo(new[] { "粗钢产量|", "火电量|" }));
    }

    [Test]
    public void A_sentence_opening_with_a_place_de_and_its_indicator_takes_the_period_before()
    {
        const string text = "前三季度，东莞进出口总额达11266.3亿元，同比增长16.4%。东莞的出口总额达6980.5亿元，增长17.1%。";

        var facts = Facts(text, E.Date(text, "前三季度"), E.Loc(text, "东莞"), E.Money(text, "11266.3亿元"), E.Percent(text, "16.4%"),
            E.Loc(text, "东莞", 2), E.Money(text, "6980.5亿元"), E.Percent(text, "17.1%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("出口总额|东莞|6980.5亿元|+17.1%|前三季度"));
    }

    [Test]
    public void A_body_that_opens_a_clause_is_the_topic_of_the_clauses_after_it()
    {
        const string text = "在2021年1-2月，广东继续位居榜首，其中浙江省增速达到27.3%，一般预算收入2042.5亿元，暂时超过江苏省位列全国第二。";

        var facts = Facts(text, E.Date(text, "2021年1-2月"), E.Loc(text, "广东"), E.Loc(text, "浙江省"), E.Percent(text, "27.3%"), E.Money(text, "2042.5亿元"),
            E.Loc(text, "江苏省"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "增速|浙江省||+27.3%|2021年1-2月", "一般预算收入|浙江省|2042.5亿元||2021年1-2月" }));
    }

    [Test]
    public void A_zone_inside_the_name_of_a_body_that_speaks_for_it_is_the_subject_when_no_other_body_is_named()
    {
        const string text = "中新天津生态城管委会数据显示，上半年生态城完成税收收入20亿元。";

        var facts = Facts(text, E.Org(text, "中新天津生态城管委会"), E.Zone(text, "中新天津生态城"), E.Date(text, "上半年"), E.Money(text, "20亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "税收收入|中新天津生态城|20亿元||上半年" }));
    }

    [TestCase("我市", TestName = "我市 refers back")]
    [TestCase("该新区", TestName = "该新区 refers back")]
    public void A_sentence_with_an_anaphor_of_the_place_continues_the_one_before(string anaphor)
    {
        var text = $"1-6月，两江新区地区生产总值增长8%。{anaphor}规模以上工业增加值增长10%。";

        var facts = Facts(text, E.Date(text, "1-6月"), E.Zone(text, "两江新区"), E.Percent(text, "8%"), E.Percent(text, "10%"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("规模以上工业增加值|两江新区||+10%|1-6月"));
    }

    [Test]
    public void A_date_that_spans_a_record_is_no_period()
    {
        const string text = "今年6月份，社会消费品零售总额同比增长13.0%，当月增速创今年新高；限额以上单位商品零售额增长26.4%。";

        var facts = Facts(text, E.Date(text, "今年6月份"), E.Percent(text, "13.0%"), E.Date(text, "今年", 2), E.Percent(text, "26.4%"));

        Assert.That(facts.Select(f => f.Period?.Text), Is.EqualTo(new[] { "今年6月份", "今年6月份" }));
    }

    [Test]
    public void An_income_line_is_read_from_its_shape_without_the_firm_anaphor()
    {
        const string text = "上半年，公司经纪业务收入12亿元，同比增长5%；利息收入3亿元。";

        var facts = Facts(text, E.Date(text, "上半年"), E.Money(text, "12亿元"), E.Percent(text, "5%"), E.Money(text, "3亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "经纪业务收入||12亿元|+5%|上半年", "利息收入||3亿元||上半年" }));
    }

    [Test]
    public void The_last_item_of_a_list_joined_by_he_is_a_list_member_too()
    {
        const string text = "一季度，我国对东盟、欧盟和日本进出口分别增长8.4%、10.2%和1.8%。";

        var facts = Facts(text, E.Date(text, "一季度"), E.Org(text, "东盟"), E.Org(text, "欧盟"), E.Loc(text, "日本"),
            E.Percent(text, "8.4%"), E.Percent(text, "10.2%"), E.Percent(text, "1.8%"));

        Assert.That(facts.Select(f => f.Subject?.Text), Has.None.EqualTo("日本"));
    }

    [Test]
    public void A_word_of_a_modifier_that_ends_in_a_stop_character_stays_in_the_name()
    {
        const string text = "采购金额达25.6亿元，资金节约率为7.6%。";

        var facts = Facts(text, E.Money(text, "25.6亿元"), E.Percent(text, "7.6%"));

        Assert.That(facts.Select(f => f.Indicator), Is.EqualTo(new[] { "采购金额", "资金节约率" }));
    }

    [Test]
    public void A_layout_space_before_a_figure_keeps_its_change_word_and_free_name()
    {
        const string text = "2010年，鞍钢采购金额 32亿元，同比增长 5%。";

        var facts = Facts(text, E.Date(text, "2010年"), E.Company(text, "鞍钢"), E.Money(text, "32亿元"), E.Percent(text, "5%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "采购金额|鞍钢|32亿元|+5%|2010年" }));
    }

    [Test]
    public void A_free_name_whose_change_opens_the_next_clause_with_a_comparison_is_an_indicator_and_quoted_speech_dates_it()
    {
        const string text = "“今年的劳动力成本，比去年至少增长20%，三年来翻了一番。”许柏鸣表示。";

        var facts = Facts(text, E.Date(text, "今年"), E.Percent(text, "20%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "劳动力成本|||+20%|今年" }));
    }

    [TestCase("梳理商务部公布的统计数据发现，2017年1月我国实际使用外资金额801亿元。", TestName = "a finding (…发现，)")]
    [TestCase("商务部官网发布消息，2017年1月，全国实际使用外资金额801亿元。", TestName = "a release (…发布消息，)")]
    public void A_body_that_releases_or_is_searched_for_figures_is_no_subject(string text)
    {
        var facts = Facts(text, E.Org(text, "商务部"), E.Date(text, "2017年1月"), E.Money(text, "801亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "实际使用外资金额||801亿元||2017年1月" }));
    }

    [Test]
    public void A_round_figure_passed_before_a_level_is_a_threshold_and_the_level_follows()
    {
        const string text = "2021年，山东省地区生产总值突破8万亿元，达到8.3万亿元；一般公共预算收入突破7千亿元大关，达到7284.5亿元；社会消费品零售总额突破4万亿元。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "山东省"), E.Money(text, "8万亿元"), E.Money(text, "8.3万亿元"),
            E.Money(text, "7千亿元"), E.Money(text, "7284.5亿元"), E.Money(text, "4万亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[]
        {
            "地区生产总值|山东省|8.3万亿元||2021年",
            "一般公共预算收入|山东省|7284.5亿元||2021年",
            "社会消费品零售总额|山东省|4万亿元||2021年", // no level after it: the bound states the level
        }));
    }

    [Test]
    public void A_bound_shared_by_a_list_gives_way_to_the_levels_after_respective()
    {
        const string text = "2021年，深圳和广州的GDP均超过2.8万亿元，分别为30664.85亿元和28231.97亿元。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "深圳"), E.Loc(text, "广州"), E.Money(text, "2.8万亿元"),
            E.Money(text, "30664.85亿元"), E.Money(text, "28231.97亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "GDP|深圳|30664.85亿元||2021年" }));
    }

    [Test]
    public void A_place_left_out_with_chu_is_no_subject()
    {
        const string text = "除了北京以外，全国前三季度社会消费品零售总额增长16.4%。";

        var facts = Facts(text, E.Loc(text, "北京"), E.Date(text, "前三季度"), E.Percent(text, "16.4%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "社会消费品零售总额|||+16.4%|前三季度" }));
    }

    [Test]
    public void A_sentence_opening_with_quannian_continues_the_year_and_body_of_the_sentence_before()
    {
        const string text = "2021年山东省抢抓发展机遇，综合实力明显增强。全年地区生产总值达到8.3万亿元。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "山东省"), E.Money(text, "8.3万亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "地区生产总值|山东省|8.3万亿元||2021年" }));
    }

    [Test]
    public void A_sentence_opening_with_quannian_does_not_take_a_month_of_the_sentence_before()
    {
        const string text = "2010年，进口铁矿石价格从1月平均90美元/吨攀升至年末的145美元/吨。全年进口铁矿石平均价格128美元/吨。";

        var facts = Facts(text, E.Date(text, "2010年"), E.Date(text, "1月"), E.Money(text, "90美元"), E.Money(text, "145美元"), E.Money(text, "128美元"));

        Assert.That(facts.Select(Show).Last(), Is.EqualTo("价格||128美元||"));
    }

    [Test]
    public void A_round_figure_passed_before_a_level_in_renminbi_is_a_threshold()
    {
        const string text = "2020年，全市生产总值突破500亿元大关，达到人民币526.41亿元。";

        var facts = Facts(text, E.Date(text, "2020年"), E.Money(text, "500亿元"), E.Money(text, "人民币526.41亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "生产总值||人民币526.41亿元||2020年" }));
    }

    [TestCase("去年，宁德GDP实际增速同比大涨13.3%。", TestName = "实际增速")]
    [TestCase("去年，宁德GDP名义增速达到13.3%。", TestName = "名义增速")]
    [TestCase("去年，宁德GDP同比增速达到13.3%。", TestName = "同比增速")]
    [TestCase("去年，宁德GDP同比增幅为13.3%。", TestName = "同比增幅")]
    public void A_name_before_a_real_nominal_or_year_on_year_growth_word_is_the_indicator(string text)
    {
        var facts = Facts(text, E.Date(text, "去年"), E.Loc(text, "宁德"), E.Percent(text, "13.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "GDP|宁德||+13.3%|去年" }));
    }

    [TestCase("今年以来，该区重点项目采购额达到12亿元。", "重点项目采购额", TestName = "项目")]
    [TestCase("今年以来，全市个人所得税收入12亿元。", "个人所得税收入", TestName = "个人")]
    [TestCase("今年以来，全市工业企业用工人数增长3.1%。", "工业企业用工人数", TestName = "用工")]
    public void A_free_name_runs_on_over_a_word_that_starts_with_a_stop_character(string text, string indicator)
    {
        var figure = text.Contains('%', StringComparison.Ordinal) ? (Entity)E.Percent(text, "3.1%") : E.Money(text, "12亿元");

        var facts = Facts(text, E.Date(text, "今年以来"), figure);

        Assert.That(facts.Select(f => f.Indicator), Is.EqualTo(new[] { indicator }));
    }

    [Test]
    public void Gdp_zongliang_is_one_indicator()
    {
        const string text = "2021年，杭州市GDP总量为18109亿元。";

        var facts = Facts(text, E.Date(text, "2021年"), E.Loc(text, "杭州市"), E.Money(text, "18109亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "GDP总量|杭州市|18109亿元||2021年" }));
    }

    [Test]
    public void A_project_anaphor_takes_the_firm_named_last_in_the_sentence_before()
    {
        const string text = "在霞浦县，由宁德时代和一汽集团合资建设的霞浦时代一汽动力电池有限公司竣工投产。该项目总投资60亿元。";

        var facts = Facts(text, E.Loc(text, "霞浦县"), E.Company(text, "宁德时代"), E.Company(text, "一汽集团"),
            E.Company(text, "霞浦时代一汽动力电池有限公司"), E.Money(text, "60亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "总投资|霞浦时代一汽动力电池有限公司|60亿元||" }));
    }

    [Test]
    public void A_project_anaphor_after_a_sentence_without_firm_continues_its_place()
    {
        const string text = "古乍线河姆渡段是余姚市的一项重要交通工程。该项目总投资4.75亿元。";

        var facts = Facts(text, E.Loc(text, "余姚市"), E.Money(text, "4.75亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "总投资|余姚市|4.75亿元||" }));
    }

    [Test]
    public void A_level_compared_with_is_stated_for_the_date_of_its_comparison()
    {
        const string text = "江苏2021年GDP为116364.2亿元。相比2020年102719亿元的GDP，增加了约1.36万亿元。";

        var facts = Facts(text, E.Loc(text, "江苏"), E.Date(text, "2021年"), E.Money(text, "116364.2亿元"), E.Date(text, "2020年"),
            E.Money(text, "102719亿元"), E.Money(text, "1.36万亿元"));

        Assert.That(facts.Select(Show).Skip(1).First(), Is.EqualTo("GDP||102719亿元||2020年"));
    }

    [Test]
    public void Figures_joined_by_he_pair_with_a_list_of_bodies_whose_first_owns_the_first_figure()
    {
        const string text = "前三季度，苏州、无锡规上工业增加值增长12.1%和10.3%。";

        var facts = Facts(text, E.Date(text, "前三季度"), E.Loc(text, "苏州"), E.Loc(text, "无锡"), E.Percent(text, "12.1%"), E.Percent(text, "10.3%"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "规上工业增加值|苏州||+12.1%|前三季度" }));
    }

    [Test]
    public void The_other_party_of_a_deal_is_no_subject_and_the_signing_verb_is_no_part_of_the_indicator()
    {
        const string text = "5月10日，岳阳市与国家开发银行湖南分行签署总金额达50亿元的开发性金融合作协议。";

        var facts = Facts(text, E.Date(text, "5月10日"), E.Loc(text, "岳阳市"), E.Company(text, "国家开发银行湖南分行"), E.Money(text, "50亿元"));

        Assert.That(facts.Select(Show), Is.EqualTo(new[] { "总金额|岳阳市|50亿元||5月10日" }));
    }

    [Test]
    public void A_partner_named_after_yu_is_not_the_owner_of_the_project_of_the_deal()
    {
        const string text = "该公司称，其与华能集团已签署战略合作协议，项目总投资约12亿元。";

        var facts = Facts(text, E.Company(text, "华能集团"), E.Money(text, "12亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new string?[] { null }));
    }

    [TestCase("2010年，该集团采购了价值80亿元的芯片。", "价值", TestName = "了 after the verb")]
    [TestCase("该公司日前宣布，获得一份价值75万元的设备订单。", "价值", TestName = "the count 一份")]
    public void The_modifier_of_a_free_name_stops_at_a_verb_and_its_count(string text, string indicator)
    {
        var facts = Facts(text, E.Money(text, text.Contains("80亿元", StringComparison.Ordinal) ? "80亿元" : "75万元"));

        Assert.That(facts.Select(f => f.Indicator), Is.EqualTo(new[] { indicator }));
    }

    [TestCase("前11个月我国与东盟贸易总值同比增长15.5%。", "东盟", 1, "15.5%", TestName = "the partner right before the trade")]
    [TestCase("1~6月，我国与欧盟的进出口累计额增长21.3%。", "欧盟", 1, "21.3%", TestName = "的 between them")]
    [TestCase("欧盟是我国第二大贸易伙伴，前11个月我国与欧盟贸易总值同比增长7%。", "欧盟", 2, "7%", TestName = "the partner named before too")]
    public void The_partner_of_a_trade_is_not_its_subject(string text, string partner, int mentions, string rate)
    {
        var entities = Enumerable.Range(1, mentions).Select(i => (Entity)E.Loc(text, partner, i)).Append(E.Percent(text, rate)).ToArray();

        var facts = Facts(text, entities);

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public void A_partner_of_a_deal_is_no_subject_where_its_name_comes_again()
    {
        const string text = "公司于10月8日与新锂公司签署安排协议，收购新锂公司全部普通股，交易金额约为9.6亿加元。";

        var facts = Facts(text, E.Date(text, "10月8日"), E.Company(text, "新锂公司"), E.Company(text, "新锂公司", 2), E.Money(text, "9.6亿加元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new string?[] { null }));
    }

    [Test]
    public void Two_bodies_joined_by_yu_before_a_respective_trade_list_keep_their_figures()
    {
        const string text = "深圳与广州进出口总额分别为3.5万亿元和1.1万亿元。";

        var facts = Facts(text, E.Loc(text, "深圳"), E.Loc(text, "广州"), E.Money(text, "3.5万亿元"), E.Money(text, "1.1万亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text).First(), Is.EqualTo("深圳"));
    }

    [TestCase("中国最大的氧化铝生产商--中国铝业提供的现货氧化铝报价为3000元。", TestName = "--")]
    [TestCase("中国最大的光伏产品生产商之一——中国铝业本周宣布，投资3000元在美国建厂。", TestName = "—— and a clause after it")]
    public void The_body_after_a_dash_that_ends_a_description_heads_it_over_the_place_in_it(string text)
    {
        var facts = Facts(text, E.Loc(text, "中国"), E.Company(text, "中国铝业"), E.Money(text, "3000元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "中国铝业" }));
    }

    [TestCase("截至4月底，采购规模已经达到543万元。", "543万元", "采购规模||543万元|", TestName = "已经达到")]
    [TestCase("去年纺织服装出口量大约增长15%。", "15%", "纺织服装出口量|||+15%", TestName = "大约")]
    [TestCase("这架飞机的价格将近2000万元。", "2000万元", "价格||2000万元|", TestName = "将近")]
    public void Longer_written_fillers_stand_between_a_name_and_its_figure(string text, string figure, string shown)
    {
        var facts = Facts(text, figure.EndsWith('%') ? E.Percent(text, figure) : E.Money(text, figure));

        Assert.That(facts.Select(Show).Single(), Does.StartWith(shown));
    }

    [Test]
    public void A_firm_followed_by_a_place_phrase_and_the_indicator_is_its_subject_over_earlier_bodies()
    {
        const string text = "国家发改委官员与五矿集团负责人一行考察园区，就五矿集团将在该区计划投资30亿元的项目进行调研。";

        var facts = Facts(text, E.Org(text, "国家发改委"), E.Company(text, "五矿集团"), E.Company(text, "五矿集团", 2), E.Money(text, "30亿元"));

        Assert.That(facts.Select(f => f.Subject?.Text), Is.EqualTo(new[] { "五矿集团" }));
        Assert.That(facts.Single().Subject!.Start, Is.EqualTo(text.LastIndexOf("五矿集团", StringComparison.Ordinal)));
    }

    [TestCase("核心城市深圳、广州GDP占都市圈的比重达到68.61%和65.4%。", "深圳", TestName = "figures joined by 和")]
    [TestCase("核心城市深圳、广州的GDP占都市圈的比重依次为68.61%和65.4%。", "深圳", TestName = "依次 for 分别")]
    public void The_owner_of_a_share_stands_before_the_quantity_named_before_zhan(string text, string first)
    {
        var facts = Facts(text, E.Loc(text, "深圳"), E.Loc(text, "广州"), E.Percent(text, "68.61%"), E.Percent(text, "65.4%"));

        Assert.That(facts.Select(f => f.Subject?.Text).First(), Is.EqualTo(first));
    }
}

/// <summary>Entities built from the n-th occurrence of their text.</summary>
internal static class E
{
    private static int At(string text, string part, int occurrence)
    {
        var at = -1;
        for (var i = 0; i < occurrence; i++) at = text.IndexOf(part, at + 1, StringComparison.Ordinal);
        return at >= 0 ? at : throw new ArgumentException($"'{part}' #{occurrence} not in the text");
    }

    public static ZoneEntity Zone(string text, string part, int occurrence = 1) => new(At(text, part, occurrence), part.Length, part, ZoneKind.HighTechZone, null);

    public static OrganizationEntity Org(string text, string part, int occurrence = 1) => new(At(text, part, occurrence), part.Length, part);

    public static LocationEntity Loc(string text, string part, int occurrence = 1) => new(At(text, part, occurrence), part.Length, part);

    public static CompanyEntity Company(string text, string part, int occurrence = 1) => new(At(text, part, occurrence), part.Length, part);

    public static MoneyEntity Money(string text, string part) => new(At(text, part, 1), part.Length, part, 1m, null, "CNY", false);

    public static PercentEntity Percent(string text, string part) =>
        new(At(text, part, 1), part.Length, part, 1m, null, part.EndsWith("百分点", StringComparison.Ordinal) ? PercentKind.Points : PercentKind.Percent);

    public static DateEntity Date(string text, string part, int occurrence = 1) => new(At(text, part, occurrence), part.Length, part, null, null);
}
