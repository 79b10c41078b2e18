using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Recognition.Numbers;

public class NumeralScannerTests
{
    [TestCase("341.6", "341.6", 5)]
    [TestCase("1,100.9亿", "110090000000", 8)]
    [TestCase("12,345,678", "12345678", 10)]
    [TestCase("2018,2019", "2018", 4)]
    [TestCase("120亿", "12000000000", 4)]
    [TestCase("0.50", "0.5", 4)]
    [TestCase("三千万", "30000000", 3)]
    [TestCase("一百二十亿", "12000000000", 5)]
    [TestCase("二〇二〇", "2020", 4)]
    [TestCase("二零零四", "2004", 4)]
    [TestCase("十", "10", 1)]
    [TestCase("十五", "15", 2)]
    [TestCase("两", "2", 1)]
    [TestCase("两千零四", "2004", 4)]
    [TestCase("一千零五十", "1050", 5)]
    [TestCase("零", "0", 1)]
    [TestCase("壹佰贰拾万", "1200000", 5)]
    [TestCase("拾万零五十六点叁叁", "100056.33", 9)]
    [TestCase("3千万", "30000000", 3)]
    [TestCase("1.2万亿", "1200000000000", 5)]
    [TestCase("五百亿", "50000000000", 3)]
    [TestCase("一亿二千万", "120000000", 5)]
    [TestCase("一百二", "120", 3)]
    [TestCase("一万二", "12000", 3)]
    [TestCase("六点四", "6.4", 3)]
    [TestCase("11644万", "116440000", 6)]
    public void Reads_exact_values(string text, string value, int length)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out var numeral, out _), Is.True);
        Assert.That(DecimalText.Format(numeral.Value), Is.EqualTo(value));
        Assert.That(numeral.End - numeral.Start, Is.EqualTo(length));
        Assert.That(numeral.IsApproximate, Is.False);
        Assert.That(numeral.MaxValue, Is.Null);
    }

    [TestCase("10余亿", "1000000000", 4)]
    [TestCase("两百多万", "2000000", 4)]
    [TestCase("5万多", "50000", 3)]
    [TestCase("3000多", "3000", 5)]
    [TestCase("十几", "10", 2)]
    [TestCase("40余", "40", 3)]
    public void Approximations_stay_inside_the_numeral_with_the_base_value(string text, string value, int length)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out var numeral, out _), Is.True);
        Assert.That(DecimalText.Format(numeral.Value), Is.EqualTo(value));
        Assert.That(numeral.End, Is.EqualTo(length));
        Assert.That(numeral.IsApproximate, Is.True);
        Assert.That(numeral.MaxValue, Is.Null);
    }

    [TestCase("八九亿", "800000000", "900000000")]
    [TestCase("三四十万", "300000", "400000")]
    [TestCase("两三", "2", "3")]
    public void Adjacent_digits_are_a_range(string text, string low, string high)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out var numeral, out _), Is.True);
        Assert.That(DecimalText.Format(numeral.Value), Is.EqualTo(low));
        Assert.That(numeral.MaxValue, Is.Not.Null);
        Assert.That(DecimalText.Format(numeral.MaxValue!.Value), Is.EqualTo(high));
    }

    [TestCase("10亿", "100000000")]
    [TestCase("3千万", "10000000")]
    [TestCase("1.2万亿", "1000000000000")]
    [TestCase("25", "1")]
    public void Trailing_scale_is_the_product_of_the_closing_units(string text, string scale)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out var numeral, out _), Is.True);
        Assert.That(DecimalText.Format(numeral.TrailingScale), Is.EqualTo(scale));
    }

    [TestCase("2020", 4)]
    [TestCase("二〇二〇", 4)]
    [TestCase("30", 2)]
    [TestCase("十二", 0)]
    [TestCase("1,000", 0)]
    public void Plain_digit_strings_report_their_length(string text, int digits)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out var numeral, out _), Is.True);
        Assert.That(numeral.PlainDigits, Is.EqualTo(digits));
    }

    [TestCase("1234567890123456789012345678901234567890亿元")]
    [TestCase("99999999999999999999万亿亿")]
    [TestCase("0.1234567890123456789")]
    public void Absurd_numbers_are_dropped_and_the_whole_run_skipped(string text)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out _, out var end), Is.False);
        Assert.That(end, Is.GreaterThan(10), "the caller must be able to skip the run rather than re-read its tail");
    }

    [TestCase("一千千千千千千千千万万元")] // the scale passes decimal's range at the second 万
    [TestCase("一千千千千千千千千亿亿")]
    [TestCase("5千千千千千千千千兆兆")]
    public void A_runaway_large_unit_scale_is_dropped_not_thrown(string text)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out _, out _), Is.False);
    }

    [TestCase("百分之", 0)] // 百 before 分 starts a word of the percent family (百分之, 百分点, 百分位), not a numeral
    [TestCase("万元", 0)]
    [TestCase("亿元", 0)]
    [TestCase("元", 0)]
    public void Large_units_never_open_a_numeral(string text, int expectedFound)
    {
        var found = NumeralScanner.TryScan(text, 0, integerOnly: false, out _, out _);
        Assert.That(found ? 1 : 0, Is.EqualTo(expectedFound));
    }

    [TestCase("几十亿", 1)]
    [TestCase("数百万", 1)]
    [TestCase("上千", 1)]
    public void A_multiple_with_no_base_is_not_a_numeral(string text, int index)
    {
        Assert.That(NumeralScanner.TryScan(text, index, integerOnly: false, out _, out _), Is.False);
    }

    [Test]
    public void Integer_mode_stops_at_the_decimal_point_of_a_date()
    {
        Assert.That(NumeralScanner.TryScan("2020.10.30", 0, integerOnly: true, out var numeral, out _), Is.True);
        Assert.That(numeral.End, Is.EqualTo(4));
        Assert.That(numeral.Value, Is.EqualTo(2020m));
    }

    [TestCase("2020年", 0, 4)]
    [TestCase("1,100.9亿元", 0, 8)]
    [TestCase("10余亿元", 0, 4)]
    [TestCase("两百多万美元", 0, 4)]
    [TestCase("15k元", 0, 3)]
    [TestCase("六点四%", 0, 3)]
    [TestCase("十几个百分点", 0, 2)]
    [TestCase("进一步", 1, 2)]
    public void A_run_ends_where_no_scan_from_inside_it_reads_on(string text, int start, int end)
    {
        Assert.That(NumeralScanner.RunEnd(text, start), Is.EqualTo(end));
        for (var i = start; i < end; i++)
        {
            NumeralScanner.TryScan(text, i, integerOnly: false, out _, out var scanEnd);
            Assert.That(scanEnd, Is.LessThanOrEqualTo(end), $"scan from {i}");
        }
    }
}
