using System.Security.Cryptography;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Word classes learnt from unlabeled news (data file <c>word-clusters.tsv</c>, made by <c>zoneextract clusters</c>):
/// words that stand in like contexts share a class, so a rare firm head, trade or place shares the weights of the
/// frequent ones of its kind. Read by the name model's cluster features (<see cref="NameFeatures.WithClusters"/>).
/// </summary>
internal sealed class WordClasses
{
    /// <summary>The data file's name.</summary>
    public const string FileName = "word-clusters.tsv";

    /// <summary>The class of a word the file does not list (rarer than its minimum count).</summary>
    public const int Unknown = -3;

    private readonly SpanTable<int> _classes;

    /// <param name="classes">Word → class (0 or more).</param>
    /// <param name="sha256">SHA-256 of the file the classes were read from (for a model's provenance), or null.</param>
    public WordClasses(Dictionary<string, int> classes, string? sha256 = null)
    {
        _classes = new SpanTable<int>(classes);
        Sha256 = sha256;
    }

    /// <summary>SHA-256 of the file read (lower-case hex), or null for classes made in memory.</summary>
    public string? Sha256 { get; }

    /// <summary>The class of <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public int ClassOf(ReadOnlySpan<char> word) => _classes.TryGet(word, out var c) ? c : Unknown;

    /// <summary>Reads <see cref="FileName"/>: one "word TAB class" a line, '#' lines name the source.</summary>
    /// <exception cref="InvalidDataException">A line has no class number, or a word is listed twice.</exception>
    public static WordClasses Load(DataFiles data)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords(FileName, 2))
        {
            if (!int.TryParse(record[1], out var c) || c < 0 || !classes.TryAdd(record[0], c))
                throw new InvalidDataException($"{FileName}: '{string.Join('\t', record)}' is not a new word with a class number.");
        }
        using var file = data.Open(FileName);
        return new WordClasses(classes, Convert.ToHexStringLower(SHA256.HashData(file)));
    }
}
