using System.Globalization;
using ZoneExtract.Batch;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// What the batch path costs beyond <c>Extract</c>, in one process: <c>dotnet ZoneExtract.Benchmarks.dll batch-path
/// DOCS.jsonl [ROUNDS]</c> runs, in turn each round (after a warm-up), <c>Extract</c> alone on the documents' texts, the
/// whole batch path as <c>extract DOCS.jsonl --threads 1</c> runs it (JSONL read from memory, <see cref="BatchExtractor"/>
/// with one thread, <see cref="BatchJsonl.WriteLine"/> to a null stream), reading alone and writing alone (of results
/// made once), and prints each one's fastest CPU time, its allocation per document, its gen-2 collections and the CPU of
/// the process's threads by name (Linux; a thread that ended within the step, such as the batch's worker, is left out)
/// (docs/performance.md, "batch9").
/// </summary>
internal static class BatchPathProbe
{
    public static int Run(string path, int rounds)
    {
        var bytes = File.ReadAllBytes(path);
        var extractor = new ZoneExtractor();
        var options = new BatchOptions { Threads = 1, Extraction = new ExtractionOptions { ReferenceDate = new DateOnly(2020, 11, 23) } };
        var batch = new BatchExtractor(extractor, options);
        var documents = Read(bytes);
        var results = Batch(batch, bytes, keep: true);
        var count = documents.Count;
        var steps = new (string Name, Action Work)[]
        {
            ("Extract alone", () => { foreach (var d in documents) extractor.Extract(d.Text, options.Extraction); }),
            ("batch path (read, extract, write)", () => Batch(batch, bytes, keep: false)),
            ("reading alone", () => Read(bytes)),
            ("writing alone", () => { foreach (var r in results) BatchJsonl.WriteLine(Stream.Null, r); }),
        };
        foreach (var (_, work) in steps) work(); // warm-up
        var fastest = new double[steps.Length];
        var allocated = new double[steps.Length];
        var fullCollections = new int[steps.Length];
        var byThread = steps.Select(_ => new Dictionary<string, double>()).ToArray();
        Array.Fill(fastest, double.MaxValue);
        for (var round = 0; round < rounds; round++)
        {
            for (var s = 0; s < steps.Length; s++)
            {
                var threadsBefore = ThreadCpu();
                var bytesBefore = GC.GetTotalAllocatedBytes(precise: true);
                var gen2 = GC.CollectionCount(2);
                var cpu = Environment.CpuUsage.TotalTime;
                steps[s].Work();
                var cpuSpent = (Environment.CpuUsage.TotalTime - cpu).TotalMicroseconds / count;
                var allocatedSpent = (GC.GetTotalAllocatedBytes(precise: true) - bytesBefore) / 1024.0 / count;
                fullCollections[s] += GC.CollectionCount(2) - gen2;
                foreach (var (kind, ticks) in ThreadCpu())
                {
                    var spent = (ticks - threadsBefore.GetValueOrDefault(kind)) / 1e3 / count; // ns, in µs per document
                    byThread[s][kind] = round == 0 ? spent : Math.Min(byThread[s].GetValueOrDefault(kind, spent), spent);
                }
                fastest[s] = Math.Min(fastest[s], cpuSpent);
                allocated[s] = allocatedSpent;
            }
        }
        for (var s = 0; s < steps.Length; s++)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{steps[s].Name,-36} fastest of {rounds}: {fastest[s],7:F0} µs CPU/document, {allocated[s],7:F1} KiB/document, {fullCollections[s]} gen-2 GCs in all"));
            Console.WriteLine("    by thread (fastest, µs CPU/document): " +
                string.Join(", ", byThread[s].Where(t => t.Value > 0).OrderByDescending(t => t.Value).Select(t => string.Create(CultureInfo.InvariantCulture, $"{t.Key} {t.Value:F0}"))));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"batch path minus Extract: {fastest[1] - fastest[0]:F0} µs per document ({count} documents)"));
        return 0;
    }

    /// <summary>CPU time of this process's live threads so far, in nanoseconds, summed by thread name (Linux schedstat).</summary>
    private static Dictionary<string, long> ThreadCpu()
    {
        var sums = new Dictionary<string, long>();
        foreach (var task in Directory.EnumerateDirectories("/proc/self/task"))
        {
            try
            {
                var name = File.ReadAllText(Path.Combine(task, "comm")).Trim();
                var onCpu = File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0];
                sums[name] = sums.GetValueOrDefault(name) + long.Parse(onCpu, CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // the thread ended meanwhile
            }
        }
        return sums;
    }

    private static List<BatchDocument> Read(byte[] jsonl) =>
        JsonlDocuments.ReadAsync(new MemoryStream(jsonl), "probe", int.MaxValue - 1).ToBlockingEnumerable().ToList();

    private static List<BatchResult> Batch(BatchExtractor batch, byte[] jsonl, bool keep)
    {
        var kept = new List<BatchResult>();
        foreach (var result in batch.ExtractAsync(JsonlDocuments.ReadAsync(new MemoryStream(jsonl), "probe", int.MaxValue - 1)).ToBlockingEnumerable())
        {
            BatchJsonl.WriteLine(Stream.Null, result);
            if (keep) kept.Add(result);
        }
        return kept;
    }
}
