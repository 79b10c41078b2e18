using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(ZoneExtract.Benchmarks.ThroughputBenchmarks).Assembly).Run(args);
