using ZoneExtract.Batch;

namespace ZoneExtract.Cli.Batch;

/// <summary>The documents of a batch run, read lazily, with how far through the input the run is (when known).</summary>
internal sealed class BatchInput : IDisposable
{
    private readonly IDisposable? _resource;

    private BatchInput(IAsyncEnumerable<BatchDocument> documents, Func<double?> fractionDone, IDisposable? resource)
    {
        Documents = documents;
        FractionDone = fractionDone;
        _resource = resource;
    }

    public IAsyncEnumerable<BatchDocument> Documents { get; }

    /// <summary>Share of the input read so far (0..1), or null for standard input.</summary>
    public Func<double?> FractionDone { get; }

    /// <summary>Every *.txt file under a folder; progress counts files handed to the batch.</summary>
    public static BatchInput FromDirectory(string directory, int maxDocumentLength)
    {
        var files = TextFileDocuments.List(directory);
        var read = 0;
        async IAsyncEnumerable<BatchDocument> Counted()
        {
            await foreach (var document in TextFileDocuments.ReadAsync(directory, files, maxDocumentLength).ConfigureAwait(false))
            {
                read++;
                yield return document;
            }
        }
        return new BatchInput(Counted(), () => files.Count == 0 ? null : (double)read / files.Count, null);
    }

    /// <summary>JSONL from a file (progress by bytes read) or, for "-", standard input.</summary>
    public static BatchInput FromJsonl(string path, int maxDocumentLength)
    {
        var maxLine = JsonlDocuments.MaxLineBytesFor(maxDocumentLength);
        if (path == "-")
        {
            var stdin = Console.OpenStandardInput();
            return new BatchInput(JsonlDocuments.ReadAsync(stdin, "stdin", maxLine), () => null, stdin);
        }
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var length = stream.Length;
        return new BatchInput(
            JsonlDocuments.ReadAsync(stream, path, maxLine),
            () => length == 0 ? null : (double)stream.Position / length,
            stream);
    }

    public void Dispose() => _resource?.Dispose();
}
