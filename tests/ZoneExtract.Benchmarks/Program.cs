using BenchmarkDotNet.Running;
using ZoneExtract.Benchmarks;

return args switch
{
    ["cut-jsonl", var path] => CutJsonlBaseline.Run(path),
    ["per-article", var path] => PerArticleProbe.Run(path, 500),
    ["stages", var path] => StageProbe.Run(path),
    ["batches", var path] => BatchCpuProbe.Run(path, labels: null),
    ["batches", var path, var labels] => BatchCpuProbe.Run(path, labels),
    ["stages", var path, var filter] => StageProbe.Run(path, filter),
    ["batch-path", var path] => BatchPathProbe.Run(path, 5),
    ["batch-path", var path, var rounds] => BatchPathProbe.Run(path, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    ["paired", var a, var b, var path] => PairedBuildsProbe.Run(a, b, path, 200),
    ["paired", var a, var b, var path, var rounds] => PairedBuildsProbe.Run(a, b, path, int.Parse(rounds, System.Globalization.CultureInfo.InvariantCulture)),
    ["per-article", var path, var count] => PerArticleProbe.Run(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture)),
    _ => RunBenchmarks(args),
};

// A method of its own, so that the baseline console never loads BenchmarkDotNet.
static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ThroughputBenchmarks).Assembly).Run(args);
    return 0;
}
