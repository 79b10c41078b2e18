using System.Text.Json;
using ZoneExtract.Cli;

namespace ZoneExtract.Tests.Cli;

/// <summary>The console's HTML outputs, run in process: exit codes and what the files hold.</summary>
public class ConsoleHtmlTests : TemporaryFolderTest
{
    private static int Run(params string[] args) => CommandRunner.Run(ZoneExtractCommand.Create(), args);

    private string WriteJsonl(params object[] documents)
    {
        var path = Path.Combine(Folder, "input.jsonl");
        File.WriteAllLines(path, documents.Select(d => d as string ?? JsonSerializer.Serialize(d)));
        return path;
    }

    [Test]
    public void A_single_text_becomes_a_page_with_its_entities()
    {
        var page = Path.Combine(Folder, "view.html");

        var exit = Run("extract", TestCorpus.ArticlePath, "--reference-date", "2020-11-23", "--format", "html", "--out", page);

        var html = File.ReadAllText(page);
        Assert.That(exit, Is.Zero);
        Assert.That(html, Does.StartWith("<!DOCTYPE html>").And.EndWith("</html>\n"));
        Assert.That(html, Does.Contain("<h2>gaoxin-2020-11</h2>"));
        Assert.That(html, Does.Contain("title=\"MONEY 212亿元 → 21,200,000,000 CNY\""));
    }

    [Test]
    public void A_batch_becomes_one_page_with_escaped_ids_a_failure_in_place_and_exit_code_one()
    {
        var input = WriteJsonl(
            new Dictionary<string, object> { ["id"] = "<script>a&\"b\"</script>", ["text"] = "重庆高新区投资212亿元", ["meta"] = new Dictionary<string, string> { ["reference_date"] = "2020-11-23" } },
            "{not json",
            new Dictionary<string, object> { ["id"] = "c", ["text"] = "今年1-7月增长6.4%<b>", ["meta"] = new Dictionary<string, string> { ["reference_date"] = "2020-11-23" } });
        var page = Path.Combine(Folder, "batch.html");

        var exit = Run("extract", input, "--format", "html", "--out", page, "--quiet");

        var html = File.ReadAllText(page);
        Assert.Multiple(() =>
        {
            Assert.That(exit, Is.EqualTo(CommandRunner.Failure), "one document failed");
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("%<b>"));
            Assert.That(html, Does.Contain("</mark>&lt;b&gt;</p>"));
            Assert.That(html, Does.Contain("<h2>&lt;script&gt;a&amp;&quot;b&quot;&lt;/script&gt;</h2>"));
            Assert.That(html, Does.Contain("<p class=\"failed\">Not extracted: "));
            Assert.That(html, Does.Contain("title=\"DATE 今年1-7月 → 2020-01-01 – 2020-07-31\""));
            Assert.That(html, Does.Contain("<nav aria-label=\"Contents\"><h2>3 documents, 1 not extracted, "));
            Assert.That(html, Does.EndWith("</html>\n"));
        });
    }

    [Test]
    public void A_batch_refuses_the_single_text_formats()
    {
        var input = WriteJsonl(new Dictionary<string, string> { ["text"] = "增长6.4%" });

        Assert.That(Run("extract", input, "--format", "table", "--out", Path.Combine(Folder, "x")), Is.EqualTo(CommandRunner.UsageError));
    }

    [Test]
    public void Eval_writes_an_html_report_for_an_html_name_and_markdown_otherwise()
    {
        var html = Path.Combine(Folder, "report.html");
        var markdown = Path.Combine(Folder, "report.md");

        var htmlExit = Run("eval", "--gold", TestCorpus.GoldPath, "--report", html);
        var markdownExit = Run("eval", "--gold", TestCorpus.GoldPath, "--report", markdown);

        var page = File.ReadAllText(html);
        Assert.Multiple(() =>
        {
            Assert.That((htmlExit, markdownExit), Is.EqualTo((0, 0)));
            Assert.That(page, Does.StartWith("<!DOCTYPE html>"));
            Assert.That(page, Does.Contain("<table class=\"scores\">"));
            Assert.That(page, Does.Contain("<mark class=\"tp\""));
            Assert.That(page, Does.Contain("<mark class=\"fp\"").Or.Contain("<mark class=\"fn\""), "the reference article has a few errors");
            Assert.That(File.ReadAllText(markdown), Does.StartWith("# Evaluation report"));
        });
    }

    [Test]
    public void Eval_with_a_missing_gold_file_fails_with_a_usage_error()
    {
        Assert.That(Run("eval", "--gold", Path.Combine(Folder, "none.jsonl"), "--report", Path.Combine(Folder, "r.html")), Is.EqualTo(CommandRunner.UsageError));
        Assert.That(File.Exists(Path.Combine(Folder, "r.html")), Is.False);
    }
}
