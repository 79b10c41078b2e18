using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The members of a list closed by 等 and a group noun, or sandwiched between firms, are of one kind (texts written for these tests).</summary>
public class ListContinuationTests
{
    private static Entity[] Extend(string text, params Entity[] accepted) =>
        new ListContinuation(SharedExtractor.Resources.Names).Extend(RecognizerHarness.Segmented(text), accepted);

    private static CompanyEntity Company(string text, string name) => new(text.IndexOf(name, StringComparison.Ordinal), name.Length, name);

    [TestCase("会上，岚星信和、碧海集团的代表先后发言。", "岚星信", "岚星信和")] // 和 before 、 is no conjunction: it ends the name
    [TestCase("会上，岚星信和碧海集团、滨江集团的代表先后发言。", "岚星信", "岚星信")] // a conjunction joins the next member
    public void A_he_before_a_list_separator_ends_the_firm_before_it(string text, string read, string firm)
    {
        var extended = Extend(text, Company(text, read), Company(text, "碧海集团"));
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Does.Contain(firm));
    }

    [Test]
    public void Bare_members_of_a_list_of_firms_with_a_known_firm_are_firms()
    {
        const string text = "会上，通用、雪铁龙、宝马、现代等国内30家主要汽车厂商发布了新车。";
        var extended = Extend(text, Company(text, "雪铁龙"), Company(text, "宝马"));
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Is.EqualTo(new[] { "通用", "雪铁龙", "宝马", "现代" }));
    }

    [Test]
    public void A_bare_name_between_two_firms_of_a_list_without_etc_is_a_firm()
    {
        const string text = "合作方包括顺丰、申通、圆通、中通和韵达。";
        var extended = Extend(text, Company(text, "顺丰"), Company(text, "申通"), Company(text, "中通"));
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Is.EqualTo(new[] { "顺丰", "申通", "圆通", "中通" }));
    }

    [TestCase("其中，惠普公司、佳能公司、爱普生、兄弟、三星等国外品牌占据优势。", new[] { "惠普公司", "佳能公司" }, "爱普生")] // after the run
    [TestCase("包括格力、美的电器、海尔集团在内的中国企业面对着更多的机会。", new[] { "美的电器", "海尔集团" }, "格力")] // before it, after 包括
    [TestCase("双方合作的厂商有长安福特汽车、上海大众汽车、上海通用在内。", new[] { "长安福特汽车", "上海大众汽车" }, "上海通用")]
    public void The_word_that_joins_a_run_of_two_firms_is_a_firm(string text, string[] firms, string member)
    {
        var extended = Extend(text, [.. firms.Select(f => Company(text, f))]);
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Does.Contain(member));
    }

    [TestCase("据悉，北京、联想集团、华为公司都参加了。")] // a place
    [TestCase("产品销往台湾化学纤维、联想集团、华为公司等客户。")] // a place before the word: the member is longer than one word
    [TestCase("采购商包括Dollar Tree、联想集团、华为公司等。")] // one word of a Latin name of several
    public void A_word_that_may_be_part_of_a_longer_member_or_a_place_is_not_taken(string text)
    {
        var extended = Extend(text, Company(text, "联想集团"), Company(text, "华为公司"));
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Is.EqualTo(new[] { "联想集团", "华为公司" }));
    }

    [Test]
    public void A_bare_name_beside_only_one_firm_stays_bare()
    {
        const string text = "合作方包括顺丰、申通、浙江、中通。"; // 浙江 is a place, and 申通 has no firm after it
        var extended = Extend(text, Company(text, "顺丰"), Company(text, "中通"));
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Is.EqualTo(new[] { "顺丰", "中通" }));
    }

    [Test]
    public void The_last_member_after_a_joining_word_is_a_member()
    {
        const string text = "星澜科技、蓝橙和青禾等企业入驻园区。";
        var extended = Extend(text, Company(text, "星澜科技"));
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Is.EqualTo(new[] { "星澜科技", "蓝橙", "青禾" }));
    }

    [Test]
    public void A_member_read_as_a_person_in_a_list_of_units_is_relabelled()
    {
        const string text = "公司为东汽、华锐、苏司兰、维斯塔斯等多个单位运输设备。";
        var extended = Extend(text, Company(text, "东汽"), Company(text, "华锐"),
            new PersonEntity(text.IndexOf("苏司兰", StringComparison.Ordinal), 3, "苏司兰"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[]
        {
            (EntityLabel.Company, "东汽"), (EntityLabel.Company, "华锐"), (EntityLabel.Company, "苏司兰"), (EntityLabel.Company, "维斯塔斯"),
        }));
    }

    [TestCase("开发商的目光主要集中在科勒、TOTO、美标等三大国际品牌上。", "TOTO", new[] { "科勒", "TOTO", "美标" })] // 科勒 read as a person
    [TestCase("通用、福特等汽车巨头都在调低产销目标。", "福特", new[] { "通用", "福特" })]
    public void Members_of_a_list_of_brands_or_leaders_with_a_known_firm_are_firms(string text, string firm, string[] expected)
    {
        var accepted = new List<Entity> { Company(text, firm) };
        if (text.Contains("科勒")) accepted.Add(new PersonEntity(text.IndexOf("科勒", StringComparison.Ordinal), 2, "科勒"));
        var extended = Extend(text, [.. accepted]);
        Assert.That(extended.OfType<CompanyEntity>().Select(c => c.Text), Is.EquivalentTo(expected));
    }

    [Test]
    public void A_person_after_a_title_stays_a_person_in_a_list_of_brands()
    {
        const string text = "嘉宾包括达芬奇家居股份有限公司总裁潘庄秀华、副总经理黄志新以及Cappelleti等达芬奇代理品牌的负责人。";
        var person = new PersonEntity(text.IndexOf("潘庄秀华", StringComparison.Ordinal), 4, "潘庄秀华");
        var extended = Extend(text, Company(text, "达芬奇家居股份有限公司"), person, Company(text, "Cappelleti"));
        Assert.That(extended, Does.Contain(person));
    }

    [Test]
    public void A_list_of_units_takes_the_kind_of_its_known_members()
    {
        const string text = "市发改委、市财政局、市统计局等部门参加会议。";
        var extended = Extend(text, new OrganizationEntity(0, 4, "市发改委"), new OrganizationEntity(5, 4, "市财政局"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[]
        {
            (EntityLabel.Organization, "市发改委"), (EntityLabel.Organization, "市财政局"), (EntityLabel.Organization, "市统计局"),
        }));
    }

    [Test]
    public void An_office_with_no_name_before_it_is_not_given_back_by_a_list_of_units()
    {
        const string text = "副主席出席，办公室、科普部、学会部、国际部等部门负责人参加。";
        var extended = Extend(text, new OrganizationEntity(text.IndexOf("科普部"), 3, "科普部"), new OrganizationEntity(text.IndexOf("学会部"), 3, "学会部"));
        Assert.That(extended.Select(e => e.Text), Is.EqualTo(new[] { "科普部", "学会部", "国际部" }));
    }

    [TestCase("政策、知识产权保护、品牌等是上述企业关注的问题。")] // a verb between 等 and the noun: no group
    [TestCase("电视、冰箱、空调等企业产品销量上升。")] // no member known to be a firm
    public void Nothing_is_added_without_a_known_member_or_a_group_noun(string text)
    {
        Assert.That(Extend(text), Is.Empty);
    }

    [Test]
    public void Nothing_is_added_when_places_outnumber_firms()
    {
        const string text = "北京、上海、星澜和广州等企业代表出席。";
        var extended = Extend(text, new LocationEntity(0, 2, "北京"), new LocationEntity(3, 2, "上海"), Company(text, "星澜"));
        Assert.That(extended, Has.Length.EqualTo(3));
    }
}
