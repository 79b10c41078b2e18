using ZoneExtract.Evaluation;
using System.Text.Json;
using ZoneExtract.Evaluation.Facts;
using ZoneExtract.Evaluation.Reporting;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation.Facts;

/// <summary>Each scoring rule of contract §6.2 on small hand-made documents.</summary>
public class FactEvaluatorTests
{
    //                      0123456789012345678901234567890
    private const string Text = "今年重庆高新区产值5亿元，增长6.4%。今年重庆高新区营收3亿元。";

    // Spans by name: [start, end) and label; values where the contract has one.
    private static readonly Dictionary<string, GoldSpan> S = new()
    {
        ["date1"] = new("DATE", 0, 2, false, Value(("start", "2020-01-01"), ("end", "2020-12-31"))),
        ["zone1"] = new("ZONE", 2, 7, false, null),
        ["ind1"] = new("INDICATOR", 7, 9, false, null),
        ["money1"] = new("MONEY", 9, 12, false, Value(("amount", "500000000"), ("currency", "CNY"))),
        ["pct1"] = new("PERCENT", 15, 19, false, Value(("percent", "6.4"))),
        ["date2"] = new("DATE", 20, 22, false, Value(("start", "2020-01-01"), ("end", "2020-12-31"))),
        ["zone2"] = new("ZONE", 22, 27, false, null),
        ["ind2"] = new("INDICATOR", 27, 29, false, null),
        ["money2"] = new("MONEY", 29, 32, false, Value(("amount", "300000000"), ("currency", "CNY"))),
    };

    private static IReadOnlyDictionary<string, string> Value(params (string Key, string Value)[] pairs) => pairs.ToDictionary(p => p.Key, p => p.Value);

    /// <summary>A document of the named spans (in the order given) with relations written indicator:type:target.</summary>
    private static GoldDocument Doc(string[] spans, params string[] relations)
    {
        var list = spans.Select(n => n.EndsWith('?') ? S[n.TrimEnd('?')] with { Optional = true } : S[n]).ToList();
        var names = spans.Select(n => n.TrimEnd('?')).ToList();
        return new GoldDocument("d", Text, null, list)
        {
            Relations = relations.Select(r => r.Split(':')).Select(r => new GoldRelation(r[1], names.IndexOf(r[0]), names.IndexOf(r[2]))).ToList(),
        };
    }

    private static readonly string[] Entities = ["date1", "zone1", "money1", "pct1", "date2", "zone2", "money2"];

    private static GoldDocument Gold(bool secondOptional = false) => Doc(
        [.. Entities, "ind1", secondOptional ? "ind2?" : "ind2"],
        "ind1:value:money1", "ind1:increase:pct1", "ind1:period:date1", "ind1:subject:zone1", "ind2:value:money2", "ind2:subject:zone2");

    private static FactReport Score(GoldDocument gold, GoldDocument predicted) => FactEvaluator.Evaluate([new DocumentPair(gold, predicted)]);

    private static StrictCounts Of(FactReport report, string type) => report.Relations.Single(r => r.Type == type).Counts;

    [Test]
    public void Gold_against_itself_is_perfect()
    {
        var report = Score(Gold(), Gold());

        Assert.Multiple(() =>
        {
            Assert.That(report.Overall, Is.EqualTo(new StrictCounts(6, 0, 0)));
            Assert.That(report.Accuracy, Is.EqualTo(new FactAccuracy(2, 2)));
            Assert.That(report.Indicator, Is.EqualTo(new PartialCounts(2, 0, 0, 0)));
            Assert.That(report.Errors, Is.Empty);
        });
    }

    [Test]
    public void An_overlapping_indicator_pairs_and_counts_half_in_the_span_score()
    {
        var wider = Doc([.. Entities, "ind2"], "ind2:value:money2", "ind2:subject:zone2");
        var predicted = wider with { Spans = [.. wider.Spans.Take(7), S["ind2"] with { Start = 26 }] };

        var report = Score(Gold(), predicted);

        Assert.Multiple(() =>
        {
            Assert.That(report.Indicator, Is.EqualTo(new PartialCounts(0, 1, 1, 0)));
            Assert.That(report.Overall, Is.EqualTo(new StrictCounts(2, 0, 4)), "the second fact's relations are right, the first fact is missed");
            Assert.That(report.Accuracy.Correct, Is.EqualTo(1));
            Assert.That(report.Errors.Select(e => e.KindName), Is.EqualTo(new[] { "missed_fact" }));
        });
    }

    [Test]
    public void A_value_overlapping_with_another_amount_is_wrong_on_both_sides()
    {
        var predicted = Doc([.. Entities, "ind1", "ind2"], "ind1:value:money2", "ind1:increase:pct1", "ind1:period:date1", "ind1:subject:zone1", "ind2:value:money2", "ind2:subject:zone2");

        var report = Score(Gold(), predicted);

        Assert.Multiple(() =>
        {
            Assert.That(Of(report, "value"), Is.EqualTo(new StrictCounts(1, 1, 1)));
            Assert.That(report.Accuracy.Correct, Is.EqualTo(1));
            Assert.That(report.Errors.Select(e => (e.KindName, e.Type, e.Gold, e.Predicted)), Is.EquivalentTo(new[]
            {
                ("missed_relation", "value", "5亿元", "3亿元"),
                ("spurious_relation", "value", "5亿元", "3亿元"),
            }));
        });
    }

    [Test]
    public void A_period_with_the_same_value_and_a_subject_with_the_same_name_agree_whatever_the_mention()
    {
        var predicted = Doc([.. Entities, "ind1", "ind2"], "ind1:value:money1", "ind1:increase:pct1", "ind1:period:date2", "ind1:subject:zone2", "ind2:value:money2", "ind2:subject:zone2");

        Assert.That(Score(Gold(), predicted).Overall, Is.EqualTo(new StrictCounts(6, 0, 0)));
    }

    [Test]
    public void A_subject_of_another_label_or_a_value_of_another_amount_disagrees()
    {
        var gold = Gold();
        var predicted = gold with { Spans = [.. gold.Spans.Select(s => s.Label == "ZONE" ? s with { Label = "LOC" } : s.Label == "MONEY" && s.Start == 9 ? s with { Value = Value(("amount", "5"), ("currency", "CNY")) } : s)] };

        var report = Score(gold, predicted);

        Assert.Multiple(() =>
        {
            Assert.That(Of(report, "subject"), Is.EqualTo(new StrictCounts(0, 2, 2)));
            Assert.That(Of(report, "value"), Is.EqualTo(new StrictCounts(1, 1, 1)));
            Assert.That(report.Accuracy.Correct, Is.EqualTo(0));
        });
    }

    [Test]
    public void An_extra_relation_costs_precision_and_the_facts_accuracy_but_no_recall()
    {
        var predicted = Doc([.. Entities, "ind1", "ind2"], "ind1:value:money1", "ind1:increase:pct1", "ind1:period:date1", "ind1:subject:zone1", "ind2:value:money2", "ind2:subject:zone2", "ind2:period:date2");

        var report = Score(Gold(), predicted);

        Assert.Multiple(() =>
        {
            Assert.That(report.Overall, Is.EqualTo(new StrictCounts(6, 1, 0)));
            Assert.That(report.Accuracy, Is.EqualTo(new FactAccuracy(2, 1)));
        });
    }

    [Test]
    public void Optional_gold_facts_and_predictions_on_them_count_for_nothing()
    {
        var onlyFirst = Doc([.. Entities, "ind1"], "ind1:value:money1", "ind1:increase:pct1", "ind1:period:date1", "ind1:subject:zone1");
        var withWrongSecond = Doc([.. Entities, "ind1", "ind2"], "ind1:value:money1", "ind1:increase:pct1", "ind1:period:date1", "ind1:subject:zone1", "ind2:value:money1");

        Assert.Multiple(() =>
        {
            Assert.That(Score(Gold(secondOptional: true), onlyFirst).Overall, Is.EqualTo(new StrictCounts(4, 0, 0)), "a missed optional fact is no miss");
            Assert.That(Score(Gold(secondOptional: true), withWrongSecond).Overall, Is.EqualTo(new StrictCounts(4, 0, 0)), "a fact on an optional one is no error");
            Assert.That(Score(Gold(secondOptional: true), onlyFirst).Accuracy, Is.EqualTo(new FactAccuracy(1, 1)));
        });
    }

    [Test]
    public void A_spurious_fact_counts_each_of_its_relations_as_a_false_positive()
    {
        var gold = Doc([.. Entities, "ind1"], "ind1:value:money1", "ind1:increase:pct1", "ind1:period:date1", "ind1:subject:zone1");

        var report = Score(gold, Gold());

        Assert.Multiple(() =>
        {
            Assert.That(report.Overall, Is.EqualTo(new StrictCounts(4, 2, 0)));
            Assert.That(report.Indicator, Is.EqualTo(new PartialCounts(1, 0, 0, 1)));
            Assert.That(report.Errors.Single().KindName, Is.EqualTo("spurious_fact"));
        });
    }

    [Test]
    public void Indicators_pair_one_to_one_largest_overlap_first()
    {
        // Gold 产值 [7, 9); predictions [8, 9) and [6, 9): the larger overlap takes the gold, the other is spurious.
        var gold = Doc([.. Entities, "ind1"], "ind1:value:money1");
        var predicted = Doc(Entities) with
        {
            Spans = [.. Doc(Entities).Spans, S["ind1"] with { Start = 8 }, S["ind1"] with { Start = 6 }],
            Relations = [new GoldRelation("value", 7, 2), new GoldRelation("value", 8, 2)],
        };

        var report = Score(gold, predicted);

        Assert.Multiple(() =>
        {
            Assert.That(report.Indicator, Is.EqualTo(new PartialCounts(0, 1, 0, 1)));
            Assert.That(report.Overall, Is.EqualTo(new StrictCounts(1, 1, 0)));
            Assert.That(report.Errors.Single().StartOffset, Is.EqualTo(8), "the smaller overlap is the spurious one");
        });
    }

    [Test]
    public void Files_without_facts_report_no_fact_section()
    {
        var plain = Doc(Entities);

        Assert.That(Evaluator.Evaluate([new DocumentPair(plain, plain)]).Facts, Is.Null);
        Assert.That(Evaluator.Evaluate([new DocumentPair(Gold(), plain)]).Facts!.Accuracy, Is.EqualTo(new FactAccuracy(2, 0)));
    }

    [Test]
    public void The_json_has_the_documented_fact_fields()
    {
        var predicted = Doc([.. Entities, "ind1"], "ind1:value:money2");
        var json = EvaluationJson.ToJson(Evaluator.Evaluate([new DocumentPair(Gold(), predicted)]), includeErrors: true);

        var facts = JsonDocument.Parse(json).RootElement.GetProperty("facts");

        Assert.Multiple(() =>
        {
            Assert.That(facts.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "gold_facts", "predicted_facts", "indicator", "relations", "overall", "fact_accuracy", "errors" }));
            Assert.That(facts.GetProperty("relations").EnumerateArray().Select(r => r.GetProperty("type").GetString()), Is.EqualTo(new[] { "value", "increase", "decrease", "period", "subject" }));
            Assert.That(facts.GetProperty("overall").GetProperty("false_negatives").GetInt32(), Is.EqualTo(6));
            Assert.That(facts.GetProperty("overall").GetProperty("false_positives").GetInt32(), Is.EqualTo(1));
            Assert.That(facts.GetProperty("fact_accuracy").GetProperty("accuracy").GetDouble(), Is.EqualTo(0));
            Assert.That(facts.GetProperty("indicator").GetProperty("missing").GetInt32(), Is.EqualTo(1));
            Assert.That(facts.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("kind").GetString()),
                Is.EquivalentTo(new[] { "missed_relation", "missed_relation", "missed_relation", "missed_relation", "spurious_relation", "missed_fact" }));
        });
    }
}
