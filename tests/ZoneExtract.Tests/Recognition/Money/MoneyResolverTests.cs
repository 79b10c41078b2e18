using ZoneExtract.Recognition.Money;
using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Recognition.Money;

/// <summary>Amount rules on scanned numerals, without the extractor.</summary>
public class MoneyResolverTests
{
    private static Numeral Scan(string text)
    {
        Assert.That(NumeralScanner.TryScan(text, 0, integerOnly: false, out var numeral, out _), Is.True, text);
        return numeral;
    }

    [TestCase("5", "10亿", "500000000", "1000000000")]
    [TestCase("两", "三万", "20000", "30000")]
    [TestCase("8.5亿", "10亿", "850000000", "1000000000")]
    [TestCase("3千", "5千万", "30000000", "50000000")] // a first part with small units only borrows the large ones (一千到两千万元)
    [TestCase("一百二十", "一百五十万", "1200000", "1500000")]
    [TestCase("十八", "三十万", "180000", "300000")]
    [TestCase("八", "九百亿", "80000000000", "90000000000")]
    [TestCase("8500", "3万", "8500", "30000")] // borrowing would pass the upper end
    [TestCase("1万", "5万", "10000", "50000")]
    [TestCase("10", "15k", "10000", "15000")]
    public void A_bare_first_part_borrows_the_second_parts_scale(string low, string high, string amount, string max)
    {
        var mention = new MoneyMention(0, 1, Scan(low), 1m, Scan(high), 1m, "CNY", 1m);
        Assert.That(MoneyResolver.TryResolve(mention, out var value, out var upper, out _), Is.True);
        Assert.That(DecimalText.Format(value), Is.EqualTo(amount));
        Assert.That(DecimalText.Format(upper!.Value), Is.EqualTo(max));
    }

    [Test]
    public void A_scale_after_ge_multiplies_the_numeral()
    {
        var mention = new MoneyMention(0, 1, Scan("50"), 100_000_000m, null, 1m, "CNY", 1m);
        Assert.That(MoneyResolver.TryResolve(mention, out var value, out var max, out var approximate), Is.True);
        Assert.That(value, Is.EqualTo(5_000_000_000m));
        Assert.That(max, Is.Null);
        Assert.That(approximate, Is.False);
    }

    [Test]
    public void Subunits_are_converted_to_the_main_unit()
    {
        var mention = new MoneyMention(0, 1, Scan("50"), 1m, null, 1m, "USD", 0.01m);
        Assert.That(MoneyResolver.TryResolve(mention, out var value, out _, out _), Is.True);
        Assert.That(DecimalText.Format(value), Is.EqualTo("0.5"));
    }

    [Test]
    public void An_overflowing_scale_is_refused_not_thrown()
    {
        var mention = new MoneyMention(0, 1, Scan("99999999999999999999"), 1_000_000_000_000_000_000_000_000m, null, 1m, "CNY", 1m);
        Assert.That(MoneyResolver.TryResolve(mention, out _, out _, out _), Is.False);
    }

    [Test]
    public void An_overflowing_shared_scale_is_not_borrowed_and_not_thrown()
    {
        // 5到一千千千千千千千千个亿元: the second part's trailing scale (10^24) times 个亿 passes decimal's range.
        var mention = new MoneyMention(0, 1, Scan("5"), 1m, Scan("一千千千千千千千千"), 100_000_000m, "CNY", 1m);
        Assert.That(MoneyResolver.TryResolve(mention, out var value, out var max, out _), Is.True);
        Assert.That(DecimalText.Format(value), Is.EqualTo("5"));
        Assert.That(max, Is.Not.Null);
    }

    [Test]
    public void A_backwards_range_is_refused()
    {
        var mention = new MoneyMention(0, 1, Scan("10亿"), 1m, Scan("5亿"), 1m, "CNY", 1m);
        Assert.That(MoneyResolver.TryResolve(mention, out _, out _, out _), Is.False);
    }
}
