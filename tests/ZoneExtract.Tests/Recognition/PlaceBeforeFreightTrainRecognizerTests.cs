using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class PlaceBeforeFreightTrainRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new PlaceBeforeFreightTrainRecognizer(SharedExtractor.Resources.Places), text)
            .Select(e => e.Text).ToArray();

    [TestCase("安徽2022年合肥中欧班列开行768列。", "合肥")]
    [TestCase("长三角中欧(亚)班列已成为国际物流品牌。", "长三角")] // a named region, a second partner in brackets
    [TestCase("今年成都中亚班列累计开行200列。", "成都")]
    public void A_place_before_a_China_X_freight_train_ends_where_the_pair_starts(string text, string expected) =>
        Assert.That(Places(text), Is.EqualTo(new[] { expected }));

    [TestCase("无锡于2022年3月30日首开中欧接续班列。")] // no place right before the pair
    [TestCase("中欧班列累计开行突破1万列。")]
    [TestCase("合肥中欧论坛开幕。")] // no train
    public void Other_text_holds_no_place(string text) =>
        Assert.That(Places(text), Is.Empty);

    [Test]
    public void The_extractor_keeps_the_place_apart_from_the_train() =>
        Assert.That(SharedExtractor.Instance.Extract("安徽2022年合肥中欧班列开行768列。").Entities
            .Where(e => e.Label == EntityLabel.Location).Select(e => e.Text), Does.Contain("合肥").And.Not.Contain("合肥中欧"));
}
