using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class TownshipListRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new TownshipListRecognizer(SharedExtractor.Resources.Places, SharedExtractor.Resources.Names.Common), text)
            .Select(e => e.Text).ToArray();

    [TestCase("目前，沿线的泗门、朗霞、马渚、阳明等乡镇正在抓紧施工。", "泗门", "朗霞", "马渚", "阳明")] // towns of 余姚市
    [TestCase("将星沙、黄花、安沙的水厂管网向农村延伸。", "星沙", "黄花", "安沙")] // of 长沙县; 黄花 is a word too
    [TestCase("黄花镇、安沙等地", "安沙")] // a full name vouches, but is the place list's
    [TestCase("途经武宣镇、禄新乡和来宾市", "禄新乡")] // 禄新镇 of 武宣县 in the list, the kind of division as the text gives it
    public void Short_forms_of_towns_of_one_county_listed_together_are_places(string text, params string[] expected) =>
        Assert.That(Places(text), Is.EqualTo(expected));

    [TestCase("王平、李明、张华出席了会议。")] // people, not towns
    [TestCase("黄花、菊花、月季竞相开放。")] // words: no town that is no common word vouches
    [TestCase("星沙、朗霞两地")] // towns of two different counties
    public void Other_lists_hold_no_towns(string text) =>
        Assert.That(Places(text), Is.Empty);
}
