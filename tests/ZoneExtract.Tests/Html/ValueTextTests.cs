using ZoneExtract.Evaluation.Html;

namespace ZoneExtract.Tests.Html;

public class ValueTextTests
{
    [TestCase("amount=21200000000 currency=CNY", "21,200,000,000 CNY")]
    [TestCase("amount=500000000 amount_max=1000000000 currency=USD", "500,000,000 – 1,000,000,000 USD")]
    [TestCase("amount=1234.5 currency=CNY", "1,234.5 CNY")]
    [TestCase("percent=6.4", "6.4%")]
    [TestCase("percent=16 percent_max=37", "16% – 37%")]
    [TestCase("points=19.96", "19.96 percentage points")]
    [TestCase("start=2020-01-01 end=2020-07-31", "2020-01-01 – 2020-07-31")]
    [TestCase("start=2020-10-30 end=2020-10-30", "2020-10-30")]
    [TestCase("unknown=x", "unknown x")]
    public void Gold_values_read_as_people_write_them(string pairs, string expected)
    {
        var value = pairs.Split(' ').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);

        Assert.That(ValueText.Describe(value), Is.EqualTo(expected));
    }

    [TestCase("重庆高新区投资212亿元", "212亿元", "21,200,000,000 CNY")]
    [TestCase("今年1-7月增长", "今年1-7月", "2020-01-01 – 2020-07-31")]
    [TestCase("投资10余亿元", "10余亿元", "about 1,000,000,000 CNY")]
    [TestCase("重庆高新区投资", "重庆高新区", "kind high_tech_zone; official name 重庆高新技术产业开发区")]
    public void Extracted_entities_read_with_their_value(string text, string span, string expected)
    {
        var result = SharedExtractor.Instance.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2020, 11, 23) });

        Assert.That(ValueText.Describe(result.Entities.Single(e => e.Text == span)), Is.EqualTo(expected));
    }

    [Test]
    public void A_date_without_reference_date_says_so()
    {
        var result = SharedExtractor.Instance.Extract("今年1-7月增长", new ExtractionOptions());

        Assert.That(ValueText.Describe(result.Dates.Single()), Is.EqualTo("not resolved (no reference date)"));
    }
}
