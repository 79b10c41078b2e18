using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class PlaceListRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new PlaceListRecognizer(SharedExtractor.Resources.Places), text).Select(e => e.Text).ToArray();

    [TestCase("江阴市长王锡南表示", "江阴")]
    [TestCase("市经信委、璜土镇有关负责人", "璜土镇")]
    [TestCase("并曾经一度准备落户马来西亚。", "马来西亚")]
    [TestCase("中国将超过德国", "中国", "德国")]
    [TestCase("长三角许多小型电路板企业", "长三角")]
    [TestCase("贵州省纳雍县龙场镇", "贵州省", "纳雍县", "龙场镇")]
    public void Places_from_the_lists_are_found_on_word_boundaries(string text, params string[] expected) =>
        Assert.That(Places(text), Is.EqualTo(expected));

    [TestCase("和平发展是前进的方向")] // 和平区, 前进区: short forms that are common words stay words
    [TestCase("东风吹来红旗飘")] // 东风区, 红旗区
    public void Common_words_that_are_also_short_forms_of_divisions_are_not_places(string text) =>
        Assert.That(Places(text), Is.Empty);
}
