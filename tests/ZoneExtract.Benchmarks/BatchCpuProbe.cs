using System.Globalization;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// CPU time per article on a busy machine: <c>dotnet ZoneExtract.Benchmarks.dll batches FILE [LABELS]</c> extracts the
/// article in 40 batches of 10 (after 100 warm-up runs) and prints the fastest, first-quartile and median batch's CPU
/// time per article. Short batches let some of them run between other processes' time slices, so the fastest and the
/// quartile move less with the load than one long run's mean; compare builds in alternating runs (docs/performance.md,
/// "Fourth speed pass"). LABELS (as <see cref="EntityLabel"/> names, e.g. "Person") limits the recognisers, without facts.
/// </summary>
internal static class BatchCpuProbe
{
    private const int Batches = 40;
    private const int PerBatch = 10;

    public static int Run(string path, string? labels)
    {
        var article = File.ReadAllText(path);
        var extractor = new ZoneExtractor();
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2020, 11, 23) };
        if (labels is not null) options = options with { Labels = Enum.Parse<EntityLabel>(labels, ignoreCase: true), IncludeFacts = false };
        for (var i = 0; i < 100; i++) extractor.Extract(article, options);
        var perArticle = new List<double>();
        for (var b = 0; b < Batches; b++)
        {
            var cpu = Environment.CpuUsage.TotalTime;
            for (var i = 0; i < PerBatch; i++) extractor.Extract(article, options);
            perArticle.Add((Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / PerBatch);
        }
        perArticle.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"CPU per article, batches of {PerBatch}: fastest {perArticle[0]:F0} µs, first quartile {perArticle[Batches / 4]:F0}, median {perArticle[Batches / 2]:F0}"));
        return 0;
    }
}
