using ZoneExtract.Recognition.Percent;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Recognition.Percent;

public class PercentRecognizerTests
{
    private static readonly PercentRecognizer Recognizer = new();

    [TestCase("增长6.4%。", "6.4%", "6.4", PercentKind.Percent)]
    [TestCase("增长６.４％", "６.４％", "6.4", PercentKind.Percent)]
    [TestCase("增长６．４％", "６．４％", "6.4", PercentKind.Percent)]
    [TestCase("占百分之六点四", "百分之六点四", "6.4", PercentKind.Percent)]
    [TestCase("占百分之十五", "百分之十五", "15", PercentKind.Percent)]
    [TestCase("上升了百分之2.2", "百分之2.2", "2.2", PercentKind.Percent)]
    [TestCase("百分之一百", "百分之一百", "100", PercentKind.Percent)]
    [TestCase("拉动工业增长19.96个百分点", "19.96个百分点", "19.96", PercentKind.Points)]
    [TestCase("提高0.5百分点", "0.5百分点", "0.5", PercentKind.Points)]
    [TestCase("提高六个百分点", "六个百分点", "6", PercentKind.Points)]
    [TestCase("同比-3.9%", "-3.9%", "-3.9", PercentKind.Percent)]
    [TestCase("增速为－1２２％", "－1２２％", "-122", PercentKind.Percent)]
    [TestCase("回落-0.5个百分点", "-0.5个百分点", "-0.5", PercentKind.Points)]
    [TestCase("保持在90%以上", "90%", "90", PercentKind.Percent)]
    [TestCase("履约率100%;", "100%", "100", PercentKind.Percent)]
    [TestCase("占比1,111%", "1,111%", "1111", PercentKind.Percent)]
    [TestCase("百分之一百二十点五", "百分之一百二十点五", "120.5", PercentKind.Percent)]
    [TestCase("百分之百", "百分之百", "100", PercentKind.Percent)]
    [TestCase("拾万零五十六点叁叁个百分点", "拾万零五十六点叁叁个百分点", "100056.33", PercentKind.Points)]
    [TestCase("提高2.4個百分點", "2.4個百分點", "2.4", PercentKind.Points)]
    [TestCase("2019. 5%的人", "5%", "5", PercentKind.Percent)] // a full stop before a space ends the year, it is no decimal point
    [TestCase("1. 50%", "50%", "50", PercentKind.Percent)] // a list number
    public void Figures_are_exact(string text, string span, string value, PercentKind kind)
    {
        var percent = RecognizerHarness.Single<PercentEntity>(Recognizer, text);
        Assert.That(percent.Text, Is.EqualTo(span));
        Assert.That(percent.Start, Is.EqualTo(text.IndexOf(span, StringComparison.Ordinal)));
        Assert.That(DecimalText.Format(percent.Value), Is.EqualTo(value));
        Assert.That(percent.Kind, Is.EqualTo(kind));
        Assert.That(percent.MaxValue, Is.Null);
    }

    [TestCase("毛利率16%-37%", "16%-37%", "16", "37", PercentKind.Percent)]
    [TestCase("增长5%至8%", "5%至8%", "5", "8", PercentKind.Percent)]
    [TestCase("增长5-8%", "5-8%", "5", "8", PercentKind.Percent)]
    [TestCase("百分之五到百分之八", "百分之五到百分之八", "5", "8", PercentKind.Percent)]
    [TestCase("提高1至2个百分点", "1至2个百分点", "1", "2", PercentKind.Points)]
    [TestCase("-5%～3%", "-5%～3%", "-5", "3", PercentKind.Percent)]
    public void Ranges_are_one_mention_with_a_maximum(string text, string span, string value, string max, PercentKind kind)
    {
        var percent = RecognizerHarness.Single<PercentEntity>(Recognizer, text);
        Assert.That(percent.Text, Is.EqualTo(span));
        Assert.That(DecimalText.Format(percent.Value), Is.EqualTo(value));
        Assert.That(percent.MaxValue, Is.Not.Null);
        Assert.That(DecimalText.Format(percent.MaxValue!.Value), Is.EqualTo(max));
        Assert.That(percent.Kind, Is.EqualTo(kind));
    }

    [TestCase("增速均超过两位数")]
    [TestCase("比例为3:1")]
    [TestCase("五百分之2.2")]
    [TestCase("对折")]
    [TestCase("十折")]
    [TestCase("一成不变")]
    [TestCase("折合人民币3亿元")]
    [TestCase("访问 https://www.test.com/search?q=30%25%2020%")]
    [TestCase("百分百满意")]
    [TestCase("投资212亿元")]
    [TestCase("8%至5%")]
    [TestCase("https://www.test.com/search?q=30%25%2020%")]
    [TestCase("issn%280024%2D9114%29")]
    public void Not_percent(string text)
    {
        Assert.That(RecognizerHarness.Run(Recognizer, text).Select(e => e.Text), Is.Empty);
    }

    [TestCase("三成", "三成", "30")]
    [TestCase("九成", "九成", "90")]
    [TestCase("三成半", "三成半", "35")]
    [TestCase("八成五", "八成五", "85")]
    [TestCase("半成", "半成", "5")]
    [TestCase("七成 六", "七成 六", "76")]
    [TestCase("２.５成", "２.５成", "25")]
    [TestCase("七五折", "七五折", "75")]
    [TestCase("9.9折", "9.9折", "99")]
    [TestCase("三点一折", "三点一折", "31")]
    [TestCase("打对折", "对折", "50")]
    [TestCase("陸 點 五 折", "陸 點 五 折", "65")]
    [TestCase("７ ５ %", "７ ５ %", "75")]
    [TestCase("千分之五", "千分之五", "0.5")]
    [TestCase("万分之三", "万分之三", "0.03")]
    [TestCase("百万分之五", "百万分之五", "0.0005")]
    [TestCase("百分之15Ｋ", "百分之15Ｋ", "15000")]
    [TestCase("百 分 之 一 百二 十点 五", "百 分 之 一 百二 十点 五", "120.5")]
    public void Tenths_discounts_fractions_and_spaced_figures(string text, string span, string value)
    {
        var percent = RecognizerHarness.Single<PercentEntity>(Recognizer, text);
        Assert.That(percent.Text, Is.EqualTo(span));
        Assert.That(DecimalText.Format(percent.Value), Is.EqualTo(value));
        Assert.That(percent.Kind, Is.EqualTo(PercentKind.Percent));
    }

    [TestCase("百分之五到十", "5", "10")]
    [TestCase("百分之二三十", "20", "30")]
    [TestCase("三到五成", "30", "50")]
    [TestCase("七成到八成五", "70", "85")] // 五 after the second 成 belongs to the upper end only
    [TestCase("三至四成半", "30", "45")]
    [TestCase("七成到八成", "70", "80")]
    public void Verbal_ranges(string text, string value, string max)
    {
        var percent = RecognizerHarness.Single<PercentEntity>(Recognizer, text);
        Assert.That(DecimalText.Format(percent.Value), Is.EqualTo(value));
        Assert.That(DecimalText.Format(percent.MaxValue!.Value), Is.EqualTo(max));
    }

    [Test]
    public void Several_figures_in_one_sentence()
    {
        var found = RecognizerHarness.Run(Recognizer, "占园区产值总量的15.7%,拉动工业增长19.96个百分点;履约率100%;开工率65.38%");
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "15.7%", "19.96个百分点", "100%", "65.38%" }));
    }
}
