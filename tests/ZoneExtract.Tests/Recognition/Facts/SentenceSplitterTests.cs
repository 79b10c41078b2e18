using ZoneExtract.Recognition.Facts;

namespace ZoneExtract.Tests.Recognition.Facts;

public class SentenceSplitterTests
{
    /// <summary>Each sentence's text with its paragraph number.</summary>
    private static List<(string, int)> Sentences(string text) => SentenceSplitter.Split(text).Select(s => (text[s.Start..s.End], s.Paragraph)).ToList();

    [Test]
    public void A_long_line_broken_by_the_layout_runs_on_but_headings_and_finished_lines_end_the_paragraph()
    {
        const string text = "## 招商引资成效明显\n\n南宁高新区引进了26个项目签约落地，项目总投资额\n\n达100.7亿元。三大产业占比78.3%。“这是好消息。”\n下一段。";

        Assert.That(Sentences(text), Is.EqualTo(new[]
        {
            ("## 招商引资成效明显", 0),
            ("南宁高新区引进了26个项目签约落地，项目总投资额\n\n达100.7亿元。", 1),
            ("三大产业占比78.3%。", 1),
            ("“这是好消息。”", 1),
            ("下一段。", 2),
        }));
    }

    [Test]
    public void The_headline_is_a_paragraph_of_its_own_whatever_its_length()
    {
        const string text = "\n一季度外贸同比增长10.7%，RCEP利好让东盟重回我国第一大贸易伙伴\n一季度，我国货物贸易进出口同比增长超过10%。";

        Assert.That(Sentences(text), Is.EqualTo(new[]
        {
            ("一季度外贸同比增长10.7%，RCEP利好让东盟重回我国第一大贸易伙伴", 0),
            ("一季度，我国货物贸易进出口同比增长超过10%。", 1),
        }));
    }

    [Test]
    public void A_run_without_sentence_ends_is_cut_into_bounded_pieces()
    {
        var text = string.Concat(Enumerable.Repeat("产值12.5%|", 500));

        var sentences = SentenceSplitter.Split(text);

        Assert.That(sentences.Max(s => s.End - s.Start), Is.LessThanOrEqualTo(SentenceSplitter.MaxSentenceLength));
        Assert.That(sentences.Sum(s => s.End - s.Start), Is.EqualTo(text.Length));
    }
}
