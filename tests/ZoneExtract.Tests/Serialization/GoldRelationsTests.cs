using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

/// <summary>The relations of facts (contract §6.1): read into span indices, written back with ids, rejected when malformed.</summary>
public class GoldRelationsTests
{
    // 重庆高新区 [0,5) ZONE id 10; 产值 [5,7) INDICATOR id 20; 5亿元 [7,10) MONEY id 30; 增长 6.4% [12,16) PERCENT id 40.
    private const string Text = "重庆高新区产值5亿元，增长6.4%";
    private const string Entities =
        "[{\"id\":10,\"label\":\"ZONE\",\"start_offset\":0,\"end_offset\":5},{\"id\":20,\"label\":\"INDICATOR\",\"start_offset\":5,\"end_offset\":7},"
        + "{\"id\":30,\"label\":\"MONEY\",\"start_offset\":7,\"end_offset\":10,\"value\":{\"amount\":\"500000000\",\"currency\":\"CNY\"}},"
        + "{\"id\":40,\"label\":\"PERCENT\",\"start_offset\":12,\"end_offset\":16,\"value\":{\"percent\":\"6.4\"}}]";

    private static string Line(string relations, string entities = Entities) =>
        $"{{\"id\":\"d\",\"text\":\"{Text}\",\"entities\":{entities},\"relations\":{relations}}}";

    private static GoldDocument Parse(string line) => GoldJsonlReader.ParseLine(line, "gold.jsonl", 4);

    [Test]
    public void Relations_are_read_as_span_indices_whatever_the_ids()
    {
        var document = Parse(Line("[{\"id\":1,\"from_id\":20,\"to_id\":30,\"type\":\"value\"},{\"id\":2,\"from_id\":20,\"to_id\":40,\"type\":\"Increase\"},{\"from_id\":20,\"to_id\":10,\"type\":\"subject\"}]"));

        Assert.That(document.Relations, Is.EqualTo(new[]
        {
            new GoldRelation("value", 1, 2),
            new GoldRelation("increase", 1, 3),
            new GoldRelation("subject", 1, 0),
        }));
    }

    [Test]
    public void A_document_without_relations_has_an_empty_list()
    {
        Assert.That(Parse($"{{\"text\":\"{Text}\",\"entities\":{Entities}}}").Relations, Is.Empty);
    }

    [Test]
    public void Written_relations_point_to_the_written_ids_and_read_back_the_same()
    {
        var document = Parse(Line("[{\"from_id\":20,\"to_id\":40,\"type\":\"increase\"},{\"from_id\":20,\"to_id\":10,\"type\":\"subject\"}]"));

        var written = GoldJsonlWriter.ToJsonLine(document);
        var reread = Parse(written);

        Assert.Multiple(() =>
        {
            Assert.That(written, Does.Contain("\"relations\":[{\"id\":1,\"from_id\":2,\"to_id\":4,\"type\":\"increase\"},{\"id\":2,\"from_id\":2,\"to_id\":1,\"type\":\"subject\"}]"));
            Assert.That(reread.Relations, Is.EqualTo(document.Relations));
            Assert.That(reread.Spans.Select(s => (s.Label, s.Start, s.End, s.Value?.Count)), Is.EqualTo(document.Spans.Select(s => (s.Label, s.Start, s.End, s.Value?.Count))));
        });
    }

    [TestCase("{}", "'relations' must be an array", TestName = "relations not an array")]
    [TestCase("[{\"from_id\":20,\"type\":\"value\"}]", "relations[0]: missing 'to_id'", TestName = "missing to_id")]
    [TestCase("[{\"from_id\":20,\"to_id\":\"30\",\"type\":\"value\"}]", "relations[0].to_id must be an integer", TestName = "to_id of the wrong type")]
    [TestCase("[{\"from_id\":20,\"to_id\":99,\"type\":\"value\"}]", "relations[0].to_id: no entity has id 99", TestName = "unknown entity id")]
    [TestCase("[{\"from_id\":20,\"to_id\":30}]", "'type' must be a non-empty string", TestName = "missing type")]
    [TestCase("[{\"from_id\":20,\"to_id\":30,\"type\":\"amount\"}]", "type 'amount' is not one of", TestName = "unknown type")]
    [TestCase("[{\"from_id\":10,\"to_id\":30,\"type\":\"value\"}]", "goes from an INDICATOR, not from a ZONE", TestName = "relation from a non-indicator")]
    [TestCase("[{\"from_id\":20,\"to_id\":30,\"type\":\"increase\"}]", "points to PERCENT, not to MONEY", TestName = "increase to money")]
    [TestCase("[{\"from_id\":20,\"to_id\":30,\"type\":\"subject\"}]", "points to ZONE or COMPANY or LOC or ORG, not to MONEY", TestName = "subject to money")]
    [TestCase("[{\"from_id\":20,\"to_id\":30,\"type\":\"value\"},{\"from_id\":20,\"to_id\":40,\"type\":\"value\"}]", "has two 'value' relations", TestName = "two values")]
    public void A_malformed_relation_is_reported_with_file_and_line(string relations, string expectedProblem)
    {
        var e = Assert.Throws<GoldFormatException>(() => Parse(Line(relations)));

        Assert.Multiple(() =>
        {
            Assert.That(e!.Message, Does.StartWith("gold.jsonl:4: "));
            Assert.That(e.Problem, Does.Contain(expectedProblem));
        });
    }

    [Test]
    public void An_entity_id_used_twice_is_rejected()
    {
        var entities = Entities.Replace("\"id\":30", "\"id\":10", StringComparison.Ordinal);

        var e = Assert.Throws<GoldFormatException>(() => Parse(Line("[]", entities)));

        Assert.That(e!.Problem, Does.Contain("entities[2]: entity id 10 is used twice"));
    }
}
