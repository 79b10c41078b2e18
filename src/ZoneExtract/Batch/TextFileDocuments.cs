using System.Runtime.CompilerServices;
using System.Text;

namespace ZoneExtract.Batch;

/// <summary>
/// Reads every <c>*.txt</c> file under a folder (recursively) as batch input, in ordinal order of the
/// relative path so that runs are reproducible; the id is the relative path with <c>/</c> separators.
/// A file that cannot be read, or is too large to hold a text within the limit, becomes an unreadable
/// <see cref="BatchDocument"/>; files are read one at a time, as the batch asks for them.
/// </summary>
public static class TextFileDocuments
{
    /// <summary>Bytes UTF-8 needs at most per UTF-16 character (a 4-byte sequence is two characters).</summary>
    private const int MaxUtf8BytesPerChar = 3;

    /// <summary>The files a folder contributes, in batch order.</summary>
    public static IReadOnlyList<string> List(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        return Directory.EnumerateFiles(directory, "*.txt", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(directory, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Reads the files listed by <see cref="List"/>.</summary>
    /// <param name="directory">The folder.</param>
    /// <param name="relativePaths">The files, as <see cref="List"/> returns them.</param>
    /// <param name="maxDocumentLength">The text limit; a larger file is not read.</param>
    /// <param name="cancellationToken">Stops reading.</param>
    public static async IAsyncEnumerable<BatchDocument> ReadAsync(
        string directory, IEnumerable<string> relativePaths, int maxDocumentLength, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(relativePaths);
        foreach (var relative in relativePaths)
        {
            var path = Path.Combine(directory, relative);
            yield return await ReadOneAsync(path, relative, maxDocumentLength, cancellationToken).ConfigureAwait(false);
        }
    }

    private static async Task<BatchDocument> ReadOneAsync(string path, string id, int maxDocumentLength, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = new FileInfo(path).Length;
            if (bytes > (long)maxDocumentLength * MaxUtf8BytesPerChar + 3)
            {
                return BatchDocument.Unreadable(id, path, $"file of {bytes} bytes is over the text limit of {maxDocumentLength} characters");
            }
            var text = await File.ReadAllTextAsync(path, Encoding.UTF8, cancellationToken).ConfigureAwait(false);
            return new BatchDocument(id, text, null) { Source = path };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return BatchDocument.Unreadable(id, path, e.Message);
        }
    }
}
