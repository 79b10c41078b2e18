namespace ZoneExtract.Tests.Recognition;

/// <summary>
/// Groups owned by a province or city, named by the place with its level and by their trades, with no brand (company28, found
/// on fresh 2011 likgjava/eb project news: 甘肃省公路航空旅游投资集团 was cut to 甘肃省公路航空).
/// </summary>
public class PlaceTradeGroupTests
{
    private static string[] Companies(string text) =>
        SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("4月12日，甘肃省公路航空旅游投资集团与银行签署协议。", "甘肃省公路航空旅游投资集团")]
    [TestCase("云南省投资控股集团参加签约。", "云南省投资控股集团")] // jieba: 云南省|投资|控股集团
    [TestCase("湖北省交通投资集团负责建设。", "湖北省交通投资集团")]
    public void A_place_with_its_level_and_trade_words_before_its_group_is_one_company(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [TestCase("甘肃省支持企业集团发展。")] // a verb between the place and the group
    [TestCase("江苏省大型国有企业集团负责人参会。")] // kinds of firms, all of the province's
    public void A_place_before_a_kind_of_group_gives_no_company(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }
}
