namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// A foreign country before a listed firm stays outside the firm's name (英国|阿斯利康), on texts written for these tests.
/// </summary>
public class CompanyAfterCountryTests
{
    private static string[] Companies(string text) => SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("峰会上，日本三井物产、德国采埃孚等多家跨国公司公布了投资计划。", "三井物产", "采埃孚")] // a country is no name before a listed form
    [TestCase("英国阿斯利康宣布在无锡追加投资。", "阿斯利康")] // jieba tags 阿斯利康 a place (ns 15); the model read the run as one LOC
    [TestCase("中国船舶集团有限公司与法国达飞海运集团签订合作协议。", "中国船舶集团有限公司", "达飞海运集团")] // a listed name with its country
    [TestCase("12月，瑞士ABB集团全球最大机器人超级工厂在上海落成投产。", "ABB集团")] // ABB: the Fortune list's Latin form
    public void A_foreign_country_before_a_listed_firm_stays_outside_it(string text, params string[] expected) =>
        Assert.That(Companies(text), Is.SupersetOf(expected).And.None.StartsWith("英国").And.None.StartsWith("法国").And.None.StartsWith("德国").And.None.StartsWith("瑞士"));

    [TestCase("英国阿斯利康宣布在无锡追加投资。", "英国")]
    public void The_country_is_a_place(string text, string country) =>
        Assert.That(SharedExtractor.Instance.Extract(text).Locations.Select(l => l.Text), Does.Contain(country));

    [TestCase("这次比赛在德国科隆举行。", "科隆")] // a city that is also an exchange short name (jieba: nr 256)
    [TestCase("韩国现代和斗山的挖掘机销量上升。", "现代")] // a common word
    [TestCase("该芯片在SAP模式下运行。", "SAP")] // a Latin form of the Fortune list needs evidence of the firm
    public void A_known_word_after_a_country_is_no_firm_there(string text, string word) =>
        Assert.That(Companies(text), Has.None.EqualTo(word));
}
