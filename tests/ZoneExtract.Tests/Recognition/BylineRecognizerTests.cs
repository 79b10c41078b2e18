using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Tests.Recognition;

/// <summary>PERSON in bylines and signatures, on texts written for these tests.</summary>
public class BylineRecognizerTests
{
    [OneTimeSetUp]
    public void LoadDictionary() => _ = SharedExtractor.Instance; // the common-word test reads jieba's dictionary

    private static string[] People(string text) => RecognizerHarness.Run(new BylineRecognizer(SharedExtractor.Resources.Names), text).Select(e => e.Text).ToArray();

    [TestCase("# 港口吞吐量创新高\n\n► 李明远 本报通讯员 何静\n\n今年以来，港口货物吞吐量稳步增长。", "李明远")]
    [TestCase("文/王小川\n\n春耕时节，田间一片忙碌。", "王小川")]
    [TestCase("作者：周蔓 责任编辑：欧阳明远", "周蔓", "欧阳明远")]
    [TestCase("全年计划超额完成，为明年打下了基础。 欧阳明远", "欧阳明远")]
    [TestCase("新厂房年底投产。 陈立\n\n下一篇文章", "陈立")]
    public void Names_after_a_byline_marker_or_signing_off_an_article_are_people(string text, params string[] people)
    {
        Assert.That(People(text), Is.EquivalentTo(people));
    }

    [TestCase("► 经济观察 专栏")]           // no surname
    [TestCase("文/图 刘")]                 // 图 is no name; a surname alone is none
    [TestCase("► 王小川说，项目已经开工。")] // the name must stand alone
    [TestCase("全年计划超额完成 王小川")]      // a signature follows a sentence's end
    [TestCase("项目于上月开工。 张家口")]      // a common dictionary word is no signature
    [TestCase("► 李明远之后")]               // more than two characters after a single surname
    public void Other_text_after_a_marker_or_at_a_line_end_is_no_person(string text)
    {
        Assert.That(People(text), Is.Empty);
    }
}
