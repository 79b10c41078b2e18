using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

public class GoldJsonlRoundTripTests
{
    [Test]
    public void Extractor_output_round_trips_through_the_gold_reader()
    {
        var text = TestCorpus.ReadArticle();
        var result = SharedExtractor.Instance.Extract(text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        var written = GoldJsonlWriter.ToGoldDocument(result, "cq");

        var read = GoldJsonlReader.ParseLine(GoldJsonlWriter.ToJsonLine(written), "memory", 1);

        AssertSameDocument(read, written);
        Assert.That(read.Spans, Has.Count.EqualTo(result.Entities.Count + result.Facts.Count), "every entity, and one INDICATOR per fact");
        Assert.That(read.Relations, Is.EqualTo(written.Relations));
        Assert.That(read.Relations, Has.Count.EqualTo(result.Facts.Sum(f => new[] { f.Value, f.Change?.Rate, f.Period, f.Subject }.Count(p => p is not null))));
    }

    [Test]
    public void A_long_text_streamed_in_pieces_reads_back_whole_with_its_spans()
    {
        // Astral characters and escapes everywhere, so that some fall on the edges of the pieces.
        var article = TestCorpus.ReadArticle();
        var text = string.Concat(Enumerable.Range(0, 30).Select(i => article + new string('"', i % 3) + "𠀀\\n" + new string('区', i)));
        var result = new WindowedExtraction(SharedExtractor.Instance, 20_000, 500).Extract(text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        using var streamed = new MemoryStream();

        GoldJsonlWriter.WriteTo(streamed, writer => GoldJsonlWriter.WriteResult(writer, result, "long", writeMore: null));

        var read = GoldJsonlReader.ParseLine(System.Text.Encoding.UTF8.GetString(streamed.ToArray()), "memory", 1);
        Assert.That(result.Entities, Has.Count.GreaterThan(1000));
        Assert.That(read.Text, Is.EqualTo(text));
        AssertSameDocument(read, GoldJsonlWriter.ToGoldDocument(result, "long"));
    }

    [Test]
    public void Astral_plane_characters_shift_string_indices_but_not_code_point_offsets()
    {
        const string text = "𠀀𠀀重庆高新区增长6.4%";
        var start = text.IndexOf("6.4%", StringComparison.Ordinal);
        var document = new GoldDocument("astral", text, new DateOnly(2020, 11, 23),
        [
            new GoldSpan("PERCENT", start, start + 4, false, new SortedDictionary<string, string> { ["percent"] = "6.4" }),
            new GoldSpan("ZONE", 4, 9, true, null),
        ]);

        var line = GoldJsonlWriter.ToJsonLine(document);
        Assert.That(line, Does.Contain("\"start_offset\":9").And.Contain("\"end_offset\":13"), "code points: two astral characters count one each");

        AssertSameDocument(GoldJsonlReader.ParseLine(line, "memory", 1), document);
    }

    private static void AssertSameDocument(GoldDocument actual, GoldDocument expected)
    {
        Assert.Multiple(() =>
        {
            Assert.That(actual.Id, Is.EqualTo(expected.Id));
            Assert.That(actual.Text, Is.EqualTo(expected.Text));
            Assert.That(actual.ReferenceDate, Is.EqualTo(expected.ReferenceDate));
            Assert.That(actual.Spans.Select(Describe), Is.EqualTo(expected.Spans.Select(Describe)));
        });
    }

    private static string Describe(GoldSpan span) =>
        $"{span.Label} {span.Start}-{span.End} {span.Optional} {(span.Value is null ? "-" : string.Join(",", span.Value.Select(p => p.Key + "=" + p.Value)))}";
}
