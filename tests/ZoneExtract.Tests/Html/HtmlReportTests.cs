using ZoneExtract.Evaluation;
using ZoneExtract.Evaluation.Html;
using ZoneExtract.Serialization;
using ZoneExtract.Tests.Evaluation;

namespace ZoneExtract.Tests.Html;

public class HtmlReportTests
{
    // 0-5 重庆高新区 · 7-12 212亿元 · 13-17 今年以来 · 18-20 杨艳 · 20- the hostile tail
    private const string Text = "重庆高新区投资212亿元,今年以来,杨艳<script>\"&'</script>";

    private static string Render(out EvaluationReport report, string id = "d<1>")
    {
        GoldSpan[] gold =
        [
            EvaluatorTests.Span("ZONE", 0, 5),
            EvaluatorTests.Span("MONEY", 7, 12, value: EvaluatorTests.Money("21200000000")),
            EvaluatorTests.Span("DATE", 13, 17, optional: true),
            EvaluatorTests.Span("PERSON", 18, 20),
        ];
        GoldSpan[] predicted =
        [
            EvaluatorTests.Span("ZONE", 0, 5),
            EvaluatorTests.Span("MONEY", 7, 12, value: EvaluatorTests.Money("212")),
            EvaluatorTests.Span("DATE", 13, 17),
            EvaluatorTests.Span("ORG", 18, 25),
        ];
        using var output = new StringWriter();
        report = HtmlReport.Write([new DocumentPair(new GoldDocument(id, Text, null, gold), new GoldDocument(id, Text, null, predicted))], output,
            new HtmlReportOptions { GoldSource = "gold&.jsonl" });
        return output.ToString();
    }

    [Test]
    public void Each_kind_of_judgement_has_its_own_mark()
    {
        var html = Render(out _);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<mark class=\"tp\" title=\"true positive: ZONE 重庆高新区\" data-t=\"✓ ZONE\">重庆高新区</mark>"));
            Assert.That(html, Does.Contain("<mark class=\"vm\" title=\"value mismatch: MONEY 212亿元 → 212 CNY (gold amount=21200000000 currency=CNY; predicted amount=212 currency=CNY)\" data-t=\"≠ MONEY\">"));
            Assert.That(html, Does.Contain("class=\"ig\" title=\"not counted: DATE 今年以来\""));
            Assert.That(html, Does.Contain("class=\"op\" title=\"optional: DATE 今年以来\""));
            Assert.That(html, Does.Contain("class=\"fn\" title=\"false negative: PERSON 杨艳\" data-t=\"− PERSON\">杨艳</mark>"));
            Assert.That(html, Does.Contain("class=\"fp\" title=\"false positive: ORG 杨艳&lt;scri\" data-t=\"+ ORG\"><mark class=\"fn\""));
        });
    }

    [Test]
    public void The_score_table_shows_the_reports_figures()
    {
        var html = Render(out var report);
        var money = report.Labels.Single(l => l.Label == "MONEY");

        Assert.That(money.Values.Correct, Is.Zero);
        Assert.That(html, Does.Contain("<tr><td>MONEY</td><td>1</td><td>1.000</td><td>1.000</td><td>1.000</td><td>1</td><td>0</td><td>0</td>"));
        Assert.That(html, Does.Contain("<td>0.000 (0/1)</td>"));
        Assert.That(html, Does.Contain("<mark class=\"fp\" data-t=\"+\">false positive</mark> predicted, not in the gold<b>1</b>"), "legend with the page's counts");
    }

    [Test]
    public void Text_ids_and_sources_are_escaped()
    {
        var html = Render(out _);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script"));
            Assert.That(html, Does.Contain("&lt;scri</mark>pt&gt;&quot;&amp;&#39;&lt;/script&gt;"));
            Assert.That(html, Does.Contain("<h2>d&lt;1&gt;</h2>"));
            Assert.That(html, Does.Contain("gold: gold&amp;.jsonl"));
        });
    }
}
