using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

/// <summary>The fact outputs of <c>extract</c>: gold JSONL with INDICATOR spans and relations, the readable table, and CSV.</summary>
public class FactOutputTests
{
    // Two sentences; the second has a comma inside quotes and a "quoted" word, to exercise RFC 4180 quoting.
    private const string Text = "今年前三季度，重庆高新区实现地区生产总值341.6亿元，增长6.4%。开工率\"稳定\"在98%。";

    private static ExtractionResult Result()
    {
        var date = new DateEntity(0, 6, "今年前三季度", new DateOnly(2020, 1, 1), new DateOnly(2020, 9, 30));
        var zone = new ZoneEntity(7, 5, "重庆高新区", ZoneKind.HighTechZone, null);
        var money = new MoneyEntity(20, 7, "341.6亿元", 34_160_000_000m, null, "CNY", false);
        var growth = new PercentEntity(30, 4, "6.4%", 6.4m, null, PercentKind.Percent);
        var rate = new PercentEntity(43, 3, "98%", 98m, null, PercentKind.Percent);
        var facts = new[]
        {
            new Fact(14, 6, "地区生产总值", zone, money, new FactChange(growth, ChangeDirection.Increase), date),
            new Fact(35, 3, "开工率", null, rate, null, null),
        };
        return new ExtractionResult(Text, new DateOnly(2020, 11, 23), [date, zone, money, growth, rate], [], facts);
    }

    [Test]
    public void The_hand_made_offsets_are_the_texts_slices()
    {
        var result = Result();
        Assert.That(result.Entities.Concat<object>(result.Facts).Select(x => x is Entity e ? Text[e.Start..e.End] == e.Text : Text[((Fact)x).Start..((Fact)x).End] == ((Fact)x).Indicator), Has.All.True);
    }

    [Test]
    public void The_gold_document_has_an_indicator_per_fact_and_its_relations()
    {
        var document = GoldJsonlWriter.ToGoldDocument(Result(), "d");

        string Describe(GoldRelation r) => $"{document.Text[document.Spans[r.From].Start..document.Spans[r.From].End]} {r.Type} {document.Text[document.Spans[r.To].Start..document.Spans[r.To].End]}";

        Assert.Multiple(() =>
        {
            // the entities in the result's order, then one INDICATOR per fact: a long document streams out in that order
            Assert.That(document.Spans.Select(s => s.Label), Is.EqualTo(new[] { "DATE", "ZONE", "MONEY", "PERCENT", "PERCENT", "INDICATOR", "INDICATOR" }));
            Assert.That(document.Relations.Select(Describe), Is.EqualTo(new[]
            {
                "地区生产总值 value 341.6亿元", "地区生产总值 increase 6.4%", "地区生产总值 period 今年前三季度", "地区生产总值 subject 重庆高新区", "开工率 value 98%",
            }));
            Assert.That(GoldJsonlWriter.ToJsonLine(document), Does.Contain("\"relations\":[{\"id\":1,\"from_id\":6,\"to_id\":3,\"type\":\"value\"}"));
        });
    }

    [Test]
    public void The_csv_has_a_header_and_one_quoted_row_per_fact()
    {
        using var output = new StringWriter();

        FactCsvWriter.Write(output, "d", Text, FactRow.From(Result()));

        var lines = output.ToString().Split("\r\n");
        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Length.EqualTo(4), "header, two rows, and the empty rest after the last CRLF");
            Assert.That(lines[0], Does.StartWith("document,indicator,indicator_start,indicator_end,subject,subject_label,value,value_normalized,change,change_direction"));
            Assert.That(lines[1], Is.EqualTo("d,地区生产总值,14,20,重庆高新区,ZONE,341.6亿元,34160000000 CNY,6.4%,increase,6.4%,今年前三季度,2020-01-01,2020-09-30,"
                                            + "今年前三季度，重庆高新区实现地区生产总值341.6亿元，增长6.4%。"), "full-width commas need no quotes");
            Assert.That(lines[2], Is.EqualTo("d,开工率,35,38,,,98%,98%,,,,,,,\"开工率\"\"稳定\"\"在98%。\""));
            Assert.That(lines[3], Is.Empty);
            Assert.That(FactCsvWriter.Encoding.GetPreamble(), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }), "UTF-8 with BOM, for Excel");
        });
    }

    [TestCase("plain", "plain")]
    [TestCase("a,b", "\"a,b\"")]
    [TestCase("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [TestCase("two\nlines", "\"two\nlines\"")]
    public void Fields_are_quoted_as_rfc_4180_says(string field, string expected)
    {
        Assert.That(FactCsvWriter.Quote(field), Is.EqualTo(expected));
    }

    [Test]
    public void The_table_shows_each_fact_with_its_sentence()
    {
        using var output = new StringWriter();

        FactTableWriter.Write(output, FactRow.From(Result()));

        var lines = output.ToString().Split(Environment.NewLine);
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Does.Match(@"^SUBJECT\s+\| INDICATOR\s+\| VALUE\s+\| CHANGE\s+\| PERIOD$"));
            Assert.That(lines[1], Does.Match(@"^重庆高新区 \| 地区生产总值 \| 341\.6亿元 \(34160000000 CNY\) \| \+6\.4%\s+\| 今年前三季度 \(2020-01-01\.\.2020-09-30\)$"));
            Assert.That(lines[2].Trim(), Is.EqualTo("「今年前三季度，重庆高新区实现地区生产总值341.6亿元，增长6.4%。」"));
            Assert.That(lines[3], Does.Match(@"^-\s+\| 开工率\s+\| 98% \(98%\)\s+\| -\s+\| -$"));
            Assert.That(lines[5], Is.EqualTo("2 fact(s)"));
        });
    }

    [Test]
    public void A_facts_sentence_is_cut_as_the_recogniser_cut_it_on_the_folded_text()
    {
        // the full-width ＂ closes the first sentence once folded; split unfolded it would open the second one
        const string text = "他说：＂产值341.6亿元。＂开工率98%。";
        var start = text.IndexOf("开工率", StringComparison.Ordinal);
        var rate = new PercentEntity(start + 3, 3, "98%", 98m, null, PercentKind.Percent);
        var result = new ExtractionResult(text, null, [rate], [], [new Fact(start, 3, "开工率", null, rate, null, null)]);

        Assert.That(FactRow.From(result).Single().Sentence, Is.EqualTo("开工率98%。"));
    }
}
