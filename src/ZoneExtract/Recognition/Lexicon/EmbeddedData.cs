using System.Reflection;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// Reads the library's embedded data files (gazetteers, lexicons): UTF-8 text, one record a line,
/// '#' lines are comments naming the source, tab-separated columns.
/// </summary>
internal static class EmbeddedData
{
    private static readonly Assembly Library = typeof(EmbeddedData).Assembly;

    /// <summary>The records of the embedded file whose logical name is <paramref name="name"/>, split on tabs.</summary>
    public static IEnumerable<string[]> ReadRecords(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            yield return line.Split('\t');
        }
    }

    /// <summary>All whitespace-separated words of every record (for plain word lists).</summary>
    public static IEnumerable<string> ReadWords(string name) =>
        ReadRecords(name).SelectMany(r => r).SelectMany(c => c.Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Opens an embedded resource; a missing one is a packaging bug, reported by name.</summary>
    public static Stream Open(string name) =>
        Library.GetManifestResourceStream(name)
        ?? throw new InvalidOperationException($"Embedded resource '{name}' is missing from {Library.GetName().Name}.");
}
