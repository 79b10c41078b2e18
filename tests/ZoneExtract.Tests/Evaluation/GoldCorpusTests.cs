using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation;

/// <summary>
/// Validates the team's gold file against the annotation contract, reading the raw JSON itself so that the
/// checks do not depend on the reader they are meant to catch problems for.
/// </summary>
public partial class GoldCorpusTests
{
    private static readonly string[] Labels = ["ZONE", "COMPANY", "MONEY", "PERCENT", "DATE", "ORG", "PERSON", "LOC", "INDICATOR"];

    /// <summary>The labels each relation type may point to (contract §6.1).</summary>
    private static readonly Dictionary<string, string[]> RelationTargets = new()
    {
        ["value"] = ["MONEY", "PERCENT"],
        ["increase"] = ["PERCENT"],
        ["decrease"] = ["PERCENT"],
        ["period"] = ["DATE"],
        ["subject"] = ["ZONE", "COMPANY", "LOC", "ORG"],
    };
    private static readonly string[] ValueLabels = ["MONEY", "PERCENT", "DATE"];

    private static JsonElement Document => LazyDocument.Value.RootElement;

    private static readonly Lazy<JsonDocument> LazyDocument = new(() =>
    {
        var lines = File.ReadAllLines(TestCorpus.GoldPath).Where(l => l.Length > 0).ToArray();
        Assert.That(lines, Has.Length.EqualTo(1), "one document per line, one document");
        return JsonDocument.Parse(lines[0]);
    });

    private static IEnumerable<JsonElement> Entities => Document.GetProperty("entities").EnumerateArray();

    private static string Text => Document.GetProperty("text").GetString()!;

    [Test]
    public void Text_is_the_article_byte_for_byte()
    {
        var article = File.ReadAllBytes(TestCorpus.ArticlePath);
        Assert.Multiple(() =>
        {
            Assert.That(System.Text.Encoding.UTF8.GetBytes(Text), Is.EqualTo(article));
            Assert.That(Document.GetProperty("meta").GetProperty("reference_date").GetString(), Is.EqualTo("2020-11-23"));
            Assert.That(File.ReadAllBytes(TestCorpus.GoldPath).Take(3), Is.Not.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "no BOM");
        });
    }

    [Test]
    public void Every_span_is_in_range_on_one_line_without_quotes_at_its_edges()
    {
        // The article has no astral-plane characters, so code-point offsets are string indices here.
        Assert.That(Text.EnumerateRunes().Count(), Is.EqualTo(Text.Length));
        Assert.Multiple(() =>
        {
            foreach (var entity in Entities)
            {
                var start = entity.GetProperty("start_offset").GetInt32();
                var end = entity.GetProperty("end_offset").GetInt32();
                var label = entity.GetProperty("label").GetString();
                Assert.That(Labels, Does.Contain(label));
                Assert.That(start >= 0 && start < end && end <= Text.Length, $"{label} [{start}, {end}) out of range");
                if (!(start >= 0 && start < end && end <= Text.Length)) continue;
                var slice = Text[start..end];
                Assert.That(slice, Does.Not.Contain('\n'), $"{label} [{start}, {end}) crosses a line break");
                Assert.That(slice, Is.EqualTo(slice.Trim()), $"{label} '{slice}' has blanks at an edge");
                Assert.That("“”‘’\"'《》〈〉()（）[]【】「」".Contains(slice[0]) || "“”‘’\"'《》〈〉()（）[]【】「」".Contains(slice[^1]),
                    Is.False, $"{label} '{slice}' has a quote or bracket at an edge");
            }
        });
    }

    [Test]
    public void Only_zone_inside_org_overlaps()
    {
        var spans = Entities
            .Select(e => (Label: e.GetProperty("label").GetString()!, Start: e.GetProperty("start_offset").GetInt32(), End: e.GetProperty("end_offset").GetInt32()))
            .ToList();
        var forbidden = (from i in Enumerable.Range(0, spans.Count)
                         from j in Enumerable.Range(i + 1, spans.Count - i - 1)
                         let a = spans[i]
                         let b = spans[j]
                         where a.Start < b.End && b.Start < a.End
                         where !(a.Label == "ORG" && b.Label == "ZONE" && a.Start <= b.Start && b.End <= a.End)
                         where !(b.Label == "ORG" && a.Label == "ZONE" && b.Start <= a.Start && a.End <= b.End)
                         select $"{a} / {b}").ToList();
        Assert.Multiple(() =>
        {
            Assert.That(forbidden, Is.Empty);
            Assert.That(spans.Distinct().Count(), Is.EqualTo(spans.Count), "no span twice");
            Assert.That(Entities.Select(e => e.GetProperty("id").GetInt32()).Distinct().Count(), Is.EqualTo(spans.Count), "unique ids");
        });
    }

    [Test]
    public void Values_are_well_formed_for_their_label()
    {
        Assert.Multiple(() =>
        {
            foreach (var entity in Entities)
            {
                var label = entity.GetProperty("label").GetString()!;
                var optional = entity.TryGetProperty("optional", out var o) && o.GetBoolean();
                var where = $"{label} at {entity.GetProperty("start_offset").GetInt32()}";
                if (!entity.TryGetProperty("value", out var value))
                {
                    Assert.That(!ValueLabels.Contains(label) || optional, $"{where}: a non-optional {label} needs a value");
                    continue;
                }
                Assert.That(ValueLabels, Does.Contain(label), $"{where}: only MONEY, PERCENT and DATE carry values");
                var fields = value.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
                switch (label)
                {
                    case "MONEY":
                        Assert.That(fields.Keys, Is.SubsetOf(new[] { "amount", "amount_max", "currency" }).And.Contains("amount").And.Contains("currency"), where);
                        Assert.That(fields["currency"], Does.Match("^[A-Z]{3}$"), where);
                        Assert.That(fields.Where(f => f.Key != "currency").Select(f => f.Value), Has.All.Match(CanonicalDecimal()), where);
                        break;
                    case "PERCENT":
                        var kind = fields.ContainsKey("points") ? "points" : "percent";
                        Assert.That(fields.Keys, Is.SubsetOf(new[] { kind, kind + "_max" }).And.Contains(kind), where);
                        Assert.That(fields.Values, Has.All.Match(CanonicalDecimal()), where);
                        break;
                    case "DATE":
                        Assert.That(fields.Keys, Is.EquivalentTo(new[] { "start", "end" }), where);
                        var start = DateOnly.ParseExact(fields["start"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        var end = DateOnly.ParseExact(fields["end"], "yyyy-MM-dd", CultureInfo.InvariantCulture);
                        Assert.That(start, Is.LessThanOrEqualTo(end), where);
                        break;
                }
            }
        });
    }

    [Test]
    public void Every_label_is_annotated_and_the_project_reader_accepts_the_file()
    {
        var document = GoldJsonlReader.ReadFile(TestCorpus.GoldPath).Single();
        Assert.Multiple(() =>
        {
            Assert.That(document.Id, Is.EqualTo("gaoxin-2020-11"));
            Assert.That(document.ReferenceDate, Is.EqualTo(TestCorpus.ReferenceDate));
            Assert.That(document.Spans.Select(s => s.Label).Distinct(), Is.EquivalentTo(Labels));
            Assert.That(document.Spans, Has.Count.EqualTo(Entities.Count()));
            Assert.That(document.Relations, Has.Count.EqualTo(Document.GetProperty("relations").GetArrayLength()));
        });
    }

    [Test]
    public void Every_relation_is_well_formed_and_every_fact_has_a_figure()
    {
        var byId = Entities.ToDictionary(e => e.GetProperty("id").GetInt32());
        var relations = Document.GetProperty("relations").EnumerateArray()
            .Select(r => (Id: r.GetProperty("id").GetInt32(), From: r.GetProperty("from_id").GetInt32(), To: r.GetProperty("to_id").GetInt32(), Type: r.GetProperty("type").GetString()!))
            .ToList();
        var indicators = Entities.Where(e => e.GetProperty("label").GetString() == "INDICATOR").Select(e => e.GetProperty("id").GetInt32()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(relations.Select(r => r.Id).Distinct().Count(), Is.EqualTo(relations.Count), "unique relation ids");
            foreach (var r in relations)
            {
                Assert.That(byId.ContainsKey(r.From) && byId.ContainsKey(r.To), $"relation {r.Id} points to existing entities");
                if (!byId.ContainsKey(r.From) || !byId.ContainsKey(r.To)) continue;
                Assert.That(byId[r.From].GetProperty("label").GetString(), Is.EqualTo("INDICATOR"), $"relation {r.Id} starts at an INDICATOR");
                Assert.That(RelationTargets.Keys, Does.Contain(r.Type), $"relation {r.Id} type");
                if (RelationTargets.TryGetValue(r.Type, out var targets))
                {
                    Assert.That(targets, Does.Contain(byId[r.To].GetProperty("label").GetString()), $"relation {r.Id} ({r.Type}) target label");
                }
            }
            foreach (var indicator in indicators)
            {
                var types = relations.Where(r => r.From == indicator).Select(r => r.Type).ToList();
                Assert.That(types, Is.Unique, $"indicator {indicator}: one relation of each type");
                Assert.That(types, Has.Some.AnyOf("value", "increase", "decrease"), $"indicator {indicator} has a figure");
            }
            Assert.That(indicators.Count(i => !IsOptional(byId[i])), Is.EqualTo(24), "the 24 facts of docs/facts.md");
        });
    }

    private static bool IsOptional(JsonElement entity) => entity.TryGetProperty("optional", out var o) && o.GetBoolean();

    /// <summary>Digits with an optional fraction that does not end in 0; no exponent, sign or leading zeros.</summary>
    [GeneratedRegex(@"^(0|[1-9][0-9]*)(\.[0-9]*[1-9])?$")]
    private static partial Regex CanonicalDecimal();
}
