using ZoneExtract.Evaluation;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation;

/// <summary>The scoring arithmetic of annotation contract §5 on small hand-made cases.</summary>
public class EvaluatorTests
{
    private const string Text = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    internal static GoldSpan Span(string label, int start, int end, bool optional = false, IReadOnlyDictionary<string, string>? value = null) =>
        new(label, start, end, optional, value);

    internal static IReadOnlyDictionary<string, string> Money(string amount) =>
        new Dictionary<string, string> { ["amount"] = amount, ["currency"] = "CNY" };

    private static EvaluationReport Evaluate(GoldSpan[] gold, GoldSpan[] predicted, EvaluationOptions? options = null, string text = Text) =>
        Evaluator.Evaluate([new DocumentPair(new GoldDocument("d", text, null, gold), new GoldDocument("d", text, null, predicted))], options);

    private static LabelScore Label(EvaluationReport report, string label) => report.Labels.Single(l => l.Label == label);

    [Test]
    public void Exact_partial_spurious_and_missed_spans_score_strictly_and_partially()
    {
        var report = Evaluate(
            [Span("ZONE", 0, 5), Span("ZONE", 10, 15), Span("ZONE", 20, 25)],
            [Span("ZONE", 0, 5), Span("ZONE", 10, 14), Span("ZONE", 30, 33)]);

        var zone = Label(report, "ZONE");
        Assert.Multiple(() =>
        {
            Assert.That(zone.Strict, Is.EqualTo(new StrictCounts(1, 2, 2)));
            Assert.That(zone.Strict.Precision, Is.EqualTo(1 / 3.0).Within(1e-12));
            Assert.That(zone.Strict.Recall, Is.EqualTo(1 / 3.0).Within(1e-12));
            Assert.That(zone.Partial, Is.EqualTo(new PartialCounts(Correct: 1, Partial: 1, Missing: 1, Spurious: 1)));
            Assert.That(zone.Partial.Precision, Is.EqualTo(0.5), "(1 + 0.5) / 3");
            Assert.That(zone.Partial.Recall, Is.EqualTo(0.5), "(1 + 0.5) / 3");
            Assert.That(zone.Partial.F1, Is.EqualTo(0.5));
            Assert.That(zone.Support, Is.EqualTo(3));
        });
    }

    [Test]
    public void Partial_matching_credits_as_many_gold_spans_as_possible()
    {
        var report = Evaluate([Span("LOC", 0, 3), Span("LOC", 4, 10)], [Span("LOC", 2, 8), Span("LOC", 5, 9)]);

        var loc = Label(report, "LOC");
        Assert.Multiple(() =>
        {
            Assert.That(loc.Partial, Is.EqualTo(new PartialCounts(0, 2, 0, 0)), "[5,9) can only take [4,10), so [2,8) takes [0,3) although it overlaps [4,10) more");
            Assert.That(loc.Strict, Is.EqualTo(new StrictCounts(0, 2, 2)));
        });
    }

    [Test]
    public void Each_gold_span_matches_at_most_one_prediction()
    {
        var report = Evaluate([Span("ORG", 0, 4)], [Span("ORG", 0, 4), Span("ORG", 0, 4)]);

        Assert.Multiple(() =>
        {
            Assert.That(Label(report, "ORG").Strict, Is.EqualTo(new StrictCounts(1, 1, 0)));
            Assert.That(Label(report, "ORG").Partial, Is.EqualTo(new PartialCounts(1, 0, 0, 1)));
        });
    }

    [Test]
    public void Optional_gold_is_neither_hit_nor_miss()
    {
        var report = Evaluate(
            [Span("LOC", 0, 2, optional: true), Span("LOC", 5, 7, optional: true), Span("LOC", 20, 22, optional: true), Span("MONEY", 30, 33, optional: true)],
            [Span("LOC", 0, 3), Span("LOC", 5, 7), Span("MONEY", 30, 33, value: Money("1000"))]);

        Assert.Multiple(() =>
        {
            Assert.That(Label(report, "LOC").Strict, Is.EqualTo(StrictCounts.Zero), "overlapping, exact and missed optional spans are not counted");
            Assert.That(Label(report, "LOC").Partial, Is.EqualTo(new PartialCounts(0, 0, 0, 0)));
            Assert.That(Label(report, "MONEY").Values, Is.EqualTo(new ValueCounts(0, 0)), "no value check on an optional span");
            Assert.That(report.Errors, Is.Empty);
        });
    }

    [Test]
    public void Optional_span_of_another_label_does_not_excuse_a_prediction()
    {
        var report = Evaluate([Span("LOC", 0, 2, optional: true)], [Span("ORG", 0, 2)]);

        Assert.That(Label(report, "ORG").Strict, Is.EqualTo(new StrictCounts(0, 1, 0)));
    }

    [Test]
    public void Zone_nested_in_org_is_scored_on_its_own()
    {
        GoldSpan[] gold = [Span("ORG", 0, 10), Span("ZONE", 0, 5)];

        var orgOnly = Evaluate(gold, [Span("ORG", 0, 10)]);
        var both = Evaluate(gold, [Span("ORG", 0, 10), Span("ZONE", 0, 5)]);

        Assert.Multiple(() =>
        {
            Assert.That(Label(orgOnly, "ORG").Strict, Is.EqualTo(new StrictCounts(1, 0, 0)));
            Assert.That(Label(orgOnly, "ZONE").Strict, Is.EqualTo(new StrictCounts(0, 0, 1)), "the nested zone is still expected");
            Assert.That(Label(both, "ZONE").Strict, Is.EqualTo(new StrictCounts(1, 0, 0)));
            Assert.That(Label(both, "ORG").Strict, Is.EqualTo(new StrictCounts(1, 0, 0)));
        });
    }

    [Test]
    public void Value_accuracy_counts_strict_hits_whose_gold_has_a_value()
    {
        var report = Evaluate(
            [Span("MONEY", 0, 4, value: Money("21200000000")), Span("MONEY", 10, 14, value: Money("5")), Span("MONEY", 20, 24), Span("MONEY", 30, 34, value: Money("7"))],
            [Span("MONEY", 0, 4, value: Money("21200000000")), Span("MONEY", 10, 14, value: Money("50")), Span("MONEY", 20, 24, value: Money("1")), Span("MONEY", 30, 33, value: Money("7"))]);

        var money = Label(report, "MONEY");
        var mismatch = report.Errors.Single(e => e.Kind == ScoringErrorKind.ValueMismatch);
        Assert.Multiple(() =>
        {
            Assert.That(money.Values, Is.EqualTo(new ValueCounts(Checked: 2, Correct: 1)), "the valueless gold span and the partial match are not checked");
            Assert.That(money.Values.Accuracy, Is.EqualTo(0.5));
            Assert.That(money.Strict, Is.EqualTo(new StrictCounts(3, 1, 1)), "a wrong value is still a span hit");
            Assert.That(mismatch.StartOffset, Is.EqualTo(10));
            Assert.That(mismatch.Detail, Is.EqualTo("gold amount=5 currency=CNY; predicted amount=50 currency=CNY"));
        });
    }

    [Test]
    public void Missing_predicted_value_is_a_mismatch_and_no_check_is_null()
    {
        var report = Evaluate([Span("DATE", 0, 4, value: new Dictionary<string, string> { ["start"] = "2020-01-01", ["end"] = "2020-01-31" }), Span("ZONE", 5, 9)],
            [Span("DATE", 0, 4), Span("ZONE", 5, 9)]);

        Assert.Multiple(() =>
        {
            Assert.That(Label(report, "DATE").Values, Is.EqualTo(new ValueCounts(1, 0)));
            Assert.That(Label(report, "ZONE").Values.Accuracy, Is.Null);
        });
    }

    [Test]
    public void Micro_averages_sum_counts_within_core_and_extended_labels_only()
    {
        var report = Evaluate(
            [Span("ZONE", 0, 2), Span("ZONE", 3, 5), Span("MONEY", 6, 8), Span("MONEY", 9, 11), Span("MONEY", 23, 25), Span("PERSON", 12, 14), Span("FOO", 15, 17)],
            [Span("ZONE", 0, 2), Span("MONEY", 6, 8), Span("MONEY", 9, 11), Span("MONEY", 23, 25), Span("MONEY", 20, 22), Span("LOC", 30, 32), Span("FOO", 15, 17)]);

        Assert.Multiple(() =>
        {
            Assert.That(report.Core.Strict, Is.EqualTo(new StrictCounts(4, 1, 1)));
            Assert.That(report.Core.Strict.Precision, Is.EqualTo(0.8));
            Assert.That(report.Core.Strict.Recall, Is.EqualTo(0.8), "4 of 5 gold spans; the macro average would be (1/2 + 3/3) / 2 = 0.75");
            Assert.That(report.Core.Strict.F1, Is.EqualTo(0.8).Within(1e-12));
            Assert.That(report.Core.Labels, Is.EqualTo(new[] { "ZONE", "MONEY" }));
            Assert.That(report.Extended.Strict, Is.EqualTo(new StrictCounts(0, 1, 1)));
            Assert.That(report.Extended.Labels, Is.EqualTo(new[] { "PERSON", "LOC" }));
            Assert.That(report.Labels.Select(l => l.Label), Is.EqualTo(new[] { "ZONE", "MONEY", "PERSON", "LOC", "FOO" }), "contract order, then others");
        });
    }

    [Test]
    public void Map_renames_both_sides_before_labels_filter()
    {
        var options = new EvaluationOptions
        {
            LabelMap = EvaluationOptions.ParseLabelMap(["company=ORG"]),
            Labels = ["ORG", "PERSON"],
        };

        var report = Evaluate([Span("ORG", 0, 4), Span("COMPANY", 5, 9), Span("ZONE", 10, 12)], [Span("COMPANY", 0, 4), Span("ORG", 5, 9), Span("ZONE", 13, 15)], options);

        Assert.Multiple(() =>
        {
            Assert.That(report.Labels.Select(l => l.Label), Is.EqualTo(new[] { "ORG", "PERSON" }), "ZONE filtered out; PERSON reported although absent");
            Assert.That(Label(report, "ORG").Strict, Is.EqualTo(new StrictCounts(2, 0, 0)));
            Assert.That(Label(report, "PERSON").Support, Is.Zero);
            Assert.That(report.Core.Labels, Is.Empty);
            Assert.That(report.Errors, Is.Empty);
        });
    }

    [TestCase("COMPANY")]
    [TestCase("=ORG")]
    [TestCase("A=B=C")]
    public void Malformed_label_map_is_rejected(string pair) =>
        Assert.That(() => EvaluationOptions.ParseLabelMap([pair]), Throws.InstanceOf<FormatException>().With.Message.Contains(pair));

    [Test]
    public void Label_mapped_twice_is_rejected() =>
        Assert.That(() => EvaluationOptions.ParseLabelMap(["COMPANY=ORG", "company=LOC"]), Throws.InstanceOf<FormatException>().With.Message.Contains("COMPANY is mapped twice"));

    [Test]
    public void Errors_give_code_point_offsets_context_and_the_overlapping_span()
    {
        const string text = "𠀀𠀀前文。\n重庆高新区总投资达212亿元,增长6.4%。后面还有很多很多文字";
        var zone = text.IndexOf("重庆高新区", StringComparison.Ordinal);
        var money = text.IndexOf("212亿元", StringComparison.Ordinal);

        var report = Evaluate([Span("ZONE", zone, zone + 5), Span("MONEY", money, money + 5)], [Span("ZONE", zone, zone + 2), Span("MONEY", money - 1, money + 5)], text: text);

        var missedZone = report.Errors.Single(e => e.Kind == ScoringErrorKind.FalseNegative && e.Label == "ZONE");
        var spuriousMoney = report.Errors.Single(e => e.Kind == ScoringErrorKind.FalsePositive && e.Label == "MONEY");
        Assert.Multiple(() =>
        {
            Assert.That(report.Errors, Has.Count.EqualTo(4));
            Assert.That((missedZone.StartOffset, missedZone.EndOffset), Is.EqualTo((zone - 2, zone + 3)), "two astral characters are one code point each");
            Assert.That(missedZone.Text, Is.EqualTo("重庆高新区"));
            Assert.That(missedZone.Before, Is.EqualTo("𠀀𠀀前文。⏎"), "line breaks shown, surrogate pairs kept whole");
            Assert.That(missedZone.After, Is.EqualTo("总投资达212亿元,"));
            Assert.That(missedZone.Detail, Is.EqualTo($"overlaps predicted [{zone - 2}, {zone}) '重庆'"));
            Assert.That(spuriousMoney.Text, Is.EqualTo("达212亿元"));
            Assert.That(spuriousMoney.Detail, Does.StartWith("overlaps gold"));
        });
    }

    [Test]
    public void Different_texts_are_refused() =>
        Assert.That(
            () => Evaluator.Evaluate([new DocumentPair(new GoldDocument("a", "abc", null, []), new GoldDocument("a", "abd", null, []))]),
            Throws.InstanceOf<DocumentAlignmentException>().With.Message.Contains("document a"));
}
