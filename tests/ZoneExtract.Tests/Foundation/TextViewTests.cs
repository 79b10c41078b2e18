using ZoneExtract.Text;

namespace ZoneExtract.Tests.Foundation;

public class TextViewTests
{
    [TestCase("１２０亿", "120亿")]
    [TestCase("６．４％", "6.4%")]
    [TestCase("西部（重庆）科学城", "西部(重庆)科学城")]
    [TestCase("a\u3000b", "a b")]
    [TestCase("不变的文字,6.4%", "不变的文字,6.4%")]
    public void Width_folding_keeps_length_and_maps_full_width_forms(string input, string expected)
    {
        var folded = WidthNormalizer.Fold(input);
        Assert.That(folded, Is.EqualTo(expected));
        Assert.That(folded, Has.Length.EqualTo(input.Length));
    }

    [Test]
    public void A_word_broken_across_a_column_is_rejoined_for_segmentation_and_mapped_back()
    {
        const string text = "努力把西部(重庆)科学城建设成为重大科技成果诞生地和全国创新重要策源地之一建\n\n设成为重大科技成果诞生地";
        var view = SegmentationView.Create(text);
        var joined = view.Text.IndexOf("建设成为重大科技成果诞生地", 30, StringComparison.Ordinal);
        Assert.That(joined, Is.GreaterThan(0), view.Text);
        Assert.Multiple(() =>
        {
            Assert.That(view.Text, Has.Length.EqualTo(text.Length - 2));
            Assert.That(text[view.ToOriginal(joined)], Is.EqualTo('建'));
            Assert.That(text[view.ToOriginal(joined + 1)], Is.EqualTo('设'));
            Assert.That(view.ToOriginal(joined + 1) - view.ToOriginal(joined), Is.EqualTo(3));
            Assert.That(view.ToOriginalEnd(view.Text.Length), Is.EqualTo(text.Length));
        });
    }

    [TestCase("## 强化创新平台载体建设提升科技创新实力的重要举措\n\n重庆高新区举行仪式")]
    [TestCase("短标题\n\n重庆高新区举行仪式")]
    [TestCase("科学家的家,创业者的城,创新者的乐园与奋斗者的舞台。\n\n重庆高新区举行仪式")]
    public void Headings_short_lines_and_sentence_ends_are_not_joined(string text)
    {
        Assert.That(SegmentationView.Create(text).Text, Is.EqualTo(text));
    }
}
