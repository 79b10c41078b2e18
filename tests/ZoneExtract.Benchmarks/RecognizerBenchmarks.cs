using BenchmarkDotNet.Attributes;

namespace ZoneExtract.Benchmarks;

/// <summary>Each recogniser of the catalogue alone, on the prepared (segmented) 1 MB document; compare with <see cref="ThroughputBenchmarks"/>'s Cut.</summary>
[MemoryDiagnoser]
public class RecognizerBenchmarks
{
    private ThroughputWorkloads.RecognizerWorkload? _recognizer;

    /// <summary>One case per recogniser of the catalogue ("(none)" while it is empty).</summary>
    [ParamsSource(nameof(RecognizerNames))]
    public string Recognizer { get; set; } = "";

    public static IEnumerable<string> RecognizerNames() =>
        ReferenceArticle.Workloads.Value.Recognizers.Select(r => r.Name).DefaultIfEmpty("(none)");

    [GlobalSetup]
    public void Setup() => _recognizer = ReferenceArticle.Workloads.Value.Recognizers.FirstOrDefault(r => r.Name == Recognizer);

    [Benchmark(Description = "recogniser alone")]
    public int RecognizerAlone() => _recognizer?.Run() ?? 0;
}
