using ZoneExtract.Evaluation;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation;

public class GoldAgainstItselfTests
{
    [Test]
    public void The_reference_gold_scored_against_itself_is_perfect_and_counts_only_non_optional_spans()
    {
        var gold = GoldJsonlReader.ReadFile(TestCorpus.GoldPath);

        var report = Evaluator.Evaluate(DocumentAligner.Align(gold, gold));

        var spans = gold.Single().Spans;
        Assert.Multiple(() =>
        {
            foreach (var label in report.Labels)
            {
                Assert.That(label.Strict.F1, Is.EqualTo(1.0), label.Label);
                Assert.That(label.Support, Is.EqualTo(spans.Count(s => s.Label == label.Label && !s.Optional)), label.Label);
                Assert.That(label.Values.Checked, Is.EqualTo(spans.Count(s => s.Label == label.Label && !s.Optional && s.Value is not null)), label.Label);
                Assert.That(label.Values.Correct, Is.EqualTo(label.Values.Checked), label.Label);
            }
            // INDICATOR spans are scored with the facts only (contract §6.2), never in an entity micro-average.
            Assert.That(report.Core.Support + report.Extended.Support, Is.EqualTo(spans.Count(s => !s.Optional && s.Label != "INDICATOR")));
            Assert.That(report.Errors, Is.Empty);
        });
    }
}
