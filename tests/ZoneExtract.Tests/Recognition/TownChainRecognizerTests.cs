using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class TownChainRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new TownChainRecognizer(SharedExtractor.Resources.Places, SharedExtractor.Resources.Names.Common,
            SharedExtractor.Resources.Names.Lexicons), text).Select(e => e.Text).ToArray();

    [TestCase("东起桂平市石龙镇珍垌村附近", "桂平市石龙镇珍垌村")] // 石龙镇 of 桂平市, a village after it
    [TestCase("止于来宾市良江镇南面约4公里", "来宾市良江镇")] // 良江镇 of 兴宾区, 来宾市
    [TestCase("湖北省襄阳市襄州区黄集镇菜农", "湖北省襄阳市襄州区黄集镇")] // the divisions before the county join the chain
    public void A_chain_of_divisions_down_to_a_town_of_the_last_one_is_one_place(string text, string expected) =>
        Assert.That(Places(text), Is.EqualTo(new[] { expected }));

    [TestCase("桂平市良江镇")] // 良江镇 lies in 来宾市, not in 桂平市
    [TestCase("民航西藏区局在八宿县益庆乡小学组织开展了活动")] // the town opens a school's name
    [TestCase("桂平市石龙镇政府")]
    public void No_chain_when_the_town_lies_elsewhere_or_opens_a_body(string text) =>
        Assert.That(Places(text), Is.Empty);
}
