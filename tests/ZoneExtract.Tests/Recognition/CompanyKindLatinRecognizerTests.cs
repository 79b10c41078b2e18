using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Tests.Recognition;

/// <summary>A Latin name right after a noun for a kind of firm names that firm (texts written for these tests).</summary>
public class CompanyKindLatinRecognizerTests
{
    private static string[] Companies(string text) =>
        RecognizerHarness.RunSegmented(new CompanyKindLatinRecognizer(SharedExtractor.Resources.Names), text).Select(e => e.Text).ToArray();

    [TestCase("策略游戏发行商Lanceon今天宣布了新作。", "Lanceon")] // an agent noun of a trade ending in 商
    [TestCase("美国电动客车制造商Brightel签署了供货协议。", "Brightel")]
    [TestCase("美国半导体巨头Norvex也引起了关注。", "Norvex")] // 巨头
    [TestCase("游戏发行商Star-Two股价下跌。", "Star-Two")] // a hyphen joins the name's parts
    [TestCase("新年新气象，日本企业QRT在惠州的新厂房火热施工。", "QRT")] // capitals only after a foreign country and the kind
    public void A_latin_name_after_a_kind_of_firm_is_a_company(string text, string company) =>
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));

    [TestCase("公司CEO表示，企业IPO将推迟。")] // capitals alone after 公司 or 企业: acronyms of roles and finance
    [TestCase("全球动力电池企业TOP10多数实现增长。")] // a digit after the letters: a ranking
    [TestCase("国内企业QRT在惠州投资。")] // capitals after a kind with no foreign country before it
    [TestCase("公众号Lanceon发布了消息。")] // no kind of firm before the name
    public void Other_latin_words_after_a_noun_are_no_company(string text) =>
        Assert.That(Companies(text), Is.Empty);
}
