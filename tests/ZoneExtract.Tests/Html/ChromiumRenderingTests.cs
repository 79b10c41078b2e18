using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ZoneExtract.Evaluation.Html;

namespace ZoneExtract.Tests.Html;

/// <summary>
/// The reference article's page in a real browser: headless Chromium (Debian's chromium package) renders it to a PNG,
/// which must show a page (many colours) with every label colour of its legend. Ignored, saying so, without chromium.
/// </summary>
public partial class ChromiumRenderingTests : TemporaryFolderTest
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    [Test]
    public void The_reference_articles_page_renders_with_its_legend_colours()
    {
        var chromium = FindOnPath("chromium") ?? FindOnPath("chromium-browser");
        if (chromium is null) Assert.Ignore("chromium is not installed (apt-get install chromium), so the page was not rendered in a browser");
        var page = Path.Combine(Folder, "view.html");
        var screenshot = Path.Combine(Folder, "view.png");
        var result = SharedExtractor.Instance.Extract(TestCorpus.ReadArticle(), new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        using (var writer = new StreamWriter(page)) HtmlView.Write([("gaoxin-2020-11", result)], writer);

        Render(chromium, page, screenshot);

        var image = PngImage.Read(screenshot);
        var colours = image.Pixels.ToHashSet();
        var legendColours = LabelColour().Matches(File.ReadAllText(page))
            .Select(m => (Label: m.Groups[1].Value, Colour: int.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)))
            .ToList();
        Assert.Multiple(() =>
        {
            Assert.That((image.Width, image.Height), Is.EqualTo((1200, 1400)));
            Assert.That(colours, Has.Count.GreaterThan(100), "a blank or failed page has a handful of colours; rendered text and highlights have many");
            Assert.That(legendColours.Select(c => c.Label), Is.SupersetOf(new[] { "zone", "company", "money", "percent", "date", "org", "person", "loc" }));
            foreach (var (label, colour) in legendColours.Where(c => c.Label != "other"))
            {
                Assert.That(colours.Any(c => Near(c, colour)), Is.True, $"the {label} colour #{colour:x6} appears in the screenshot");
            }
        });
    }

    private void Render(string chromium, string page, string screenshot)
    {
        var start = new ProcessStartInfo(chromium)
        {
            ArgumentList =
            {
                "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", $"--user-data-dir={Path.Combine(Folder, "profile")}",
                $"--screenshot={screenshot}", "--window-size=1200,1400", new Uri(page).AbsoluteUri,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"chromium did not finish within {Timeout}");
        }
        Assert.That(File.Exists(screenshot), Is.True, $"chromium wrote no screenshot (exit code {process.ExitCode}): {error.Result}");
    }

    /// <summary>Equal within 3 per channel: the screenshot's colours can round differently from the style sheet's.</summary>
    private static bool Near(int a, int b) =>
        Math.Abs((a >> 16) - (b >> 16)) <= 3 && Math.Abs((a >> 8 & 0xff) - (b >> 8 & 0xff)) <= 3 && Math.Abs((a & 0xff) - (b & 0xff)) <= 3;

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    [GeneratedRegex(@"\.l-([a-z]+) \{ background: #([0-9a-f]{6}); \}")]
    private static partial Regex LabelColour();
}
