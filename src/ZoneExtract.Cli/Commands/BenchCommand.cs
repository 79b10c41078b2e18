using System.CommandLine;
using System.Diagnostics;
using System.Runtime;
using System.Runtime.InteropServices;
using ZoneExtract.Batch;
using ZoneExtract.Benchmarks;

namespace ZoneExtract.Cli.Commands;

/// <summary>
/// <c>zoneextract bench</c>: a quick throughput check on this machine. Times jieba.NET's plain Cut (the
/// baseline), our segmentation, each recogniser and the full pipeline on the same text in the same run, and
/// prints them as ratios to Cut, then batch scaling from one thread to two. The BenchmarkDotNet project
/// (tests/ZoneExtract.Benchmarks) measures the same workloads with statistics.
/// </summary>
internal static class BenchCommand
{
    private const double FullPipelineGoal = 0.8;
    private const double TwoThreadGoal = 1.8;
    private const int ScalingRounds = 3;

    public static Command Create()
    {
        var file = new Argument<string?>("file")
        {
            Description = "Text to measure on (default: corpus/gaoxin-2020-11.txt, looked up from the current folder upwards).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var chars = new Option<int>("--chars") { Description = "Repeat the text to about this many characters.", DefaultValueFactory = _ => 100_000 };
        var seconds = new Option<double>("--seconds") { Description = "Time spent per workload (all are measured in turns).", DefaultValueFactory = _ => 0.5 };

        var command = new Command("bench", "Measure throughput against jieba.NET's Cut on this machine (a few seconds).") { file, chars, seconds };
        command.SetAction(parsed =>
        {
            var text = CommonOptions.ReadText(parsed.GetValue(file) ?? FindReferenceArticle());
            var budget = TimeSpan.FromSeconds(parsed.GetValue(seconds) is var s and > 0 ? s : throw new UsageException("--seconds must be positive"));
            var length = parsed.GetValue(chars) is var c and > 0 ? c : throw new UsageException("--chars must be positive");
            Run(text, length, budget, Console.Out);
            return 0;
        });
        return command;
    }

    private static void Run(string article, int length, TimeSpan budget, TextWriter output)
    {
        var started = Stopwatch.StartNew();
        var extractor = new ZoneExtractor();
        extractor.Extract(article); // jieba loads its dictionaries on first use
        output.WriteLine($"start-up and first article: {started.Elapsed.TotalSeconds:F2} s; load average: {LoadAverage()}");
        var workloads = new ThroughputWorkloads(extractor, ThroughputWorkloads.Repeat(article, length), new DateOnly(2020, 11, 23));
        output.WriteLine($"text: {workloads.Text.Length:N0} chars; {Environment.ProcessorCount} processors; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription}; server GC: {GCSettings.IsServerGC}");

        var named = new List<(string Name, Func<int> Run)>
        {
            ("jieba.NET Cut (baseline)", workloads.JiebaCut),
            ("jieba.NET Tokenize", workloads.JiebaTokenize),
            ("segmentation with offsets", workloads.Segment),
        };
        named.AddRange(workloads.Recognizers.Select(r => ("recogniser " + r.Name, r.Run)));
        named.Add(("full pipeline without facts", workloads.ExtractWithoutFacts));
        named.Add(("full pipeline, all labels", workloads.Extract));
        var measured = MeasureInRounds(named.Select(n => n.Run).ToArray(), workloads.Text.Length, budget * named.Count);

        var baseline = measured[0].CharsPerSecond;
        var baselineCpu = measured[0].CharsPerCpuSecond;
        output.WriteLine($"{"workload (" + measured[0].Runs + " rounds)",-30} {"chars/s best",12} {"x Cut",6} {"chars/CPU-s",12} {"x Cut",6} {"alloc B/1k chars",17}");
        for (var i = 0; i < named.Count; i++)
        {
            var m = measured[i];
            output.WriteLine($"{named[i].Name,-30} {m.CharsPerSecond,12:N0} {m.CharsPerSecond / baseline,6:F2} {m.CharsPerCpuSecond,12:N0} {m.CharsPerCpuSecond / baselineCpu,6:F2} {m.AllocatedPer1000Chars,17:N0}");
        }
        var full = measured[^1].CharsPerSecond;

        var documents = Math.Max(8, (int)(full * budget.TotalSeconds / article.Length));
        double one = 0, two = 0, cutOne = 0, cutTwo = 0;
        for (var round = 0; round < ScalingRounds; round++) // best of a few, alternating, as above
        {
            one = Math.Max(one, BatchRate(extractor, article, documents, threads: 1));
            two = Math.Max(two, BatchRate(extractor, article, documents, threads: 2));
            cutOne = Math.Max(cutOne, CutRate(workloads, article, documents, threads: 1));
            cutTwo = Math.Max(cutTwo, CutRate(workloads, article, documents, threads: 2));
        }
        output.WriteLine($"batch of {documents} articles: 1 thread {one:N1} docs/s, 2 threads {two:N1} docs/s = {two / one:F2}x");
        output.WriteLine($"  for reference, jieba.NET Cut alone on the same articles: {cutOne:N1} and {cutTwo:N1} docs/s = {cutTwo / cutOne:F2}x; batch of 1 thread = {one / cutOne:F2}x Cut per article");

        var ratio = full / baseline;
        output.WriteLine($"goal full pipeline >= {FullPipelineGoal}x Cut: {ratio:F2}x, {(ratio >= FullPipelineGoal ? "met" : "NOT met")}");
        output.WriteLine(Environment.ProcessorCount < 2
            ? "goal 2 threads >= 1.8x 1 thread: not measurable on one processor"
            : $"goal 2 threads >= {TwoThreadGoal}x 1 thread: {two / one:F2}x, {(two / one >= TwoThreadGoal ? "met" : "NOT met")}");
        using var process = Process.GetCurrentProcess();
        output.WriteLine($"working set: {process.WorkingSet64 / 1048576:N0} MB now, {process.PeakWorkingSet64 / 1048576:N0} MB peak; load average: {LoadAverage()}");
    }

    /// <summary>Best-round wall-clock throughput, throughput per second of process CPU time (steadier on a busy machine), allocation.</summary>
    private readonly record struct Measurement(double CharsPerSecond, double CharsPerCpuSecond, double AllocatedPer1000Chars, int Runs);

    /// <summary>
    /// Runs every workload once per round, in turn, until the budget is spent, and keeps each one's fastest
    /// round: on a shared machine the best round is the one least disturbed by other processes, and taking
    /// turns exposes all workloads to the same conditions.
    /// </summary>
    private static Measurement[] MeasureInRounds(Func<int>[] workloads, int chars, TimeSpan budget)
    {
        foreach (var work in workloads) work(); // warm-up: JIT, caches
        var best = Enumerable.Repeat(double.MaxValue, workloads.Length).ToArray();
        var allocated = new long[workloads.Length];
        var cpu = new double[workloads.Length];
        var rounds = 0;
        var clock = Stopwatch.StartNew();
        do
        {
            for (var i = 0; i < workloads.Length; i++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                var cpuBefore = Environment.CpuUsage.TotalTime;
                var start = clock.Elapsed.TotalSeconds;
                workloads[i]();
                best[i] = Math.Min(best[i], clock.Elapsed.TotalSeconds - start);
                cpu[i] += (Environment.CpuUsage.TotalTime - cpuBefore).TotalSeconds;
                allocated[i] += GC.GetAllocatedBytesForCurrentThread() - before;
            }
            rounds++;
        }
        while (clock.Elapsed < budget || rounds < 3);
        double total = (double)chars * rounds;
        return best.Select((seconds, i) => new Measurement(chars / seconds, total / cpu[i], allocated[i] / total * 1000, rounds)).ToArray();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    /// <summary>Documents per second of the batch API over copies of the article.</summary>
    private static double BatchRate(ZoneExtractor extractor, string article, int documents, int threads)
    {
        var batch = new BatchExtractor(extractor, new BatchOptions { Threads = threads });
        var input = Enumerable.Range(0, documents).Select(i => new BatchDocument(i.ToString(System.Globalization.CultureInfo.InvariantCulture), article, null)).ToAsyncEnumerable();
        var clock = Stopwatch.StartNew();
        var count = batch.ExtractAsync(input).CountAsync().AsTask().GetAwaiter().GetResult();
        return count / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Documents per second of plain jieba.NET Cut on copies of the article: how far the segmenter itself scales here.</summary>
    private static double CutRate(ThroughputWorkloads workloads, string article, int documents, int threads)
    {
        var clock = Stopwatch.StartNew();
        Parallel.For(0, documents, new ParallelOptions { MaxDegreeOfParallelism = threads }, _ => workloads.JiebaCut(article));
        return documents / clock.Elapsed.TotalSeconds;
    }

    private static string FindReferenceArticle()
    {
        for (var directory = new DirectoryInfo(Environment.CurrentDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "corpus", "gaoxin-2020-11.txt");
            if (File.Exists(candidate)) return candidate;
        }
        throw new UsageException("no text given and corpus/gaoxin-2020-11.txt not found above the current folder");
    }
}
