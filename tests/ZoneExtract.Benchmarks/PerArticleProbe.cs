using System.Diagnostics;
using JiebaNet.Segmenter;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// Per-article steady-state cost in one process, for finding per-document fixed costs:
/// <c>dotnet ZoneExtract.Benchmarks.dll per-article FILE [N]</c> extracts the article N times (after a warm-up) and
/// prints CPU time, allocation and garbage collections per article, then the same for jieba.NET <c>Cut</c>
/// (docs/performance.md, "Per article").
/// </summary>
internal static class PerArticleProbe
{
    public static int Run(string path, int count)
    {
        var article = File.ReadAllText(path);
        var extractor = new ZoneExtractor();
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2020, 11, 23) };
        var jieba = extractor.Resources.LoadJiebaNet();
        var ours = Measure("zoneextract Extract", count, article.Length, () => extractor.Extract(article, options).Entities.Count);
        var cut = Measure("jieba.NET Cut", count, article.Length, () => jieba.Cut(article, hmm: true).Count());
        Console.WriteLine($"Extract per article = {ours / cut:F2}x the speed of Cut (CPU time)");
        return 0;
    }

    /// <summary>Runs the work <paramref name="count"/> times after a warm-up; returns articles per CPU-second.</summary>
    private static double Measure(string name, int count, int chars, Func<int> work)
    {
        for (var i = 0; i < Math.Max(200, count / 2); i++) work(); // warm-up: tiered JIT reaches its last tier
        var gcs = (GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2));
        var pause = GC.GetTotalPauseDuration();
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var cpu = Environment.CpuUsage.TotalTime;
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < count; i++) work();
        var wall = clock.Elapsed.TotalSeconds;
        var cpuSeconds = (Environment.CpuUsage.TotalTime - cpu).TotalSeconds;
        var bytes = GC.GetAllocatedBytesForCurrentThread() - allocated;
        Console.WriteLine(
            $"{name,-20} {count} articles of {chars:N0} chars: {cpuSeconds / count * 1e6,8:N0} µs CPU/article ({wall / count * 1e6:N0} wall), " +
            $"{bytes / count / 1024.0,8:N1} KiB/article, GCs {GC.CollectionCount(0) - gcs.Item1}/{GC.CollectionCount(1) - gcs.Item2}/{GC.CollectionCount(2) - gcs.Item3}, " +
            $"GC pause {(GC.GetTotalPauseDuration() - pause).TotalMilliseconds:N0} ms");
        return count / cpuSeconds;
    }
}
