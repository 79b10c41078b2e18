namespace ZoneExtract.Cli;

/// <summary>
/// A text that can be read more than once without being held in memory: a file, or standard input copied to a
/// temporary file (deleted when this is disposed). Read as UTF-8 unless a byte-order mark says otherwise.
/// </summary>
internal sealed class TextSource : IDisposable
{
    private readonly string _path;
    private readonly bool _temporary;

    private TextSource(string path, bool temporary)
    {
        _path = path;
        _temporary = temporary;
    }

    /// <summary>The file at <paramref name="path"/>, or standard input for <c>-</c>.</summary>
    /// <exception cref="UsageException">The file does not exist.</exception>
    public static TextSource Open(string path)
    {
        if (path != "-") return File.Exists(path) ? new TextSource(path, temporary: false) : throw new UsageException($"file not found: {path}");
        var copy = Path.GetTempFileName();
        try
        {
            using var writer = new StreamWriter(copy, append: false, PageEncoding.Utf8);
            var buffer = new char[64 * 1024];
            for (int read; (read = Console.In.Read(buffer, 0, buffer.Length)) > 0;) writer.Write(buffer, 0, read);
        }
        catch
        {
            File.Delete(copy);
            throw;
        }
        return new TextSource(copy, temporary: true);
    }

    public TextReader OpenReader() => new StreamReader(_path, detectEncodingFromByteOrderMarks: true);

    public void Dispose()
    {
        if (_temporary) File.Delete(_path);
    }
}
