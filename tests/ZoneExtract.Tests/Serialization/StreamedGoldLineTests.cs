using System.Text;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

/// <summary>
/// The gold line of a text written window by window while reading the text twice (the console's JSONL output of one
/// text, in bounded memory) holds what the line of the whole result holds.
/// </summary>
public class StreamedGoldLineTests
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = TestCorpus.ReferenceDate };

    [Test]
    public void A_text_within_one_window_gives_the_bytes_of_the_whole_results_line()
    {
        var article = TestCorpus.ReadArticle();
        var whole = SharedExtractor.Instance.Extract(article, Options);

        var streamed = Streamed(article, new WindowedExtraction(SharedExtractor.Instance));

        Assert.That(streamed, Is.EqualTo(WholeLine(whole)));
    }

    [Test]
    public void A_text_over_many_windows_gives_the_spans_and_relations_of_the_whole_results_line()
    {
        // Astral characters (one code point, two UTF-16 units) before and inside paragraphs move the offsets of
        // every later span, in each window differently.
        var article = TestCorpus.ReadArticle();
        var text = "𠀀标题\n" + string.Join("\n", article.Split('\n').Select((p, i) => i % 3 == 0 ? "𠀁" + p : p)) + "\n𠀂" + article;
        var extraction = new WindowedExtraction(SharedExtractor.Instance, 900, 300);
        var whole = extraction.Extract(text, Options);

        var streamed = GoldJsonlReader.ParseLine(Streamed(text, extraction), "streamed", 1);
        var expected = GoldJsonlReader.ParseLine(WholeLine(whole), "whole", 1);

        Assert.That(whole.Facts, Has.Count.GreaterThan(20), "the text has facts across many windows");
        Assert.That(streamed.Text, Is.EqualTo(text));
        Assert.That(streamed.Spans.Select(Key), Is.EquivalentTo(expected.Spans.Select(Key)));
        Assert.That(Relations(streamed), Is.EquivalentTo(Relations(expected)));
    }

    [Test]
    public void With_the_indicators_last_a_text_over_many_windows_gives_the_bytes_of_the_whole_results_line()
    {
        var article = TestCorpus.ReadArticle();
        var text = "𠀀标题\n" + string.Join("\n", article.Split('\n').Select((p, i) => i % 3 == 0 ? "𠀁" + p : p)) + "\n𠀂" + article;
        var extraction = new WindowedExtraction(SharedExtractor.Instance, 900, 300);
        Action<System.Text.Json.Utf8JsonWriter> warning = more => more.WriteString("warning", "repaired");

        using var output = new MemoryStream();
        StreamedGoldLine.Write(output, () => new StringReader(text), "doc", extraction, Options, indicatorsLast: true, warning, CancellationToken.None);

        var whole = extraction.Extract(text, Options);
        Assert.That(whole.Facts, Has.Count.GreaterThan(20), "the text has facts across many windows");
        Assert.That(Encoding.UTF8.GetString(output.ToArray()), Is.EqualTo(WholeLine(whole, warning)));
    }

    private static string Streamed(string text, WindowedExtraction extraction)
    {
        using var output = new MemoryStream();
        StreamedGoldLine.Write(output, () => new StringReader(text), "doc", extraction, Options, CancellationToken.None);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string WholeLine(ExtractionResult result, Action<System.Text.Json.Utf8JsonWriter>? writeMore = null)
    {
        using var output = new MemoryStream();
        GoldJsonlWriter.WriteTo(output, writer => GoldJsonlWriter.WriteResult(writer, result, "doc", writeMore), endLine: true);
        return Encoding.UTF8.GetString(output.ToArray());
    }

    private static string Key(GoldSpan span) =>
        $"{span.Label} {span.Start}-{span.End} {string.Join(",", span.Value?.Select(kv => $"{kv.Key}={kv.Value}") ?? [])} {span.Kind} {span.Canonical}";

    private static IEnumerable<string> Relations(GoldDocument document) =>
        document.Relations.Select(r => $"{r.Type}: {Key(document.Spans[r.From])} -> {Key(document.Spans[r.To])}");
}
