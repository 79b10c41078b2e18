// The consumer program of .ci/package-check. It is built twice, once against the packed ZoneExtract and
// ZoneExtract.Evaluation packages and once against the repository's projects, and the two outputs must be identical.
// Usage: consumer FILE REFERENCE-DATE GOLD. Prints the gold JSONL line, then the segmentation (which
// depends on jieba's dictionaries being delivered), then the scores against GOLD, and the start-up cost on standard error.
using System.Diagnostics;
using System.Globalization;
using ZoneExtract;
using ZoneExtract.Evaluation;
using ZoneExtract.Evaluation.Reporting;
using ZoneExtract.Serialization;

var path = args[0];
var options = new ExtractionOptions
{
    ReferenceDate = DateOnly.ParseExact(args[1], "yyyy-MM-dd", CultureInfo.InvariantCulture),
};

var process = Process.GetCurrentProcess();
var clock = Stopwatch.StartNew();
var extractor = new ZoneExtractor();
var construction = clock.Elapsed;
process.Refresh();
var constructionCpu = process.TotalProcessorTime; // the process does nothing else before it
clock.Restart();
var result = extractor.Extract(File.ReadAllText(path), options);
var firstCall = clock.Elapsed;

Console.WriteLine(GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, Path.GetFileNameWithoutExtension(path))));
Console.WriteLine(string.Join(' ', result.Tokens.Select(t => $"{t.Start}+{t.Length}")));
EvaluationText.WriteTable(Evaluator.Evaluate(ExtractorPredictions.Pair(extractor, GoldJsonlReader.ReadFile(args[2]))), Console.Out);
Console.Error.WriteLine(
    $"new ZoneExtractor(): {construction.TotalMilliseconds:F0} ms ({constructionCpu.TotalMilliseconds:F0} ms CPU since process start); first Extract: {firstCall.TotalMilliseconds:F0} ms; " +
    $"{result.Entities.Count} entities, {result.Tokens.Count} tokens");
