using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Tests.Recognition;

/// <summary>A firm's Latin name in brackets after its Chinese name, on texts written for these tests.</summary>
public class CompanyLatinAliasTests
{
    [TestCase("随行的包括空中客车公司(Airbus)、法国电力集团(EDF)等企业的高管。", "Airbus", "EDF")]
    [TestCase("全球印刷电路厂商奥特斯（AT&S）在重庆投资建厂。", "AT&S")]
    public void A_bracketed_Latin_name_after_a_firm_is_the_firm(string text, params string[] expected) =>
        Assert.That(SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text), Is.SupersetOf(expected));

    [TestCase("贵州茅台(600519)", 4)] // a stock code
    [TestCase("波音公司(NYSE:BA)", 4)]
    [TestCase("腾讯控股(HK)", 4)] // too short: an exchange's mark as often
    [TestCase("雅培(中国)", 2)]
    public void Codes_marks_and_Chinese_brackets_are_no_Latin_name(string text, int end) =>
        Assert.That(CompanyLatinAlias.After(text, end), Is.Null);
}
