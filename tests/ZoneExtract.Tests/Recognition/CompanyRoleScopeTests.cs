namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// The scope of a post between a firm and its officer's role (中国区, 大中华区, 全球) and a word that qualifies the role
/// (轮值, 荣誉) stay outside the firm's name, and a role after 兼 is a second post, whose firm stands before the first. Texts written for these tests.
/// </summary>
public class CompanyRoleScopeTests
{
    private static string[] Companies(string text) => SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("当然也少不了乐斯福中国区总裁杨宏。", "乐斯福")]
    [TestCase("乐斯福全球CEO布利斯从法国来华参加开幕式。", "乐斯福")]
    public void A_firm_before_the_scope_of_its_officer_s_post_is_named(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected));

    [TestCase("美利肯公司总裁兼首席执行官库克表示，将首次参展。", "总裁兼")]
    [TestCase("西门子全球执行副总裁、大中华区总裁兼首席执行官肖松表示。", "大中华区总裁兼")]
    public void A_second_post_after_兼_names_no_firm(string text, string fragment) =>
        Assert.That(Companies(text), Does.Not.Contain(fragment));

    [TestCase("万达轮值董事长出席了签约仪式。", "万达")]
    [TestCase("被视作灵魂人物的格力荣誉董事长曾经表示。", "格力")]
    public void A_firm_before_a_word_that_qualifies_its_officer_s_role_is_named(string text, string expected) =>
        Assert.That(Companies(text), Does.Contain(expected).And.None.StartsWith(expected + text[text.IndexOf(expected) + expected.Length]));

    [TestCase("华为副董事长、轮值董事长徐直军见证签约。", "轮值")]
    public void A_qualifying_word_alone_names_no_firm(string text, string word) =>
        Assert.That(Companies(text), Does.Not.Contain(word));
}
