using System.Text.Json;
using ZoneExtract.Evaluation;
using ZoneExtract.Evaluation.Reporting;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Evaluation;

/// <summary>The JSON field names are a documented interface; the table and the Markdown report show the same figures.</summary>
public class EvaluationOutputTests
{
    private static readonly EvaluationReport Report = Evaluator.Evaluate(
    [
        new DocumentPair(
            new GoldDocument("d1", "重庆高新区投资212亿元,杨艳", null,
                [EvaluatorTests.Span("ZONE", 0, 5), EvaluatorTests.Span("MONEY", 7, 12, value: EvaluatorTests.Money("21200000000")), EvaluatorTests.Span("PERSON", 13, 15)]),
            new GoldDocument("d1", "重庆高新区投资212亿元,杨艳", null,
                [EvaluatorTests.Span("ZONE", 0, 2), EvaluatorTests.Span("MONEY", 7, 12, value: EvaluatorTests.Money("212"))])),
    ]);

    [Test]
    public void Json_has_the_documented_fields()
    {
        using var json = JsonDocument.Parse(EvaluationJson.ToJson(Report, includeErrors: true));
        var root = json.RootElement;
        var money = root.GetProperty("labels").EnumerateArray().Single(l => l.GetProperty("label").GetString() == "MONEY");
        var error = root.GetProperty("errors")[0];

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("documents").GetInt32(), Is.EqualTo(1));
            Assert.That(money.GetProperty("support").GetInt32(), Is.EqualTo(1));
            Assert.That(money.GetProperty("strict").GetProperty("true_positives").GetInt32(), Is.EqualTo(1));
            Assert.That(money.GetProperty("strict").GetProperty("f1").GetDouble(), Is.EqualTo(1.0));
            Assert.That(money.GetProperty("partial").GetProperty("spurious").GetInt32(), Is.Zero);
            Assert.That(money.GetProperty("value").GetProperty("accuracy").GetDouble(), Is.Zero);
            Assert.That(root.GetProperty("labels")[0].GetProperty("value").GetProperty("accuracy").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(root.GetProperty("micro_core").GetProperty("labels").GetArrayLength(), Is.EqualTo(2));
            Assert.That(root.GetProperty("micro_core").GetProperty("precision").GetDouble(), Is.EqualTo(0.5));
            Assert.That(root.GetProperty("micro_extended").GetProperty("false_negatives").GetInt32(), Is.EqualTo(1));
            Assert.That(error.GetProperty("kind").GetString(), Is.EqualTo("false_positive"));
            Assert.That(error.GetProperty("text").GetString(), Is.EqualTo("重庆"));
            Assert.That(error.GetProperty("after").GetString(), Is.EqualTo("高新区投资212亿元"));
            Assert.That(root.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("label").GetString() == "PERSON").GetProperty("detail").ValueKind,
                Is.EqualTo(JsonValueKind.Null));
            Assert.That(error.EnumerateObject().Select(p => p.Name),
                Is.EqualTo(new[] { "document", "kind", "label", "start_offset", "end_offset", "text", "before", "after", "detail" }));
        });
    }

    [Test]
    public void Json_leaves_errors_out_unless_asked()
    {
        using var json = JsonDocument.Parse(EvaluationJson.ToJson(Report, includeErrors: false));

        Assert.That(json.RootElement.TryGetProperty("errors", out _), Is.False);
    }

    [Test]
    public void Table_and_markdown_show_the_same_rows()
    {
        var table = new StringWriter();
        EvaluationText.WriteTable(Report, table);
        EvaluationText.WriteErrors(Report, table);
        var markdown = new StringWriter();
        EvaluationMarkdown.Write(Report, markdown, "gold.jsonl", "`pred.jsonl`");

        Assert.Multiple(() =>
        {
            Assert.That(table.ToString(), Does.Match(@"MONEY\s+1\s+1\.000\s+1\.000\s+1\.000\s+1\s+0\s+0\s+1\.000\s+1\.000\s+1\.000\s+0\.000 \(0/1\)"));
            Assert.That(table.ToString(), Does.Match(@"core \(micro\)\s+2\s+0\.500\s+0\.500\s+0\.500\s+1\s+1\s+1"));
            Assert.That(table.ToString(), Does.Contain("false_negative PERSON   d1 [13, 15)  新区投资212亿元,【杨艳】"));
            Assert.That(table.ToString(), Does.Contain("value_mismatch").And.Contain("gold amount=21200000000 currency=CNY; predicted amount=212 currency=CNY"));
            Assert.That(markdown.ToString(), Does.Contain("| MONEY | 1 | 1.000 | 1.000 | 1.000 | 1 | 0 | 0 | 1.000 | 1.000 | 1.000 | 0.000 (0/1) |"));
            Assert.That(markdown.ToString(), Does.Contain("| false_positive | ZONE | d1 | 0–2 | **重庆**高新区投资212亿元 | overlaps gold [0, 5) '重庆高新区' |"));
            Assert.That(markdown.ToString(), Does.Contain("## Errors (4)"));
        });
    }
}
