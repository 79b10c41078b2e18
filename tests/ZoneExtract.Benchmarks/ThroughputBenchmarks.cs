using BenchmarkDotNet.Attributes;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// Single-threaded throughput on the reference article repeated to about 1 MB (<see cref="ReferenceArticle.Length"/>
/// characters): jieba.NET's Cut (the baseline), its Tokenize, our segmentation and the full pipeline.
/// Characters per second = length / mean; allocated bytes per 1,000 characters = Allocated / 1,000
/// (MemoryDiagnoser). Each recogniser alone: <see cref="RecognizerBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class ThroughputBenchmarks
{
    private ThroughputWorkloads _workloads = null!;

    [GlobalSetup]
    public void Setup() => _workloads = ReferenceArticle.Workloads.Value;

    [Benchmark(Baseline = true, Description = "jieba.NET Cut")]
    public int JiebaCut() => _workloads.JiebaCut();

    [Benchmark(Description = "jieba.NET Tokenize")]
    public int JiebaTokenize() => _workloads.JiebaTokenize();

    [Benchmark(Description = "segmentation with offsets")]
    public int Segment() => _workloads.Segment();

    [Benchmark(Description = "full pipeline")]
    public int FullPipeline() => _workloads.Extract();
}
