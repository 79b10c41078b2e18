using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class VillageNameRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new VillageNameRecognizer(SharedExtractor.Resources.Names.Common), text)
            .Select(e => e.Text).ToArray();

    [TestCase("最后来到了李洼村,周书记与村两委干部进行了交流。", "李洼村")]
    [TestCase("黄集村3组菜农金大姐说。", "黄集村")]
    public void A_village_by_its_own_name_is_a_place(string text, string expected) =>
        Assert.That(Places(text), Is.EqualTo(new[] { expected }));

    [TestCase("全村共有贫困村3个,示范村和中心村各1个。")] // kinds of village
    [TestCase("该村是城中村改造重点村。")]
    [TestCase("这个村的新农村建设。")]
    [TestCase("中关村壹号一期开工。")] // a word of jieba's dictionary: a zone or a project's name
    public void A_kind_of_village_is_no_place(string text) =>
        Assert.That(Places(text), Is.Empty);

    [Test]
    public void The_extractor_finds_a_village_the_model_misses() =>
        Assert.That(SharedExtractor.Instance.Extract("最后来到了李洼村,周书记与村两委干部进行了交流。").Entities
            .Where(e => e.Label == EntityLabel.Location).Select(e => e.Text), Does.Contain("李洼村"));
}
