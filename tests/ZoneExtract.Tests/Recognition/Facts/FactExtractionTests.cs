namespace ZoneExtract.Tests.Recognition.Facts;

/// <summary>Facts through the public extractor: on by default, off on request, offsets into the caller's string.</summary>
public class FactExtractionTests
{
    // Full-width digits and punctuation: the rules match on the folded twin, the offsets and texts are the caller's.
    private const string Text = "今年前三季度，重庆高新区实现地区生产总值３４１．６亿元，增长６．４％。";

    private static readonly ExtractionOptions WithDate = new() { ReferenceDate = TestCorpus.ReferenceDate };

    [Test]
    public void Facts_are_found_by_default_with_the_entities_of_the_result()
    {
        var result = SharedExtractor.Instance.Extract(Text, WithDate);

        var fact = result.Facts.Single();
        Assert.Multiple(() =>
        {
            Assert.That(Text[fact.Start..fact.End], Is.EqualTo(fact.Indicator));
            Assert.That(fact.Indicator, Is.EqualTo("地区生产总值"));
            Assert.That(fact.Value, Is.SameAs(result.Money.Single()));
            Assert.That(fact.Value!.Text, Is.EqualTo("３４１．６亿元"));
            Assert.That(fact.Change!.Direction, Is.EqualTo(ChangeDirection.Increase));
            Assert.That(fact.Change.Rate.Value, Is.EqualTo(6.4m));
            Assert.That(fact.Period!.Last, Is.EqualTo(new DateOnly(2020, 9, 30)));
            Assert.That(fact.Subject!.Text, Is.EqualTo("重庆高新区"));
        });
    }

    [Test]
    public void Facts_can_be_switched_off()
    {
        var result = SharedExtractor.Instance.Extract(Text, WithDate with { IncludeFacts = false });

        Assert.That(result.Facts, Is.Empty);
        Assert.That(result.Money.Count(), Is.EqualTo(1), "the entities are still there");
    }

    [Test]
    public void A_text_without_figures_has_no_facts()
    {
        Assert.That(SharedExtractor.Instance.Extract("重庆高新区地区生产总值稳步增长。", WithDate).Facts, Is.Empty);
    }
}
