namespace ZoneExtract.Tests.Recognition;

/// <summary>MONEY, PERCENT and DATE through the public extractor: label filtering, reference date, merged spans.</summary>
public class RecognitionPipelineTests
{
    private const string Text = "今年前三季度,直管园实现地区生产总值(GDP)341.6亿元,增长6.4%;拉动工业增长19.96个百分点。";

    [Test]
    public void Numeric_labels_come_out_typed_and_resolved()
    {
        var result = SharedExtractor.Instance.Extract(Text, new ExtractionOptions
        {
            ReferenceDate = TestCorpus.ReferenceDate,
            Labels = EntityLabel.Money | EntityLabel.Percent | EntityLabel.Date,
        });
        Assert.That(result.Entities.Select(e => (e.Label, e.Text)), Is.EqualTo(new[]
        {
            (EntityLabel.Date, "今年前三季度"),
            (EntityLabel.Money, "341.6亿元"),
            (EntityLabel.Percent, "6.4%"),
            (EntityLabel.Percent, "19.96个百分点"),
        }));
        Assert.That(result.Money.Single().Amount, Is.EqualTo(34_160_000_000m));
        Assert.That(result.Dates.Single().Last, Is.EqualTo(new DateOnly(2020, 9, 30)));
        Assert.That(result.Percents.Last().Kind, Is.EqualTo(PercentKind.Points));
    }

    [Test]
    public void Only_the_requested_labels_are_returned()
    {
        var result = SharedExtractor.Instance.Extract(Text, new ExtractionOptions { Labels = EntityLabel.Money });
        Assert.That(result.Entities.Select(e => e.Text), Is.EqualTo(new[] { "341.6亿元" }));
    }

    [Test]
    public void Without_a_reference_date_relative_dates_stay_unresolved()
    {
        var result = SharedExtractor.Instance.Extract(Text, new ExtractionOptions { Labels = EntityLabel.Date });
        var date = result.Dates.Single();
        Assert.That(date.Text, Is.EqualTo("今年前三季度"));
        Assert.That(date.IsResolved, Is.False);
    }

    [Test]
    public void A_number_split_by_a_layout_line_break_is_not_joined_across_it()
    {
        var result = SharedExtractor.Instance.Extract("总投资额\n\n达100.7亿元。", new ExtractionOptions { Labels = EntityLabel.Money });
        Assert.That(result.Money.Single().Text, Is.EqualTo("100.7亿元"));
    }
}
