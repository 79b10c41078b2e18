
namespace ZoneExtract.Benchmarks;

/// <summary>The reference article (found by walking up to the repository's corpus/), repeated to about 1 MB, and its workloads.</summary>
internal static class ReferenceArticle
{
    public const int Length = 1_000_000;

    public static readonly Lazy<ThroughputWorkloads> Workloads = new(() =>
        new ThroughputWorkloads(new ZoneExtractor(), ThroughputWorkloads.Repeat(File.ReadAllText(Find()), Length), new DateOnly(2020, 11, 23)));

    private static string Find()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = System.IO.Path.Combine(directory.FullName, "corpus", "gaoxin-2020-11.txt");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("corpus/gaoxin-2020-11.txt not found above " + AppContext.BaseDirectory);
    }
}
