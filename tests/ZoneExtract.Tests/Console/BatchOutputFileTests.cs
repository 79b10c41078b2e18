namespace ZoneExtract.Tests.Console;

/// <summary>
/// A batch's --out file is only replaced once the extractor has loaded: a run that cannot start (here, jieba.NET's
/// dictionaries missing) leaves the results of an earlier run as they were.
/// </summary>
public class BatchOutputFileTests : TemporaryFolderTest
{
    private const string Earlier = "{\"id\":\"earlier\",\"text\":\"an earlier run's results\"}\n";

    [TestCase("jsonl")]
    [TestCase("html")]
    public async Task A_batch_whose_extractor_fails_to_load_leaves_an_existing_out_file_untouched(string format)
    {
        var input = Path.Combine(Folder, "in.jsonl");
        File.WriteAllText(input, "{\"id\":\"a\",\"text\":\"重庆高新区投资120亿元\"}\n");
        var output = Path.Combine(Folder, "out." + format);
        File.WriteAllText(output, Earlier);
        var emptyJiebaFolder = Directory.CreateDirectory(Path.Combine(Folder, "no-jieba")).FullName;

        var run = await ConsoleProcess.RunAsync(
            new Dictionary<string, string> { ["ZONEEXTRACT_JIEBA_DIR"] = emptyJiebaFolder },
            "extract", input, "--format", format, "--out", output, "--quiet");

        Assert.That(run.ExitCode, Is.EqualTo(1), run.StandardError);
        Assert.That(run.StandardError, Does.Contain("jieba.NET dictionaries not found"));
        Assert.That(File.ReadAllText(output), Is.EqualTo(Earlier), "the earlier results are kept");
    }
}
