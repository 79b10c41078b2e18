using System.Reflection;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// The library's data files (gazetteers, lexicons, word lists, the name model): UTF-8 text, one record a line,
/// '#' lines are comments naming the source, tab-separated columns. A file comes from the user's data folder
/// when that folder has one of the same name, else from the copy embedded in the assembly, so a user can
/// replace one list and keep the others.
/// </summary>
internal sealed class DataFiles
{
    private static readonly Assembly Library = typeof(DataFiles).Assembly;

    private readonly string? _directory;
    private readonly Dictionary<string, string> _resourceByFile;

    /// <param name="directory">A folder whose files replace the embedded ones of the same name; null for none.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public DataFiles(string? directory)
    {
        if (directory is not null && !Directory.Exists(directory))
            throw new DirectoryNotFoundException($"The data folder '{directory}' does not exist.");
        _directory = directory;
        // logical names are "ZoneExtract.<Family>.<file name>"; file names are unique across families
        _resourceByFile = Library.GetManifestResourceNames()
            .Where(name => name.Count(c => c == '.') >= 3)
            .ToDictionary(name => name[(name.IndexOf('.', "ZoneExtract.".Length) + 1)..], StringComparer.Ordinal);
    }

    /// <summary>The records of data file <paramref name="fileName"/>, split on tabs.</summary>
    public IEnumerable<string[]> ReadRecords(string fileName)
    {
        using var reader = new StreamReader(Open(fileName));
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>The records of data file <paramref name="fileName"/>, split on tabs, each with at least <paramref name="columns"/> columns.</summary>
    /// <exception cref="InvalidDataException">A record has fewer columns (a replaced file may be malformed); the message names the file and line.</exception>
    public IEnumerable<string[]> ReadRecords(string fileName, int columns)
    {
        using var reader = new StreamReader(Open(fileName));
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var record = line.Split('\t');
            yield return record.Length >= columns
                ? record
                : throw new InvalidDataException($"{fileName}:{lineNumber}: '{line}' does not have {columns} columns.");
        }
    }

    /// <summary>All whitespace-separated words of every record (for plain word lists).</summary>
    public IEnumerable<string> ReadWords(string fileName) =>
        ReadRecords(fileName).SelectMany(r => r).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>The words of a plain word list as a set that answers lookups on spans.</summary>
    public SpanTable<bool> ReadWordSet(string fileName) =>
        new(ReadWords(fileName).Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => true, StringComparer.Ordinal));

    /// <summary>Opens data file <paramref name="fileName"/>: the user's copy if there is one, else the embedded one.</summary>
    /// <exception cref="InvalidOperationException">No such embedded file: a packaging bug, reported by name.</exception>
    public Stream Open(string fileName)
    {
        if (_directory is not null)
        {
            var path = Path.Combine(_directory, fileName);
            if (File.Exists(path)) return File.OpenRead(path);
        }
        return _resourceByFile.TryGetValue(fileName, out var resource) && Library.GetManifestResourceStream(resource) is { } stream
            ? stream
            : throw new InvalidOperationException($"Data file '{fileName}' is missing from {Library.GetName().Name}.");
    }
}
