using CsCheck;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Robustness;

/// <summary>
/// Hostile input never crashes the extractor, never yields a span outside the text or a text that is not
/// its slice, never yields an ill-formed value, and gives the same result twice.
/// </summary>
public class HostileInputTests
{
    private static readonly ExtractionOptions WithDate = new() { ReferenceDate = new DateOnly(2020, 11, 23) };

    [Test]
    public void Random_mixed_text_keeps_the_span_and_value_contract()
    {
        AdversarialText.Text.Sample(CheckTwice, iter: int.TryParse(Environment.GetEnvironmentVariable("ZONEEXTRACT_FUZZ_ITERATIONS"), out var n) ? n : 400, seed: null);
    }

    [TestCaseSource(nameof(Extremes))]
    public void Extreme_input_keeps_the_span_and_value_contract(string name, string text)
    {
        CheckTwice(text);
    }

    [Test]
    public void A_long_run_of_digits_is_segmented_whole()
    {
        // jieba alone is quadratic on an unbroken run (40,000 digits took 2 s); the segmenter's chunks keep it linear.
        var result = SharedExtractor.Instance.Extract("总额" + new string('8', 200_000) + "亿元");
        Assert.That(string.Concat(result.Tokens.Select(t => t.Text)), Has.Length.EqualTo(200_004));
    }

    /// <summary>Found by fuzz.sh: a full-width minus is a sign, so the value is negative and the contract must say so.</summary>
    [TestCase("下降－４％", "-4")]
    [TestCase("增长率为－６．４％", "-6.4")]
    public void A_full_width_minus_gives_a_negative_percent_that_keeps_the_contract(string text, string expected)
    {
        var result = SharedExtractor.Instance.Extract(text, WithDate);
        ResultInvariants.Check(text, result);
        Assert.That(result.Percents.Select(p => DecimalText.Format(p.Value)), Is.EqualTo(new[] { expected }));
    }

    /// <summary>Found by fuzz.sh: a minus before a numeral that is a range of its own (八九) must keep max ≥ value.</summary>
    [TestCase("下降-八九%", "-9", "-8")]
    [TestCase("回落－三四个百分点", "-4", "-3")]
    public void A_minus_before_a_numeral_range_gives_an_ordered_negative_range(string text, string value, string max)
    {
        var result = SharedExtractor.Instance.Extract(text, WithDate);
        ResultInvariants.Check(text, result);
        Assert.That(result.Percents.Select(p => (DecimalText.Format(p.Value), p.MaxValue is { } m ? DecimalText.Format(m) : null)),
            Is.EqualTo(new[] { (value, max) }));
    }

    public static IEnumerable<TestCaseData> Extremes()
    {
        yield return Case("a one-character organisation head alone (found by the random test)", "司");
        yield return Case("a head at the text's start", "局长表示");
        yield return Case("a scale letter and small units past the limit (found by the random test)", "962450054773501127129482K千3块钱");
        yield return Case("a run of small units", string.Concat(Enumerable.Repeat("千", 40)) + "元");
        yield return Case("100,000 digits", new string('9', 100_000) + "元");
        yield return Case("100,000 full-width digits", new string('９', 100_000) + "%");
        yield return Case("stacked scales", "亿亿亿亿元 万万万万美元 百分之百分之百分之 千千千千亿元");
        yield return Case("huge numeral", "99999999999999999999999999999999999999亿元和99999999999999999999999999999%");
        yield return Case("tiny numeral", "0.00000000000000000000000000000000001亿元");
        yield return Case("impossible dates", "2020年13月45日至2019年2月30日, 0年0月0日, 99999年1月, 第0季度, 今年第九季度");
        yield return Case("deep brackets", new string('(', 20_000) + "重庆高新区" + new string(')', 20_000));
        yield return Case("deep quotes", string.Concat(Enumerable.Repeat("“《【", 5_000)) + "212亿元" + string.Concat(Enumerable.Repeat("】》”", 5_000)));
        yield return Case("lone surrogates", "\uD800212亿元\uDC00增长6.4%\uD800");
        yield return Case("combining marks", "2\u03010\u03012\u03010\u0301年1\u0308月212\u0301亿元");
        yield return Case("zero-width inside", "21\u200B2亿\u200D元, 6\u200C.4%, 10\uFEFF月30日");
        yield return Case("NUL and controls", "\0\u0001212亿元\0\u001F6.4%\u007F\u0085今年1-7月\0");
        yield return Case("only line breaks", string.Concat(Enumerable.Repeat("\r\n\n\u2028", 10_000)));
        yield return Case("one huge line of mixed table", string.Concat(Enumerable.Repeat("2019年|12.5%|3,456.7万元|", 5_000)));
    }

    private static TestCaseData Case(string name, string text) => new TestCaseData(name, text).SetArgDisplayNames(name);

    private static void CheckTwice(string text)
    {
        var first = SharedExtractor.Instance.Extract(text, WithDate);
        ResultInvariants.Check(text, first);
        var second = SharedExtractor.Instance.Extract(text, WithDate);
        Assert.That(Serialize(second), Is.EqualTo(Serialize(first)), "a second call gave another result");
    }

    private static string Serialize(ExtractionResult result) =>
        GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result)) + string.Join("|", result.Tokens.Select(t => $"{t.Start}:{t.Length}"));
}
