using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class RoadSegmentEndsRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new RoadSegmentEndsRecognizer(SharedExtractor.Resources.Places, SharedExtractor.Resources.Names.Common), text)
            .Select(e => e.Text).ToArray();

    [TestCase("拓宽改造工程一期车岗头至大岚段路基已完成。", "车岗头", "大岚")] // 大岚 of 大岚镇 vouches for the village
    [TestCase("329复线黄家埠至牟山段工程今年底完成。", "黄家埠", "牟山")]
    [TestCase("姚东组团发展中的大隐至二六市公路已基本确定线路。", "大隐", "二六市")] // 的 opens no place
    [TestCase("十天高速公路徽县大石碑至天水段进展顺利。", "大石碑", "天水")]
    [TestCase("天水至定西高速公路关子隧道将于5月底贯通。", "天水", "定西")]
    public void Both_ends_of_a_road_segment_are_places(string text, params string[] expected) =>
        Assert.That(Places(text), Is.EqualTo(expected));

    [TestCase("一期工程至三期段落")] // no place at either end
    [TestCase("从今年至明年公路建设")]
    [TestCase("项目至今段落分明")]
    public void Other_spans_around_zhi_hold_no_places(string text) =>
        Assert.That(Places(text), Is.Empty);
}
