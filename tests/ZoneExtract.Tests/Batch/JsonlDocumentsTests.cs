using ZoneExtract.Batch;

namespace ZoneExtract.Tests.Batch;

/// <summary>The batch reader on malformed input: every non-blank line gives one document, in order, bad ones as errors with file:line.</summary>
public class JsonlDocumentsTests
{
    [Test]
    public async Task Malformed_lines_become_errors_with_file_and_line_and_the_others_are_read()
    {
        const string input =
            "\uFEFF{\"id\":\"a\",\"text\":\"重庆高新区\",\"meta\":{\"reference_date\":\"2020-11-23\"}}\r\n" +
            "\r\n" +
            "{\"id\":\"truncated\",\"text\":\"重庆\n" +
            "{\"id\":\"number-text\",\"text\":42}\n" +
            "{\"id\":\"bad-date\",\"text\":\"x\",\"meta\":{\"reference_date\":\"23/11/2020\"}}\n" +
            "[1,2,3]\n" +
            "   \n" +
            "{\"id\":7,\"text\":\"增长6.4%\"}";

        var documents = await Read(input, maxLineLength: 1000);

        Assert.That(documents.Select(d => d.Source), Is.EqualTo(new[] { "in.jsonl:1", "in.jsonl:3", "in.jsonl:4", "in.jsonl:5", "in.jsonl:6", "in.jsonl:8" }));
        Assert.Multiple(() =>
        {
            Assert.That(documents[0], Is.EqualTo(new BatchDocument("a", "重庆高新区", new DateOnly(2020, 11, 23)) { Source = "in.jsonl:1" }));
            Assert.That(documents[1].ReadError, Does.StartWith("invalid JSON"));
            Assert.That(documents[2].ReadError, Is.EqualTo("missing string field 'text'"));
            Assert.That(documents[2].Id, Is.EqualTo("number-text"), "the id of a valid JSON line is kept for its error record");
            Assert.That(documents[3].ReadError, Does.Contain("reference_date"));
            Assert.That(documents[4].ReadError, Does.Contain("expected a JSON object"));
            Assert.That(documents[5], Is.EqualTo(new BatchDocument("7", "增长6.4%", null) { Source = "in.jsonl:8" }));
        });
    }

    [Test]
    public async Task A_line_over_the_limit_is_reported_with_its_length_and_the_next_line_is_read()
    {
        var longLine = "{\"text\":\"" + new string('字', 500) + "\"}";

        var documents = await Read(longLine + "\r\n{\"text\":\"短\"}\n", maxLineLength: 100);

        Assert.That(documents, Has.Count.EqualTo(2));
        Assert.That(documents[0].ReadError, Is.EqualTo($"line of {longLine.Length} characters is over the limit of 100"));
        Assert.That(documents[1].Text, Is.EqualTo("短"));
        Assert.That(documents[1].Source, Is.EqualTo("in.jsonl:2"));
    }

    [Test]
    public async Task A_line_across_many_read_buffers_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("重庆高新区\\n", 40_000));

        var documents = await Read("{\"text\":\"" + text + "\"}\r\n", maxLineLength: 1_000_000);

        Assert.That(documents.Single().Text, Has.Length.EqualTo(40_000 * 6));
    }

    private static async Task<List<BatchDocument>> Read(string input, int maxLineLength) =>
        await JsonlDocuments.ReadAsync(new StringReader(input), "in.jsonl", maxLineLength).ToListAsync();
}
