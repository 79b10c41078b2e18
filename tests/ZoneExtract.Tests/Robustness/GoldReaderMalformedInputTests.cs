using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Robustness;

/// <summary>The evaluator's reader on malformed files: a clear error naming file and line, never a silent skip.</summary>
public class GoldReaderMalformedInputTests
{
    private const string Good = "{\"id\":\"ok\",\"text\":\"重庆高新区增长6.4%\",\"entities\":[{\"label\":\"PERCENT\",\"start_offset\":7,\"end_offset\":11}]}";

    [TestCase("{\"id\":\"t\",\"text\":\"重庆", "invalid JSON", TestName = "truncated JSON")]
    [TestCase("{\"id\":\"t\",\"text\":[\"重庆\"]}", "missing string field 'text'", TestName = "text of the wrong type")]
    [TestCase("{\"id\":{},\"text\":\"重庆\"}", "'id' must be a string or a number", TestName = "id of the wrong type")]
    [TestCase("{\"text\":\"重庆\",\"entities\":[{\"label\":\"LOC\",\"start_offset\":\"0\",\"end_offset\":2}]}", "start_offset must be an integer", TestName = "offset of the wrong type")]
    [TestCase("{\"text\":\"重庆\",\"entities\":[{\"label\":\"LOC\",\"start_offset\":0,\"end_offset\":3}]}", "outside the text of 2 code points", TestName = "offset out of range")]
    [TestCase("{\"text\":\"重庆\",\"entities\":[{\"label\":\"LOC\",\"start_offset\":-1,\"end_offset\":1}]}", "outside the text", TestName = "negative offset")]
    [TestCase("{\"text\":\"重庆\",\"label\":[[0,2]]}", "must be [start, end, \"LABEL\"]", TestName = "short label triple")]
    [TestCase("{\"id\":\"x\",\"source\":\"in.jsonl:3\",\"error\":\"invalid JSON\"}", "an error record, not a document", TestName = "batch error record")]
    public void A_malformed_line_is_reported_with_file_and_line(string badLine, string expectedProblem)
    {
        var path = WriteFile(Good + "\n\n" + badLine + "\n" + Good + "\n");
        try
        {
            var e = Assert.Throws<GoldFormatException>(() => GoldJsonlReader.ReadFile(path));
            Assert.That(e!.FileName, Is.EqualTo(path));
            Assert.That(e.LineNumber, Is.EqualTo(3), "blank lines still count");
            Assert.That(e.Problem, Does.Contain(expectedProblem));
            Assert.That(e.Message, Does.StartWith($"{path}:3: "));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Test]
    public void Bom_crlf_and_blank_lines_are_read_and_no_document_is_lost()
    {
        var path = WriteFile("\uFEFF" + Good + "\r\n\r\n   \r\n" + Good.Replace("\"ok\"", "\"ok2\"") + "\r\n");
        try
        {
            var documents = GoldJsonlReader.ReadFile(path);
            Assert.That(documents.Select(d => d.Id), Is.EqualTo(new[] { "ok", "ok2" }));
            Assert.That(documents[1].Spans.Single().Start, Is.EqualTo(7));
            Assert.That(documents[1].Text, Is.EqualTo("重庆高新区增长6.4%"), "no carriage return left in the text");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string WriteFile(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zoneextract-gold-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, content, new System.Text.UTF8Encoding(false));
        return path;
    }
}
