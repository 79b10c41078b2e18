using ZoneExtract.Cli;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Cli;

/// <summary>The console's switch between one text and a batch, and its exit codes, run in process.</summary>
public class ConsoleModeTests : TemporaryFolderTest
{
    private const string Text = "今年前三季度，重庆高新区实现地区生产总值341.6亿元。";

    private static int Run(params string[] args) => CommandRunner.Run(ZoneExtractCommand.Create(), args);

    private string Write(string name, string content)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, content);
        return path;
    }

    [Test]
    public void A_text_file_is_one_document_written_as_one_gold_line()
    {
        var output = Path.Combine(Folder, "out.jsonl");
        var exit = Run("extract", Write("article.txt", Text), "--reference-date", "2020-11-23", "--format", "jsonl", "--out", output);
        var document = GoldJsonlReader.ReadFile(output).Single();
        Assert.That((exit, document.Id, document.Spans.Count(s => s.Label == "ZONE")), Is.EqualTo((0, "article", 1)));
    }

    [Test]
    public void The_default_table_shows_the_entities_then_the_facts()
    {
        var output = Path.Combine(Folder, "table.txt");
        Assert.That(Run("extract", Write("article.txt", Text), "--reference-date", "2020-11-23", "--out", output), Is.Zero);
        var table = File.ReadAllText(output);
        Assert.That(table.IndexOf("重庆高新区", StringComparison.Ordinal), Is.LessThan(table.IndexOf("INDICATOR", StringComparison.Ordinal)));
        Assert.That(table, Does.Contain("| 地区生产总值").And.Contain("(34160000000 CNY)").And.Contain("(2020-01-01..2020-09-30)"));
    }

    [Test]
    public void The_table_of_a_text_extracted_in_windows_does_not_claim_zero_tokens()
    {
        var longText = string.Concat(Enumerable.Repeat(Text + "\n\n", 70 * 1024 / Text.Length)); // longer than a window (64 Ki characters)
        var shortTable = Path.Combine(Folder, "short.txt");
        var longTable = Path.Combine(Folder, "long.txt");

        Assert.That(Run("extract", Write("short-article.txt", Text), "--reference-date", "2020-11-23", "--out", shortTable), Is.Zero);
        Assert.That(Run("extract", Write("long-article.txt", longText), "--reference-date", "2020-11-23", "--out", longTable), Is.Zero);

        Assert.That(File.ReadAllText(shortTable), Does.Match(@"entities \(.*\), [1-9][0-9]* tokens"));
        Assert.That(File.ReadAllText(longTable), Does.Not.Contain(", 0 tokens").And.Contain("tokens not kept"));
    }

    [Test]
    public void A_long_text_from_standard_input_gives_the_gold_line_of_its_whole_extraction()
    {
        // longer than a window (64 Ki characters): the line is written window by window from a copy of the input
        var longText = string.Concat(Enumerable.Repeat(Text + "\n\n", 70 * 1024 / Text.Length));
        var json = Path.Combine(Folder, "whole.json");
        var line = Path.Combine(Folder, "line.jsonl");
        Assert.That(Run("extract", Write("long-article.txt", longText), "--reference-date", "2020-11-23", "--format", "json", "--out", json), Is.Zero);
        var input = System.Console.In;
        try
        {
            System.Console.SetIn(new StringReader(longText));
            Assert.That(Run("extract", "-", "--reference-date", "2020-11-23", "--format", "jsonl", "--out", line), Is.Zero);
        }
        finally
        {
            System.Console.SetIn(input);
        }

        var whole = GoldJsonlReader.ParseLine(File.ReadAllText(json).ReplaceLineEndings(""), json, 1);
        var streamed = GoldJsonlReader.ReadFile(line).Single();
        Assert.That(streamed.Text, Is.EqualTo(longText));
        Assert.That(streamed.Spans.Select(s => (s.Label, s.Start, s.End)), Is.EquivalentTo(whole.Spans.Select(s => (s.Label, s.Start, s.End))));
        Assert.That(streamed.Relations, Has.Count.EqualTo(whole.Relations.Count).And.Count.GreaterThan(1000));
    }

    [Test]
    public void A_jsonl_file_is_a_batch_with_one_line_per_document_and_text_input_format_reads_it_as_one_text()
    {
        var input = Write("docs.jsonl", $"{{\"id\":\"a\",\"text\":\"{Text}\"}}\n{{\"id\":\"b\",\"text\":\"{Text}\"}}\n");
        var batch = Path.Combine(Folder, "batch.jsonl");
        var single = Path.Combine(Folder, "single.jsonl");

        Assert.That(Run("extract", input, "--out", batch, "--quiet"), Is.Zero);
        Assert.That(Run("extract", input, "--input-format", "text", "--format", "jsonl", "--out", single), Is.Zero);

        Assert.That(GoldJsonlReader.ReadFile(batch).Select(d => d.Id), Is.EqualTo(new[] { "a", "b" }));
        Assert.That(GoldJsonlReader.ReadFile(single).Single().Text, Is.EqualTo(File.ReadAllText(input)), "the whole file is the text");
    }

    [Test]
    public void A_folder_is_a_batch_of_its_text_files()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "in"));
        File.WriteAllText(Path.Combine(Folder, "in", "one.txt"), Text);
        File.WriteAllText(Path.Combine(Folder, "in", "two.txt"), Text);
        var output = Path.Combine(Folder, "out.jsonl");
        Assert.That(Run("extract", Path.Combine(Folder, "in"), "--out", output, "--quiet"), Is.Zero);
        Assert.That(GoldJsonlReader.ReadFile(output).Select(d => d.Id), Is.EqualTo(new[] { "one.txt", "two.txt" }));
    }

    [TestCase("extract", "missing.txt")]
    [TestCase("extract", "article.txt", "--reference-date", "2020-13-40")]
    [TestCase("extract", "article.txt", "--labels", "MONEY,NOPE")]
    [TestCase("extract", "docs.jsonl", "--id", "x")]
    [TestCase("no-such-verb")]
    public void Bad_arguments_and_missing_files_exit_with_the_usage_code(params string[] args)
    {
        Write("article.txt", Text);
        Write("docs.jsonl", $"{{\"id\":\"a\",\"text\":\"{Text}\"}}\n");
        var resolved = args.Select(a => a.Contains('.') && !a.StartsWith("20", StringComparison.Ordinal) ? Path.Combine(Folder, a) : a).ToArray();
        Assert.That(Run(resolved), Is.EqualTo(CommandRunner.UsageError));
    }
}
