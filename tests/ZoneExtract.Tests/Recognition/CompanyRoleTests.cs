namespace ZoneExtract.Tests.Recognition;

/// <summary>COMPANY before a corporate role title, on sentences written for these tests.</summary>
public class CompanyRoleTests
{
    private static string[] Companies(string text) =>
        SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("蓝橙智行董事长周立平在会上发言。", "蓝橙智行")]
    [TestCase("据介绍，云岫微纳创始人曾在海外求学。", "云岫微纳")]
    [TestCase("记者采访了墨矽CEO李安。", "墨矽")]
    public void The_name_before_a_corporate_role_is_a_company(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("该公司董事长表示将继续投入。")]
    [TestCase("集团总裁出席了签约仪式。")]
    [TestCase("重庆总经理论坛今天开幕。")]
    [TestCase("王建林董事长表示将扩大投资。")]
    public void Generic_words_places_and_persons_before_a_role_are_not_companies(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }
}
