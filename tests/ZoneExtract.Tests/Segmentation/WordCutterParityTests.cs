using CsCheck;
using JiebaNet.Segmenter;
using ZoneExtract.Recognition;
using ZoneExtract.Segmentation;
using ZoneExtract.Tests.Robustness;

namespace ZoneExtract.Tests.Segmentation;

/// <summary>Our reimplementation of jieba's Cut must give jieba.NET's words, word for word, on any text.</summary>
public class WordCutterParityTests
{
    private static readonly WordCutter Cutter = SharedExtractor.Resources.WordCutter;

    private static readonly string Article = TestCorpus.ReadArticle();

    /// <summary>Real sentences cut at random places and glued to noise: dictionary words, unknown names, letters, digits, symbols.</summary>
    private static readonly Gen<string> ArticleMix = Gen.OneOf(
            Gen.Int[0, Article.Length - 1].SelectMany(start => Gen.Int[1, 80].Select(length => Article.Substring(start, Math.Min(length, Article.Length - start)))),
            Gen.OneOf("SK", "5G", "3.5%", "A-B", "C++", "·", "%", ".", "-", "&", "#", "_", "12.5", "x86", "\r\n", " ", "\u3000", "＋"),
            Gen.Char['\u4E00', '\u9FD5'].Array[1, 6].Select(chars => new string(chars)))
        .Array[1, 12].Select(string.Concat);

    [Test]
    public void The_dictionary_total_with_domain_words_is_jieba_nets()
    {
        _ = SharedExtractor.Resources.LoadJiebaNet();
        Assert.That(Cutter.Total, Is.EqualTo(WordDictionary.Instance.Total));
    }

    [Test]
    public void The_reference_article_is_cut_into_jieba_nets_words()
    {
        foreach (var paragraph in Article.Split('\n')) AssertSameWords(paragraph);
    }

    [Test]
    public void Mixed_real_and_random_text_is_cut_into_jieba_nets_words() =>
        ArticleMix.Sample(AssertSameWords, iter: 3000, seed: null);

    [Test]
    public void Hostile_text_is_cut_into_jieba_nets_words() =>
        AdversarialText.Text.Sample(AssertSameWords, iter: 1000, seed: null);

    [TestCase("")]
    [TestCase("重庆高新区微电园")]
    [TestCase("SK海力士和5G基站，增长3.5%。")]
    [TestCase("张三·李四在A-B区\r\n")]
    public void Known_cases_are_cut_into_jieba_nets_words(string text) => AssertSameWords(text);

    private static void AssertSameWords(string text)
    {
        var spans = new List<(int Start, int Length)>();
        Cutter.Cut(text, spans);
        var ours = spans.Select(s => text.Substring(s.Start, s.Length));
        Assert.That(ours, Is.EqualTo(SharedExtractor.Resources.LoadJiebaNet().Cut(text, hmm: true)), text);
    }
}
