using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

/// <summary>Both doccano forms, code-point offsets, and the messages of malformed gold.</summary>
public class GoldJsonlReaderTests
{
    private static IReadOnlyList<GoldDocument> Read(string jsonl) => GoldJsonlReader.Read(new StringReader(jsonl), "gold.jsonl").ToList();

    [Test]
    public void Reads_the_entities_form_with_values_optional_flags_and_astral_characters()
    {
        // 𠀀 is one code point but two UTF-16 units: code-point offsets 3..8 are string indices 4..9.
        const string line = """{"id": 7, "text": "𠀀前文重庆高新区投资5亿元", "meta": {"reference_date": "2020-11-23"}, "entities": [{"id": 1, "label": "zone", "start_offset": 3, "end_offset": 8, "optional": true}, {"id": 2, "label": "MONEY", "start_offset": 10, "end_offset": 13, "value": {"amount": "500000000", "currency": "CNY"}}], "extra": "ignored"}""";

        var document = Read(line).Single();

        var zone = document.Spans[0];
        var money = document.Spans[1];
        Assert.Multiple(() =>
        {
            Assert.That(document.Id, Is.EqualTo("7"));
            Assert.That(document.ReferenceDate, Is.EqualTo(new DateOnly(2020, 11, 23)));
            Assert.That((zone.Label, zone.Optional, document.Text[zone.Start..zone.End]), Is.EqualTo(("ZONE", true, "重庆高新区")));
            Assert.That(document.Text[money.Start..money.End], Is.EqualTo("5亿元"));
            Assert.That(money.Value, Is.EquivalentTo(new Dictionary<string, string> { ["amount"] = "500000000", ["currency"] = "CNY" }));
        });
    }

    [Test]
    public void Reads_the_older_label_triple_form_with_astral_characters()
    {
        const string jsonl = """
            {"text": "𠀀𠀀重庆高新区增长6.4%", "label": [[2, 7, "ZONE"], [9, 13, "PERCENT"]]}

            {"text": "无实体"}
            """;

        var documents = Read(jsonl);

        var first = documents[0];
        Assert.Multiple(() =>
        {
            Assert.That(documents, Has.Count.EqualTo(2), "blank lines are skipped");
            Assert.That(first.Spans.Select(s => first.Text[s.Start..s.End]), Is.EqualTo(new[] { "重庆高新区", "6.4%" }));
            Assert.That(first.Spans.All(s => !s.Optional && s.Value is null));
            Assert.That(first.Id, Is.Null);
            Assert.That(documents[1].Spans, Is.Empty);
        });
    }

    [TestCase("{\"text\": \"abc\"", "invalid JSON")]
    [TestCase("[1, 2]", "expected a JSON object")]
    [TestCase("{\"entities\": []}", "missing string field 'text'")]
    [TestCase("{\"text\": 5}", "missing string field 'text'")]
    [TestCase("{\"text\": \"abc\", \"entities\": [{\"label\": \"ZONE\", \"start_offset\": 1, \"end_offset\": 4}]}", "entities[0] (ZONE): offsets [1, 4) are outside the text of 3 code points")]
    [TestCase("{\"text\": \"𠀀ab\", \"entities\": [{\"label\": \"ZONE\", \"start_offset\": 0, \"end_offset\": 4}]}", "outside the text of 3 code points")]
    [TestCase("{\"text\": \"abc\", \"entities\": [{\"label\": \"ZONE\", \"start_offset\": 2, \"end_offset\": 2}]}", "or empty")]
    [TestCase("{\"text\": \"abc\", \"entities\": [{\"label\": \"ZONE\", \"start_offset\": \"0\", \"end_offset\": 2}]}", "entities[0].start_offset must be an integer, found \"0\"")]
    [TestCase("{\"text\": \"abc\", \"entities\": [{\"label\": 3, \"start_offset\": 0, \"end_offset\": 2}]}", "'label' must be a non-empty string")]
    [TestCase("{\"text\": \"abc\", \"entities\": [{\"label\": \"ZONE\", \"start_offset\": 0}]}", "missing 'end_offset'")]
    [TestCase("{\"text\": \"abc\", \"entities\": [{\"label\": \"ZONE\", \"start_offset\": 0, \"end_offset\": 2, \"optional\": \"yes\"}]}", "optional must be true or false")]
    [TestCase("{\"text\": \"abc\", \"entities\": {}}", "'entities' must be an array")]
    [TestCase("{\"text\": \"abc\", \"label\": [[0, 2]]}", "label[0] must be [start, end, \"LABEL\"]")]
    [TestCase("{\"text\": \"abc\", \"meta\": {\"reference_date\": \"23.11.2020\"}}", "'meta.reference_date' must be an ISO date")]
    [TestCase("{\"text\": \"abc\", \"id\": [1]}", "'id' must be a string or a number")]
    public void Malformed_lines_name_the_file_the_line_and_the_problem(string badLine, string problem)
    {
        var jsonl = "{\"text\": \"fine\"}\n\n" + badLine + "\n";

        var error = Assert.Throws<GoldFormatException>(() => Read(jsonl))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.Message, Does.StartWith("gold.jsonl:3: "));
            Assert.That(error.Message, Does.Contain(problem));
            Assert.That((error.FileName, error.LineNumber), Is.EqualTo(("gold.jsonl", 3)));
        });
    }

    [TestCase("MONEY", """{"amount": "5"}""", "value lacks currency")]
    [TestCase("MONEY", """{"amount": "5", "currency": "元"}""", "not an ISO 4217 code")]
    [TestCase("MONEY", """{"amount": "5.0", "currency": "CNY"}""", "amount '5.0' is not a decimal string")]
    [TestCase("MONEY", """{"amount": "2.12E10", "currency": "CNY"}""", "amount '2.12E10' is not a decimal string")]
    [TestCase("MONEY", """{"amount": 5, "currency": "CNY"}""", "value.amount must be a string")]
    [TestCase("MONEY", """{"amount": "5", "amount_max": "3", "currency": "CNY"}""", "amount_max 3 is below amount 5")]
    [TestCase("MONEY", """{"amount": "5", "currency": "CNY", "unit": "亿"}""", "unknown value field(s) unit")]
    [TestCase("PERCENT", """{"percent": "6.4", "points_max": "7"}""", "unknown value field(s) points_max")]
    [TestCase("PERCENT", """{"value": "6.4"}""", "unknown value field(s) value")]
    [TestCase("PERCENT", """{"points": "+19.96"}""", "points '+19.96' is not a decimal string")]
    [TestCase("DATE", """{"start": "2020-01-01"}""", "value lacks end")]
    [TestCase("DATE", """{"start": "2020-11-31", "end": "2020-12-01"}""", "start '2020-11-31' is not an ISO date")]
    [TestCase("DATE", """{"start": "2020-12-01", "end": "2020-01-01"}""", "start 2020-12-01 is after end 2020-01-01")]
    [TestCase("DATE", "[\"2020-01-01\"]", "value must be an object")]
    public void Values_of_the_wrong_shape_for_their_label_are_rejected(string label, string value, string problem)
    {
        var line = $$"""{"text": "今年以来增长", "entities": [{"label": "{{label}}", "start_offset": 0, "end_offset": 4, "value": {{value}}}]}""";

        var error = Assert.Throws<GoldFormatException>(() => Read(line))!;

        Assert.That(error.Message, Does.StartWith("gold.jsonl:1: entities[0]").And.Contain(problem));
    }

    [TestCase("MONEY", """{"amount": "21200000000", "currency": "CNY"}""")]
    [TestCase("MONEY", """{"amount": "800000000", "amount_max": "900000000", "currency": "KRW"}""")]
    [TestCase("PERCENT", """{"percent": "16", "percent_max": "37"}""")]
    [TestCase("PERCENT", """{"points": "19.96"}""")]
    [TestCase("PERCENT", """{"percent": "-3.2"}""")]
    [TestCase("DATE", """{"start": "2020-01-01", "end": "2020-11-23"}""")]
    [TestCase("ZONE", """{"canonical": "重庆高新技术产业开发区"}""")]
    public void Well_formed_values_are_accepted(string label, string value)
    {
        var line = $$"""{"text": "今年以来增长", "entities": [{"label": "{{label}}", "start_offset": 0, "end_offset": 4, "value": {{value}}}]}""";

        Assert.That(Read(line).Single().Spans.Single().Value, Is.Not.Empty);
    }
}
