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

    // The class by the word's node in jieba's trie (Unknown where the node's word has none), so that a word the segmenter
    // took from the dictionary costs one array read instead of a hash of its text; empty when made without the dictionary.
    private readonly int[] _byNode;

    // The class of each one-character word by its character: punctuation and most digits and letters, frequent in any
    // text, have no trie node, and a hash of them was most of what the node table left.
    private readonly int[] _byCharacter;

    /// <param name="classes">Word → class (0 or more).</param>
    /// <param name="sha256">SHA-256 of the file the classes were read from (for a model's provenance), or null.</param>
    /// <param name="dictionary">jieba's dictionary, whose trie nodes <see cref="ClassOf(int, ReadOnlySpan{char})"/> takes; null: by text only.</param>
    /// <remarks>The trie must not change while this is made; words it gains later have later nodes, looked up by their text.</remarks>
    public WordClasses(Dictionary<string, int> classes, string? sha256 = null, CommonWords? dictionary = null)
    {
        _classes = new SpanTable<int>(classes);
        Sha256 = sha256;
        _byNode = dictionary is null ? [] : ByNode(classes, dictionary);
        _byCharacter = ByCharacter(classes);
    }

    /// <summary>SHA-256 of the file read (lower-case hex), or null for classes made in memory.</summary>
    public string? Sha256 { get; }

    /// <summary>The class of <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public int ClassOf(ReadOnlySpan<char> word) => _classes.TryGet(word, out var c) ? c : Unknown;

    /// <summary>
    /// The class of <paramref name="word"/>, whose trie node the segmenter found (<see cref="Segmentation.TokenList.DictionaryNodes"/>;
    /// 0 when it did not): the same as <see cref="ClassOf(ReadOnlySpan{char})"/>, read by the node where the table has it
    /// and by the character for a one-character word without one.
    /// </summary>
    public int ClassOf(int node, ReadOnlySpan<char> word) =>
        node != 0 && (uint)node < (uint)_byNode.Length ? _byNode[node] : word.Length == 1 ? _byCharacter[word[0]] : ClassOf(word);

    private static int[] ByCharacter(Dictionary<string, int> classes)
    {
        var byCharacter = new int[char.MaxValue + 1];
        Array.Fill(byCharacter, Unknown);
        foreach (var (word, c) in classes)
        {
            if (word.Length == 1) byCharacter[word[0]] = c;
        }
        return byCharacter;
    }

    /// <summary>The class of each word's node, up to the last node that has one.</summary>
    private static int[] ByNode(Dictionary<string, int> classes, CommonWords dictionary)
    {
        var nodes = new List<(int Node, int Class)>(classes.Count);
        foreach (var (word, c) in classes)
        {
            var node = dictionary.NodeOf(word);
            if (node != 0) nodes.Add((node, c));
        }
        var byNode = new int[nodes.Count == 0 ? 0 : nodes.Max(n => n.Node) + 1];
        Array.Fill(byNode, Unknown);
        foreach (var (node, c) in nodes) byNode[node] = c;
        return byNode;
    }

    /// <summary>Reads <see cref="FileName"/>: one "word TAB class" a line, '#' lines name the source.</summary>
    /// <param name="data">The data folder.</param>
    /// <param name="dictionary">jieba's dictionary, to index the classes by its trie nodes (see the constructor), or null.</param>
    /// <exception cref="InvalidDataException">A line has no class number, or a word is listed twice.</exception>
    public static WordClasses Load(DataFiles data, CommonWords? dictionary = null)
    {
        var classes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords(FileName, 2))
        {
            if (!int.TryParse(record[1], out var c) || c < 0 || !classes.TryAdd(record[0], c))
                throw new InvalidDataException($"{FileName}: '{string.Join('\t', record)}' is not a new word with a class number.");
        }
        using var file = data.Open(FileName);
        return new WordClasses(classes, Convert.ToHexStringLower(SHA256.HashData(file)), dictionary);
    }
}
