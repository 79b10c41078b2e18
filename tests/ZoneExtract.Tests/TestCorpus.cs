namespace ZoneExtract.Tests;

/// <summary>Paths to the repository's corpus, found by walking up from the test output folder.</summary>
internal static class TestCorpus
{
    public static readonly DateOnly ReferenceDate = new(2020, 11, 23);

    public static string RepositoryRoot { get; } = FindRoot();

    public static string ArticlePath => Path.Combine(RepositoryRoot, "corpus", "gaoxin-2020-11.txt");

    public static string GoldPath => Path.Combine(RepositoryRoot, "corpus", "gaoxin-2020-11.gold.jsonl");

    public static string ReadArticle() => File.ReadAllText(ArticlePath);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ZoneExtract.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("ZoneExtract.sln not found above " + AppContext.BaseDirectory);
    }
}

/// <summary>One set of shipped resources and one extractor for the whole test run: both are thread-safe, and loading takes a while.</summary>
internal static class SharedExtractor
{
    private static readonly Lazy<ZoneExtractorResources> LazyResources = new(() => ZoneExtractorResources.Load());
    private static readonly Lazy<ZoneExtractor> LazyExtractor = new(() => new ZoneExtractor(LazyResources.Value));

    public static ZoneExtractorResources Resources => LazyResources.Value;

    public static ZoneExtractor Instance => LazyExtractor.Value;
}
