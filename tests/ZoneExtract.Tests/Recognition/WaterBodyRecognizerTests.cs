using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class WaterBodyRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new WaterBodyRecognizer(SharedExtractor.Resources.Places, SharedExtractor.Resources.Names.Common), text)
            .Select(e => e.Text).ToArray();

    [TestCase("流经重庆主城区的长江、嘉陵江一级支流共20条。", "嘉陵江")] // its own word to jieba
    [TestCase("红岭水利枢纽位于万泉河支流大边河中游。", "万泉河", "大边河")]
    [TestCase("最终消除大伙房水库水源不安全隐患。", "大伙房水库")]
    [TestCase("其中有梁滩河、璧北河、花溪河等14条次级河流。", "梁滩河", "璧北河", "花溪河")] // a list of names with one head
    public void A_water_body_vouched_by_its_context_is_a_place(string text, params string[] expected) =>
        Assert.That(Places(text), Is.EqualTo(expected));

    [TestCase("这条河两岸种满了树。")] // a demonstrative and a count
    [TestCase("太平湖水域内烧制陶器。")] // 太平, a common word
    [TestCase("梁滩河的故事。")] // nothing of water after it
    public void Other_names_before_a_water_head_are_no_places(string text) =>
        Assert.That(Places(text), Is.Empty);
}
