using System.Text;
using System.Text.Json;
using ZoneExtract.Batch;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Console;

/// <summary>
/// A JSONL batch through the console never loses a document: each bad line gets an error record in its place
/// (id when readable, line number, reason), the good lines around it are extracted as if alone, stdout keeps
/// one line per input line, and the exit code is 1 when a line failed. Repaired encodings are extracted with a warning.
/// </summary>
public class BatchBadLineTests : TemporaryFolderTest
{
    private const int MaxChars = 100;

    /// <summary>A bad line, the start of the reason its error record must give, and the id it must name.</summary>
    public sealed record BadLine(string Name, byte[] Bytes, string Reason, string? Id)
    {
        public override string ToString() => Name;
    }

    public static IEnumerable<BadLine> BadLines() =>
    [
        new("invalid JSON", Utf8("{\"id\":\"cut\",\"text\":\"重庆高新区"), "invalid JSON", "cut"),
        new("array", Utf8("[\"重庆高新区\"]"), "expected a JSON object, found Array", null),
        new("string", Utf8("\"重庆高新区\""), "expected a JSON object, found String", null),
        new("missing text", Utf8("{\"id\":\"no-text\",\"body\":\"重庆\"}"), "missing string field 'text'", "no-text"),
        new("text not a string", Utf8("{\"id\":\"number\",\"text\":42}"), "missing string field 'text'", "number"),
        new("duplicate id", Utf8("{\"id\":\"good-1\",\"text\":\"重庆\"}"), "duplicate id 'good-1': line 1 has it already", "good-1"),
        new("blank", [], "blank line", null),
        new("line over the limit", HugeLine, $"line of {HugeLine.Length} bytes is over the limit of {JsonlDocuments.MaxLineBytesFor(MaxChars)}", null),
        new("text over the limit", Utf8("{\"id\":\"long\",\"text\":\"" + new string('区', MaxChars + 1) + "\"}"), $"text of {MaxChars + 1} characters is over the limit of {MaxChars}", "long"),
    ];

    private static readonly byte[] HugeLine = Utf8("{\"id\":\"huge\",\"text\":\"" + new string('区', JsonlDocuments.MaxLineBytesFor(MaxChars) / 3) + "\"}");

    [TestCaseSource(nameof(BadLines))]
    public async Task A_bad_line_gets_an_error_record_in_place_and_the_batch_goes_on(BadLine bad)
    {
        var good = GoodTexts().Take(2).ToArray();

        var run = await RunBatch([GoodLine("good-1", good[0]), bad.Bytes, GoodLine("good-2", good[1])]);

        Assert.That(run.ExitCode, Is.EqualTo(1), run.StandardError);
        Assert.That(run.OutputLines, Has.Length.EqualTo(3));
        Assert.That(run.OutputLines[0], Is.EqualTo(Expected("good-1", good[0])));
        AssertErrorRecord(run.OutputLines[1], bad, line: 2);
        Assert.That(run.OutputLines[2], Is.EqualTo(Expected("good-2", good[1])));
        Assert.That(run.StandardError, Does.Contain($"in.jsonl:2: {bad.Reason}"));
    }

    [Test]
    public async Task Invalid_utf_8_bytes_are_replaced_and_the_document_is_extracted_with_a_warning()
    {
        var line = Utf8("{\"id\":\"bytes\",\"text\":\"重庆高新区投资").Concat(new byte[] { 0xFF, 0xC3 }).Concat(Utf8("120亿元\"}")).ToArray();

        var run = await RunBatch([line]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);
        Assert.That(run.OutputLines.Single(), Is.EqualTo(Expected("bytes", "重庆高新区投资\uFFFD\uFFFD120亿元", "invalid UTF-8 bytes replaced by U+FFFD")));
        Assert.That(run.StandardError, Does.Contain("in.jsonl:1: warning: invalid UTF-8 bytes"));
    }

    [Test]
    public async Task Lone_surrogate_escapes_are_replaced_and_the_document_is_extracted_with_a_warning()
    {
        // The line of the issue that used to stop the whole run.
        var line = Utf8("{\"id\":\"surrogates\",\"text\":\"\\ud800\\ud800212亿元\"}");

        var run = await RunBatch([line]);

        Assert.That(run.ExitCode, Is.EqualTo(0), run.StandardError);
        Assert.That(run.OutputLines.Single(), Is.EqualTo(Expected("surrogates", "\uFFFD\uFFFD212亿元", "2 lone surrogate escape(s) replaced by U+FFFD")));
        Assert.That(run.OutputLines.Single(), Does.Contain("\"label\":\"MONEY\""));
    }

    [Test]
    public async Task Every_bad_line_mixed_among_good_lines_costs_only_its_own_line()
    {
        var bad = BadLines().ToArray();
        var good = GoodTexts().Take(bad.Length + 1).ToArray();
        var lines = new List<byte[]>();
        for (var i = 0; i < good.Length; i++)
        {
            lines.Add(GoodLine($"good-{i + 1}", good[i]));
            if (i < bad.Length) lines.Add(bad[i].Bytes);
        }

        var run = await RunBatch(lines, "--threads", "2");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.StandardError);
        Assert.That(run.OutputLines, Has.Length.EqualTo(lines.Count));
        Assert.Multiple(() =>
        {
            for (var i = 0; i < good.Length; i++) Assert.That(run.OutputLines[2 * i], Is.EqualTo(Expected($"good-{i + 1}", good[i])));
            for (var i = 0; i < bad.Length; i++) AssertErrorRecord(run.OutputLines[2 * i + 1], bad[i], line: 2 * i + 2);
        });
    }

    private async Task<ConsoleProcess.Outcome> RunBatch(IEnumerable<byte[]> lines, params string[] options)
    {
        var path = Path.Combine(Folder, "in.jsonl");
        await using (var file = File.Create(path))
        {
            foreach (var line in lines)
            {
                file.Write(line);
                file.WriteByte((byte)'\n');
            }
        }
        return await ConsoleProcess.RunAsync(["extract", path, "--quiet", "--max-chars", $"{MaxChars}", "--reference-date", "2020-11-23", .. options]);
    }

    private static void AssertErrorRecord(string outputLine, BadLine bad, int line)
    {
        using var record = JsonDocument.Parse(outputLine);
        var root = record.RootElement;
        Assert.That(root.GetProperty("line").GetInt32(), Is.EqualTo(line), bad.Name);
        Assert.That(root.GetProperty("source").GetString(), Does.EndWith($"in.jsonl:{line}"), bad.Name);
        Assert.That(root.GetProperty("error").GetString(), Does.StartWith(bad.Reason), bad.Name);
        Assert.That(root.TryGetProperty("id", out var id) ? id.GetString() : null, Is.EqualTo(bad.Id), bad.Name);
        Assert.That(root.TryGetProperty("text", out _), Is.False, $"{bad.Name}: an error record is no document");
    }

    /// <summary>Sentences of the reference article short enough for the test's size limit.</summary>
    private static IEnumerable<string> GoodTexts() =>
        TestCorpus.ReadArticle().Split('。', '\n').Select(s => s.Trim()).Where(s => s.Length is >= 20 and <= MaxChars);

    private static byte[] GoodLine(string id, string text) =>
        Utf8(JsonSerializer.Serialize(new { id, text, meta = new { reference_date = "2020-11-23" } }));

    /// <summary>The line the console must write for a document: what the library extracts from its text alone.</summary>
    private static string Expected(string id, string text, string? warning = null)
    {
        var result = SharedExtractor.Instance.Extract(text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        var line = GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, id));
        return warning is null ? line : line[..^1] + $",\"warning\":\"{warning}\"}}";
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
