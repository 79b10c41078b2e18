using System.Text.Json;
using ZoneExtract.Evaluation;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

/// <summary>The output carries each entity's text and a ZONE's kind and official name; readers and the evaluator take such files as before.</summary>
public class GoldJsonlExtraFieldsTests
{
    private const string Text = "𠀀重庆高新区投资212亿元";

    [Test]
    public void Every_entity_carries_its_text_and_a_zone_its_kind_and_canonical_name()
    {
        var result = SharedExtractor.Instance.Extract(Text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        using var json = JsonDocument.Parse(GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, "x")));
        var entities = json.RootElement.GetProperty("entities").EnumerateArray().ToList();
        var zone = entities.Single(e => e.GetProperty("label").GetString() == "ZONE");
        var money = entities.Single(e => e.GetProperty("label").GetString() == "MONEY");

        Assert.Multiple(() =>
        {
            Assert.That(zone.GetProperty("text").GetString(), Is.EqualTo("重庆高新区"));
            Assert.That(zone.GetProperty("kind").GetString(), Is.EqualTo("high_tech_zone"));
            Assert.That(zone.GetProperty("canonical").GetString(), Is.EqualTo("重庆高新技术产业开发区"));
            Assert.That(money.GetProperty("text").GetString(), Is.EqualTo("212亿元"), "text is the slice even after an astral character");
            Assert.That(money.TryGetProperty("kind", out _), Is.False);
            Assert.That(money.TryGetProperty("canonical", out _), Is.False);
        });
    }

    [Test]
    public void The_reader_keeps_kind_and_canonical_and_skips_text()
    {
        const string line = """{"id":"a","text":"重庆高新区投资","entities":[{"id":1,"label":"ZONE","start_offset":0,"end_offset":5,"text":"重庆高新区","kind":"high_tech_zone","canonical":"重庆高新技术产业开发区"}]}""";

        var span = GoldJsonlReader.ParseLine(line, "memory", 1).Spans.Single();

        Assert.Multiple(() =>
        {
            Assert.That((span.Label, span.Start, span.End), Is.EqualTo(("ZONE", 0, 5)));
            Assert.That(span.Kind, Is.EqualTo("high_tech_zone"));
            Assert.That(span.Canonical, Is.EqualTo("重庆高新技术产业开发区"));
        });
    }

    [Test]
    public void Extractor_output_scored_against_plain_gold_is_a_perfect_match()
    {
        var result = SharedExtractor.Instance.Extract(Text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        var written = GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, "x"));
        var predicted = GoldJsonlReader.ParseLine(written, "predicted", 1);
        // The same spans without the extra fields, as a doccano export would have them.
        var plain = predicted with { Spans = predicted.Spans.Select(s => new GoldSpan(s.Label, s.Start, s.End, s.Optional, s.Value)).ToList() };

        var report = Evaluator.Evaluate([new DocumentPair(plain, predicted)]);

        Assert.That(predicted.Spans.Any(s => s.Kind is not null), Is.True);
        Assert.That(report.Errors, Is.Empty);
        Assert.That(report.Core.Strict.TruePositives, Is.EqualTo(predicted.Spans.Count(s => s.Label is "ZONE" or "MONEY")));
    }
}
