using System.CommandLine;
using ZoneExtract.Evaluation;
using ZoneExtract.Serialization;

namespace ZoneExtract.Cli.Commands;

/// <summary><c>zoneextract eval --gold FILE</c>: scores the extractor (or a predictions file) against gold annotations.</summary>
internal static class EvalCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Gold JSONL file (doccano-compatible).", Required = true };
        var predictions = new Option<string?>("--pred") { Description = "Predictions JSONL file from any system; default: run ZoneExtract on the gold texts." };

        var command = new Command("eval", "Score extraction against gold annotations.") { gold, predictions };
        command.SetAction(parsed =>
        {
            var goldDocuments = ReadJsonl(parsed.GetValue(gold)!);
            var predicted = parsed.GetValue(predictions) is { } predictionPath
                ? AlignPredictions(goldDocuments, ReadJsonl(predictionPath))
                : RunExtractor(goldDocuments);
            var scores = StrictScorer.Score(goldDocuments.Zip(predicted, (g, p) => (g.Spans, p.Spans)));
            WriteTable(scores, Console.Out);
            return 0;
        });
        return command;
    }

    private static IReadOnlyList<GoldDocument> ReadJsonl(string path)
    {
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        return GoldJsonlReader.ReadFile(path);
    }

    private static IReadOnlyList<GoldDocument> RunExtractor(IReadOnlyList<GoldDocument> goldDocuments)
    {
        var extractor = new ZoneExtractor();
        return goldDocuments
            .Select(g => GoldJsonlWriter.ToGoldDocument(extractor.Extract(g.Text, new ExtractionOptions { ReferenceDate = g.ReferenceDate }), g.Id))
            .ToList();
    }

    /// <summary>Predictions are matched to gold documents by position; the texts must be identical.</summary>
    private static IReadOnlyList<GoldDocument> AlignPredictions(IReadOnlyList<GoldDocument> gold, IReadOnlyList<GoldDocument> predicted)
    {
        if (predicted.Count != gold.Count)
        {
            throw new UsageException($"the predictions file has {predicted.Count} documents, the gold file {gold.Count}");
        }
        for (var i = 0; i < gold.Count; i++)
        {
            if (gold[i].Text != predicted[i].Text) throw new UsageException($"document {i + 1}: the predicted text differs from the gold text");
        }
        return predicted;
    }

    internal static void WriteTable(IReadOnlyList<LabelScore> scores, TextWriter output)
    {
        output.WriteLine($"{"LABEL",-8} {"P",6} {"R",6} {"F1",6} {"TP",5} {"FP",5} {"FN",5} {"SUPPORT",8}");
        foreach (var s in scores)
        {
            output.WriteLine($"{s.Label,-8} {s.Precision,6:F3} {s.Recall,6:F3} {s.F1,6:F3} {s.TruePositives,5} {s.FalsePositives,5} {s.FalseNegatives,5} {s.Support,8}");
        }
    }
}
