using BenchmarkDotNet.Running;
using ZoneExtract.Benchmarks;

return args is ["cut-jsonl", var path] ? CutJsonlBaseline.Run(path) : RunBenchmarks(args);

// A method of its own, so that the baseline console never loads BenchmarkDotNet.
static int RunBenchmarks(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(ThroughputBenchmarks).Assembly).Run(args);
    return 0;
}
