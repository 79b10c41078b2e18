using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

/// <summary>A firm's branch named by the firm, a place and 公司 is one COMPANY (texts written for these tests).</summary>
public class CompanyBranchesTests
{
    private static Entity[] Extend(string text, params Entity[] accepted) =>
        new CompanyBranches(SharedExtractor.Resources.Names).Extend(RecognizerHarness.Segmented(text), accepted);

    [TestCase("星澜啤酒揭阳公司总投资数亿元。", "星澜啤酒揭阳公司")]
    [TestCase("星澜啤酒重庆分公司已投产。", "星澜啤酒重庆分公司")]
    [TestCase("星澜银行合肥分行有关负责人表示。", "星澜银行合肥分行")]
    [TestCase("星澜银行湖南分行营业部近期推出新规。", "星澜银行湖南分行营业部")]
    public void A_firm_a_place_and_a_branch_word_are_one_company(string text, string branch)
    {
        var extended = Extend(text, new CompanyEntity(0, 4, "星澜啤酒"), new LocationEntity(4, 2, text.Substring(4, 2)));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, branch) }));
    }

    [Test]
    public void A_firm_whose_span_already_ends_in_the_place_takes_the_branch_word()
    {
        const string text = "星澜行上海分行存量房贷调整政策出台。";
        var extended = Extend(text, new CompanyEntity(0, 5, "星澜行上海"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, "星澜行上海分行") }));
    }

    [TestCase("星澜银行纽约分行正式开业。", "星澜银行纽约分行")] // a city abroad, a place to jieba only
    [TestCase("星澜银行伦敦分行发布公告。", "星澜银行伦敦分行")]
    public void A_branch_abroad_is_one_company_too(string text, string branch)
    {
        var extended = Extend(text, new CompanyEntity(0, 4, "星澜银行"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, branch) }));
    }

    [TestCase("星澜汽车中国官网正式上线。", "星澜汽车中国")]
    [TestCase("星澜汽车中国总裁表示。", "星澜汽车中国")] // a corporate role after the arm
    [TestCase("星澜汽车中国、星辰电子参与竞争。", "星澜汽车中国")] // punctuation after the arm
    public void A_firm_and_china_are_its_china_arm(string text, string arm)
    {
        var extended = Extend(text, new CompanyEntity(0, 4, "星澜汽车"), new LocationEntity(4, 2, "中国"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, arm) }));
    }

    [TestCase("星澜汽车（中国）执行副总裁表示。", "星澜汽车（中国）")] // the China subsidiary's registered bracket, before a verb
    [TestCase("星澜汽车（中国）的客户可以免费取现。", "星澜汽车（中国）")] // before a function word
    [TestCase("星澜汽车(中国)总裁表示。", "星澜汽车(中国)")] // half-width brackets, before a corporate role
    [TestCase("据星澜汽车（中国）。", "星澜汽车（中国）")]
    public void A_firm_and_bracketed_china_are_its_china_subsidiary(string text, string subsidiary)
    {
        var start = text.IndexOf("星澜", StringComparison.Ordinal);
        var extended = Extend(text, new CompanyEntity(start, 4, "星澜汽车"), new LocationEntity(start + 5, 2, "中国"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, subsidiary) }));
    }

    [TestCase("星澜汽车（中国）运营中心设在上海。")] // a noun after the bracket: a unit of the firm, not the firm
    [TestCase("星澜汽车（中国）投资公司成立。")] // a business word after the bracket: a longer registered name
    public void A_firm_before_bracketed_china_and_a_longer_name_stays_apart(string text)
    {
        var extended = Extend(text, new CompanyEntity(0, 4, "星澜汽车"), new LocationEntity(5, 2, "中国"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, "星澜汽车"), (EntityLabel.Location, "中国") }));
    }

    [Test]
    public void A_firm_before_a_phrase_opened_by_china_stays_apart()
    {
        const string text = "星澜汽车中国总部设在深圳。"; // the firm's headquarters in China
        var extended = Extend(text, new CompanyEntity(0, 4, "星澜汽车"), new LocationEntity(4, 2, "中国"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, "星澜汽车"), (EntityLabel.Location, "中国") }));
    }

    [TestCase("星澜啤酒揭阳工厂已投产。")] // no branch word
    public void Without_a_branch_word_the_firm_and_the_place_stay_apart(string text)
    {
        var extended = Extend(text, new CompanyEntity(0, 4, "星澜啤酒"), new LocationEntity(4, 2, text.Substring(4, 2)));
        Assert.That(extended, Has.Length.EqualTo(2));
    }
    [TestCase("星澜银行信用卡中心有关人士称。", "星澜银行信用卡中心")]
    [TestCase("星澜银行深圳分行信用卡中心的工作人员表示。", "星澜银行深圳分行信用卡中心")] // after the branch, over an ORG of the word alone
    public void A_bank_and_its_licensed_unit_are_one_company(string text, string unit)
    {
        var bank = text[..(text.IndexOf("信用卡中心", StringComparison.Ordinal))];
        var extended = Extend(text, new CompanyEntity(0, bank.Length, bank), new OrganizationEntity(bank.Length, 5, "信用卡中心"));
        Assert.That(extended.Select(e => (e.Label, e.Text)), Is.EqualTo(new[] { (EntityLabel.Company, unit) }));
    }

    [TestCase("星澜行信用卡中心工作人员表示。", EntityLabel.Company)] // a bank's short form ends in 行 too
    [TestCase("国有银行信用卡中心纷纷推出新卡。", EntityLabel.Organization)] // a kind of bank names none
    [TestCase("星澜科技信用卡中心正式成立。", EntityLabel.Organization)] // no bank
    public void An_organisation_of_a_named_bank_and_its_unit_is_the_firm(string text, EntityLabel expected)
    {
        var length = text.IndexOf("中心", StringComparison.Ordinal) + 2;
        var extended = Extend(text, new OrganizationEntity(0, length, text[..length]));
        Assert.That(extended.Select(e => e.Label), Is.EqualTo(new[] { expected }));
    }
}
