using System.Text;
using ZoneExtract.Batch;

namespace ZoneExtract.Tests.Batch;

/// <summary>The batch reader on malformed input: every line gives one document, in order, bad ones as errors with file:line.</summary>
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

        Assert.That(documents.Select(d => d.Line), Is.EqualTo(Enumerable.Range(1, 8)));
        Assert.That(documents.Select(d => d.Source), Is.EqualTo(Enumerable.Range(1, 8).Select(n => $"in.jsonl:{n}")));
        Assert.Multiple(() =>
        {
            Assert.That(documents[0], Is.EqualTo(new BatchDocument("a", "重庆高新区", new DateOnly(2020, 11, 23)) { Source = "in.jsonl:1", Line = 1 }));
            Assert.That(documents[1].ReadError, Is.EqualTo("blank line: no document"));
            Assert.That(documents[2].ReadError, Does.StartWith("invalid JSON"));
            Assert.That(documents[2].Id, Is.EqualTo("truncated"), "the id before the JSON error is kept for the error record");
            Assert.That(documents[3].ReadError, Is.EqualTo("missing string field 'text'"));
            Assert.That(documents[3].Id, Is.EqualTo("number-text"), "the id of a valid JSON line is kept for its error record");
            Assert.That(documents[4].ReadError, Does.Contain("reference_date"));
            Assert.That(documents[5].ReadError, Does.Contain("expected a JSON object"));
            Assert.That(documents[6].ReadError, Is.EqualTo("blank line: no document"));
            Assert.That(documents[7], Is.EqualTo(new BatchDocument("7", "增长6.4%", null) { Source = "in.jsonl:8", Line = 8 }));
        });
    }

    [Test]
    public async Task A_line_over_the_limit_is_reported_with_its_length_and_the_next_line_is_read()
    {
        var longLine = "{\"text\":\"" + new string('字', 500) + "\"}";

        var documents = await Read(longLine + "\r\n{\"text\":\"短\"}\n", maxLineLength: 100);

        Assert.That(documents, Has.Count.EqualTo(2));
        Assert.That(documents[0].ReadError, Is.EqualTo($"line of {Encoding.UTF8.GetByteCount(longLine)} bytes is over the limit of 100"));
        Assert.That(documents[1].Text, Is.EqualTo("短"));
        Assert.That(documents[1].Source, Is.EqualTo("in.jsonl:2"));
    }

    [Test]
    public async Task A_line_across_many_read_buffers_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("重庆高新区\\n", 40_000));

        var documents = await Read("{\"text\":\"" + text + "\"}\r\n", maxLineLength: 4_000_000);

        Assert.That(documents.Single().Text, Has.Length.EqualTo(40_000 * 6));
    }

    [Test]
    public async Task Invalid_utf_8_and_lone_surrogates_become_replacement_characters_with_a_warning()
    {
        var input = Encoding.UTF8.GetBytes("{\"id\":\"bytes\",\"text\":\"重庆").Concat(new byte[] { 0xE9, 0xAB })
            .Concat(Encoding.UTF8.GetBytes("\"}\n{\"id\":\"surrogates\",\"text\":\"\\ud800\\ud800212亿元\\ud83d\\ude00\\\\ud800\"}\n{\"id\":\"clean\",\"text\":\"x\"}\n"))
            .ToArray();

        var documents = await JsonlDocuments.ReadAsync(new MemoryStream(input), "in.jsonl", 1000).ToListAsync();

        Assert.Multiple(() =>
        {
            Assert.That(documents[0].Text, Is.EqualTo("重庆\uFFFD"), "the truncated sequence is one replacement; the quote after it still ends the string");
            Assert.That(documents[0].Warning, Is.EqualTo("invalid UTF-8 bytes replaced by U+FFFD"));
            Assert.That(documents[1].Text, Is.EqualTo("\uFFFD\uFFFD212亿元😀\\ud800"), "a valid pair and an escaped backslash are left alone");
            Assert.That(documents[1].Warning, Is.EqualTo("2 lone surrogate escape(s) replaced by U+FFFD"));
            Assert.That(documents[2].Warning, Is.Null);
        });
    }

    [Test]
    public async Task A_later_line_with_an_id_already_used_is_an_error_naming_the_first_line()
    {
        var documents = await Read("{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"y\"}\n{\"id\":\"a\",\"text\":\"z\"}\n", maxLineLength: 1000);

        Assert.That(documents.Select(d => d.ReadError), Is.EqualTo(new[] { null, null, "duplicate id 'a': line 1 has it already" }));
        Assert.That(documents[2].Id, Is.EqualTo("a"));
    }

    [Test]
    public async Task A_line_of_megabytes_is_read_the_same_from_a_seekable_stream_and_from_a_pipe()
    {
        // A line over a megabyte goes on in a temporary file and comes back whole at its end, from a file as from a pipe.
        var text = string.Concat(Enumerable.Repeat("重庆高新区\\n增长6.4%", 100_000));
        var input = Encoding.UTF8.GetBytes("{\"id\":\"big\",\"text\":\"" + text + "\"}\r\n{\"id\":\"over\",\"text\":\"" + text + text + "\"}\n{\"text\":\"短\"}");
        var maxLineLength = input.Length / 2;

        var seekable = await JsonlDocuments.ReadAsync(new MemoryStream(input), "in.jsonl", maxLineLength).ToListAsync();
        var pipe = await JsonlDocuments.ReadAsync(new UnseekableStream(input), "in.jsonl", maxLineLength).ToListAsync();

        Assert.That(seekable, Has.Count.EqualTo(3));
        Assert.That(seekable[0].Text, Has.Length.EqualTo(text.Length - 100_000), "each \\n escape is one character");
        Assert.That(seekable[1].ReadError, Does.Contain("over the limit"));
        Assert.That(seekable[2].Text, Is.EqualTo("短"));
        Assert.That(pipe, Is.EqualTo(seekable));
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }

    private static async Task<List<BatchDocument>> Read(string input, int maxLineLength) =>
        await JsonlDocuments.ReadAsync(new MemoryStream(Encoding.UTF8.GetBytes(input)), "in.jsonl", maxLineLength).ToListAsync();
}
