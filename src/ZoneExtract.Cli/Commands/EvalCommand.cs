using System.CommandLine;
using ZoneExtract.Evaluation;
using ZoneExtract.Evaluation.Html;
using ZoneExtract.Evaluation.Reporting;
using ZoneExtract.Serialization;

namespace ZoneExtract.Cli.Commands;

/// <summary><c>zoneextract eval --gold FILE</c>: scores the extractor (or a predictions file) against gold annotations.</summary>
internal static class EvalCommand
{
    private const string BuiltIn = "ZoneExtract (built-in extractor, reference date from each document's meta)";

    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file (doccano-compatible, either form).", Required = true };
        var predictions = new Option<string?>("--pred")
        {
            Description = "Predictions JSONL from any system, same format; paired by id when all documents have one, else by position; texts must be identical. Default: run ZoneExtract on the gold texts.",
        };
        var labels = new Option<string?>("--labels") { Description = "Comma-separated labels to score, named after --map (default: every label present)." };
        var map = new Option<string[]>("--map")
        {
            Description = "Rename a label on both sides before scoring, FROM=TO (repeatable), e.g. --map COMPANY=ORG.",
        };
        var json = new Option<bool>("--json") { Description = "Print one JSON object with all figures instead of the table." };
        var errors = new Option<bool>("--errors") { Description = "List false positives, false negatives and value mismatches with context." };
        var report = new Option<string?>("--report")
        {
            Description = "Also write a report to this file: an HTML page (scores, then each text with its errors marked) for *.html or *.htm, else Markdown (scores and errors).",
        };

        var command = new Command("eval", "Score extraction against gold annotations.") { gold, predictions, labels, map, json, errors, report };
        command.SetAction((parsed, cancellationToken) =>
        {
            var goldPath = parsed.GetValue(gold)!;
            var goldDocuments = ReadJsonl(goldPath);
            var predictionPath = parsed.GetValue(predictions);
            var pairs = predictionPath is null
                ? ExtractorPredictions.Pair(new ZoneExtractor(), goldDocuments, cancellationToken)
                : DocumentAligner.Align(goldDocuments, ReadJsonl(predictionPath));
            var options = new EvaluationOptions
            {
                LabelMap = ParseMap(parsed.GetValue(map) ?? []),
                Labels = ParseLabels(parsed.GetValue(labels)),
            };
            var reportPath = parsed.GetValue(report);
            // the HTML report scores the pairs itself; its result serves the console too, so nothing is scored twice
            var result = reportPath is not null && IsHtml(reportPath)
                ? WriteHtmlReport(pairs, reportPath, options, goldPath, predictionPath)
                : Evaluator.Evaluate(pairs, options);

            if (parsed.GetValue(json))
            {
                Console.Out.WriteLine(EvaluationJson.ToJson(result, includeErrors: parsed.GetValue(errors)));
            }
            else
            {
                EvaluationText.WriteTable(result, Console.Out);
                if (parsed.GetValue(errors)) EvaluationText.WriteErrors(result, Console.Out);
            }
            if (reportPath is not null)
            {
                if (!IsHtml(reportPath))
                {
                    using var writer = new StreamWriter(reportPath, append: false, PageEncoding.Utf8);
                    EvaluationMarkdown.Write(result, writer, goldPath, predictionPath is null ? BuiltIn : $"`{predictionPath}`");
                }
                Console.Error.WriteLine($"zoneextract: report written to {reportPath}");
            }
            return Task.FromResult(0);
        });
        return command;
    }

    private static EvaluationReport WriteHtmlReport(
        IReadOnlyList<DocumentPair> pairs, string reportPath, EvaluationOptions options, string goldPath, string? predictionPath)
    {
        using var writer = new StreamWriter(reportPath, append: false, PageEncoding.Utf8);
        return HtmlReport.Write(pairs, writer, new HtmlReportOptions { Evaluation = options, GoldSource = goldPath, PredictionSource = predictionPath ?? BuiltIn });
    }

    private static bool IsHtml(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".html" or ".htm";

    private static IReadOnlyList<GoldDocument> ReadJsonl(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        return GoldJsonlReader.ReadFile(path);
    }

    private static IReadOnlyDictionary<string, string> ParseMap(string[] pairs)
    {
        try
        {
            return EvaluationOptions.ParseLabelMap(pairs);
        }
        catch (FormatException e)
        {
            throw new UsageException($"invalid --map: {e.Message}");
        }
    }

    /// <summary>Free label names (not only the eight built-in ones), since --map can introduce others.</summary>
    private static string[]? ParseLabels(string? value)
    {
        if (value is null) return null;
        var names = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(n => n.ToUpperInvariant()).ToArray();
        return names.Length == 0 ? throw new UsageException("--labels names no label") : names;
    }
}
