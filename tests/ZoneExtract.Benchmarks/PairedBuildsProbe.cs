using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// Two builds of the library in one process, timed in turn on the same article: <c>dotnet ZoneExtract.Benchmarks.dll
/// paired DIR_A DIR_B FILE [ROUNDS]</c> loads <c>ZoneExtract.dll</c> (and the jieba.NET assemblies beside it) from each
/// build folder into a load context of its own, warms both up, then alternates batches of ten <c>Extract</c> calls, A
/// then B and B then A in turn. On a shared machine the load changes from second to second; a batch of each build a
/// few milliseconds apart meets about the same load, so the ratio of each pair (B / A) says more than two separate
/// runs do. Prints per build the minimum, first quartile and median µs per article, and the median and quartiles of
/// the pairs' ratios (docs/performance.md, "speed15").
/// </summary>
internal static class PairedBuildsProbe
{
    private const int PerBatch = 10;

    public static int Run(string directoryA, string directoryB, string path, int rounds)
    {
        var text = File.ReadAllText(path);
        var a = Load(directoryA, text);
        var b = Load(directoryB, text);
        for (var i = 0; i < 300; i++) // warm-up: tiered JIT reaches its last tier in both
        {
            a();
            b();
        }
        var timesA = new double[rounds];
        var timesB = new double[rounds];
        var ratios = new double[rounds];
        for (var r = 0; r < rounds; r++)
        {
            if (r % 2 == 0) (timesA[r], timesB[r]) = (Time(a), Time(b));
            else (timesB[r], timesA[r]) = (Time(b), Time(a));
            ratios[r] = timesB[r] / timesA[r];
        }
        Array.Sort(timesA);
        Array.Sort(timesB);
        Array.Sort(ratios);
        var q1 = rounds / 4;
        var (median, q3) = (rounds / 2, 3 * rounds / 4);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"A: min {timesA[0]:F1}, q1 {timesA[q1]:F1}, median {timesA[median]:F1} µs per article; B: min {timesB[0]:F1}, q1 {timesB[q1]:F1}, median {timesB[median]:F1}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"B / A per pair: median {ratios[median]:F4} (quartiles {ratios[q1]:F4}–{ratios[q3]:F4}), {rounds} pairs of {PerBatch} articles; load average {File.ReadAllText("/proc/loadavg")[..14]}"));
        return 0;
    }

    private static double Time(Action extract)
    {
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < PerBatch; i++) extract();
        return clock.Elapsed.TotalMicroseconds / PerBatch;
    }

    /// <summary>An <c>Extract</c> of the text by the build in <paramref name="directory"/>, called through reflection (both builds have the same types).</summary>
    private static Action Load(string directory, string text)
    {
        var assembly = new BuildContext(Path.GetFullPath(directory)).LoadFromAssemblyPath(Path.Combine(Path.GetFullPath(directory), "ZoneExtract.dll"));
        var extractorType = assembly.GetType("ZoneExtract.ZoneExtractor", throwOnError: true)!;
        var settingsType = assembly.GetType("ZoneExtract.ZoneExtractorSettings", throwOnError: true)!;
        var optionsType = assembly.GetType("ZoneExtract.ExtractionOptions", throwOnError: true)!;
        var extractor = extractorType.GetConstructor([settingsType])!.Invoke([null]);
        var options = Activator.CreateInstance(optionsType)!;
        optionsType.GetProperty("ReferenceDate")!.SetValue(options, (DateOnly?)new DateOnly(2020, 11, 23));
        var extract = extractorType.GetMethod("Extract", [typeof(string), optionsType, typeof(CancellationToken)])!;
        object[] arguments = [text, options, CancellationToken.None];
        return () => extract.Invoke(extractor, arguments);
    }

    /// <summary>Loads a build's own assemblies from its folder; the framework's come from the default context.</summary>
    private sealed class BuildContext(string directory) : AssemblyLoadContext
    {
        protected override Assembly? Load(AssemblyName name)
        {
            var path = Path.Combine(directory, name.Name + ".dll");
            return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
        }
    }
}
