using ZoneExtract.Recognition;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Tests.Segmentation;

public class SegmenterOffsetTests
{
    [Test]
    public void Words_after_a_whitespace_only_block_keep_their_true_position()
    {
        // jieba's Tokenize drops the lone space between 重庆 and 高新区 and then counts 高新区 from 2, not 3.
        const string text = "重庆 高新区  今年 \t 增长";
        var tokens = SharedExtractor.Instance.Extract(text).Tokens;
        foreach (var token in tokens) Assert.That(text.Substring(token.Start, token.Length), Is.EqualTo(token.Text));
        Assert.That(tokens.Select(t => t.Start), Is.EqualTo(new[] { 0, 3, 8, 13 }));
    }

    [Test]
    public void Chunked_segmentation_gives_exactly_the_words_of_one_jieba_call()
    {
        // Without line breaks no layout join applies, so the pipeline's words must be jieba's on the folded text.
        var text = string.Join("。", Enumerable.Repeat(TestCorpus.ReadArticle().Replace('\n', ' '), 3));
        Assert.That(text, Has.Length.GreaterThan(Segmenter.MaxChunkLength * 10));
        var expected = SharedExtractor.Resources.LoadJiebaNet().Cut(WidthNormalizer.Fold(text), hmm: true).Where(w => !string.IsNullOrWhiteSpace(w));

        var tokens = SharedExtractor.Instance.Extract(text).Tokens;

        Assert.That(tokens.Select(t => WidthNormalizer.Fold(t.Text)), Is.EqualTo(expected));
    }
}
