using ZoneExtract.Recognition.Dates;

namespace ZoneExtract.Tests.Recognition.Dates;

/// <summary>同年, 当年, 次年, 翌年, 上一年, 前一年 count from the year last named before them, not from the reference date.</summary>
public class AnaphoricYearTests
{
    private static readonly DateRecognizer Recognizer = new(SharedExtractor.Resources.CalendarWords);
    private static readonly DateOnly Reference = new(2022, 1, 25);

    private static (string Text, DateOnly? First, DateOnly? Last)[] Dates(string text) =>
        RecognizerHarness.Run(Recognizer, text, Reference).OfType<DateEntity>().Select(d => (d.Text, d.First, d.Last)).ToArray();

    private static (string, DateOnly?, DateOnly?) Date(string span, string first, string last) =>
        (span, DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture));

    [TestCase("该公司成立于2015年3月，同年12月在深交所上市。", "同年12月", "2015-12-01", "2015-12-31")]
    [TestCase("2020年5月项目开工，次年6月建成投产。", "次年6月", "2021-06-01", "2021-06-30")]
    [TestCase("2016年深圳GDP达到20686亿元，同年第二产业增加值增长。", "同年", "2016-01-01", "2016-12-31")]
    [TestCase("2018年签约落户，翌年底竣工。", "翌年底", "2019-12-01", "2019-12-31")]
    [TestCase("2019年产值比上一年增长8%。", "上一年", "2018-01-01", "2018-12-31")]
    [TestCase("2019年进出口额比前一年增长5%。", "前一年", "2018-01-01", "2018-12-31")]
    [TestCase("2017年4月获批。当年下半年开工建设。", "当年下半年", "2017-07-01", "2017-12-31")]
    public void Counts_from_the_year_named_before(string text, string span, string first, string last)
    {
        Assert.That(Dates(text), Does.Contain(Date(span, first, last)));
    }

    [Test]
    public void Whole_year_alone_opening_a_clause_is_the_year_last_reported_on()
    {
        const string text = "绍兴市2021年国民经济和社会发展统计公报\n初步核算，2021年全市生产总值6795亿元；与2019年相比，两年平均增长6.0%。\n全年财政总收入955亿元。";

        Assert.That(Dates(text), Does.Contain(Date("全年", "2021-01-01", "2021-12-31")));
    }

    [TestCase("提前超额完成全年任务。")] // not at the opening of a clause: a target
    [TestCase("全年财政总收入955亿元。")] // no year named before it
    public void Whole_year_alone_is_no_date(string text)
    {
        Assert.That(Dates(text).Select(d => d.Text), Does.Not.Contain("全年"));
    }

    [Test]
    public void A_year_reached_by_reference_counts_as_named()
    {
        Assert.That(Dates("2020年5月项目开工，次年6月建成投产，当年实现产值5亿元。").Select(d => d.Text + ":" + d.First?.Year),
            Is.EqualTo(new[] { "2020年5月:2020", "次年6月:2021", "当年:2021" }));
    }

    [TestCase("当年的老厂房如今焕然一新。")]
    [TestCase("同年12月在深交所上市。")]
    [TestCase("2015年公司成立。当年的老厂房如今焕然一新。")]
    [TestCase("不同年龄段的居民")]
    [TestCase("正当年的青年人")]
    [TestCase("提前一年完成任务")]
    [TestCase("2021年通过本次年会，员工一致同意。")]
    [TestCase("2021年女儿刚上一年级。")]
    public void Is_no_date_without_a_year_to_refer_to(string text)
    {
        Assert.That(Dates(text).Where(d => !char.IsAsciiDigit(d.Text[0])), Is.Empty);
    }

    [Test]
    public void A_year_in_another_paragraph_is_not_referred_to()
    {
        Assert.That(Dates("2015年3月公司成立。\n同年12月在深交所上市。").Select(d => d.Text), Is.EqualTo(new[] { "2015年3月" }));
    }

    [TestCase("次年6月建成投产", "次年6月", "2023-06-01", "2023-06-30")]
    [TestCase("上一年", "上一年", "2021-01-01", "2021-12-31")]
    public void Without_a_year_before_counts_from_the_reference_year(string text, string span, string first, string last)
    {
        Assert.That(Dates(text), Is.EqualTo(new[] { Date(span, first, last) }));
    }

    [Test]
    public void This_and_last_year_stay_relative_to_the_reference_date()
    {
        Assert.That(Dates("2015年公司成立，今年产值增长，去年亏损。").Select(d => d.Text + ":" + d.First?.Year),
            Is.EqualTo(new[] { "2015年:2015", "今年:2022", "去年:2021" }));
    }
}
