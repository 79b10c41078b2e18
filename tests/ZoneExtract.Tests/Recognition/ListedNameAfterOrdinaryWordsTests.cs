namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// Ordinary words of the sentence before a listed firm (an adverb, a time word, a verb, a distinguishing word) do not make it the tail of a longer
/// name, while a noun or an abbreviation before it still does, on texts written for these tests.
/// </summary>
public class ListedNameAfterOrdinaryWordsTests
{
    private static string[] Companies(string text) => SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("销量下滑最终拖累诺基亚全球手机业务。", "诺基亚")] // 最终 d, 拖累 v
    [TestCase("今年一季度诺基亚智能手机份额下降。", "诺基亚")] // 一季度 mq
    [TestCase("与2021年同期斗鱼的利润相比有所下降。", "斗鱼")] // 同期 b
    [TestCase("这一转变将利好宏碁、华硕等厂商。", "宏碁")] // 利好 a
    public void An_ordinary_non_noun_word_before_a_listed_firm_stays_outside_it(string text, string firm) =>
        Assert.That(Companies(text), Does.Contain(firm));

    [TestCase("东风日产车体结构升级。", "日产")] // 东风 n: the joint venture's name
    [TestCase("一汽丰田主要还是比较传统的车企。", "丰田")] // 一汽 j
    public void A_noun_or_abbreviation_before_a_listed_firm_still_makes_a_longer_name(string text, string tail) =>
        Assert.That(Companies(text), Has.None.EqualTo(tail));
}
