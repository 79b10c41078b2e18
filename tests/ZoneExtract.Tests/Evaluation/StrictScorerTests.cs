using ZoneExtract.Evaluation;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation;

public class StrictScorerTests
{
    private static GoldSpan Span(string label, int start, int end, bool optional = false) => new(label, start, end, optional, null);

    [Test]
    public void CountsExactMatchesMissesAndSpuriousPerLabel()
    {
        GoldSpan[] gold = [Span("ZONE", 0, 5), Span("ZONE", 10, 15), Span("MONEY", 20, 25)];
        GoldSpan[] predicted = [Span("ZONE", 0, 5), Span("ZONE", 10, 14), Span("MONEY", 20, 25), Span("MONEY", 30, 32)];

        var scores = StrictScorer.Score([(gold, predicted)]).ToDictionary(s => s.Label);

        Assert.Multiple(() =>
        {
            Assert.That(scores["ZONE"], Is.EqualTo(new LabelScore("ZONE", 1, 1, 1)));
            Assert.That(scores["MONEY"], Is.EqualTo(new LabelScore("MONEY", 1, 1, 0)));
            Assert.That(scores["MONEY"].Precision, Is.EqualTo(0.5));
            Assert.That(scores["MONEY"].Recall, Is.EqualTo(1.0));
            Assert.That(scores["MONEY"].F1, Is.EqualTo(2 / 3.0).Within(1e-12));
        });
    }

    [Test]
    public void OptionalGoldIsNeitherHitNorMiss()
    {
        GoldSpan[] gold = [Span("LOC", 0, 2, optional: true), Span("LOC", 5, 7, optional: true)];
        GoldSpan[] predicted = [Span("LOC", 0, 3)];

        var score = StrictScorer.Score([(gold, predicted)]).Single();

        Assert.That(score, Is.EqualTo(new LabelScore("LOC", 0, 0, 0)));
    }

    [Test]
    public void EachGoldSpanMatchesAtMostOnePrediction()
    {
        GoldSpan[] gold = [Span("ORG", 0, 4)];
        GoldSpan[] predicted = [Span("ORG", 0, 4), Span("ORG", 0, 4)];

        Assert.That(StrictScorer.Score([(gold, predicted)]).Single(), Is.EqualTo(new LabelScore("ORG", 1, 1, 0)));
    }
}
