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

    // jieba's dictionary whose trie nodes index _byNode, or null (then _byText holds every word of two or more characters)
    private readonly CommonWords? _dictionary;

    // The class by the word's node in jieba's trie (Unknown where the node's word has none), so that a word the segmenter
    // took from the dictionary costs one array read instead of a hash of its text; empty when made without the dictionary.
    private readonly int[] _byNode;

    // The nodes _byNode answers for: up to the last node with a class, so that a node the trie gains later falls to the
    // look-up by text (the array may be longer, as it grew while the file was read).
    private readonly int _nodeLimit;

    // The class of each one-character word by its character: punctuation and most digits and letters, frequent in any
    // text, have no trie node, and a hash of them was most of what the node table left.
    private readonly int[] _byCharacter;

    // The class of each other word that had no trie node when the classes were made (the only strings kept).
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _byText;

    private readonly Lazy<string?> _sha256;

    /// <param name="classes">Word → class (0 or more).</param>
    /// <param name="dictionary">jieba's dictionary, whose trie nodes <see cref="ClassOf(int, ReadOnlySpan{char})"/> takes; null: by text only.</param>
    /// <remarks>The trie must not change while this is made; words it gains later have later nodes, looked up by their text.</remarks>
    public WordClasses(Dictionary<string, int> classes, CommonWords? dictionary = null)
        : this(Fill(classes, dictionary), null)
    {
    }

    private WordClasses(Tables tables, Lazy<string?>? sha256)
    {
        _dictionary = tables.Dictionary;
        (_byNode, _nodeLimit, _byCharacter, _byText) = tables.Finish();
        _sha256 = sha256 ?? new Lazy<string?>((string?)null);
    }

    /// <summary>SHA-256 of the file read (lower-case hex), or null for classes made in memory.</summary>
    /// <remarks>Hashed when first asked (for a model's provenance), not at every start.</remarks>
    public string? Sha256 => _sha256.Value;

    /// <summary>The class of <paramref name="word"/>, or <see cref="Unknown"/>.</summary>
    public int ClassOf(ReadOnlySpan<char> word)
    {
        if (word.Length == 1) return _byCharacter[word[0]];
        var node = _dictionary is null || word.Length == 0 ? 0 : _dictionary.NodeOf(word);
        return node != 0 && node < _nodeLimit ? _byNode[node] : _byText.TryGetValue(word, out var c) ? c : Unknown;
    }

    /// <summary>
    /// The class of <paramref name="word"/>, whose trie node the segmenter found (<see cref="Segmentation.TokenList.DictionaryNodes"/>;
    /// 0 when it did not): the same as <see cref="ClassOf(ReadOnlySpan{char})"/>, read by the node where the table has it
    /// and by the character for a one-character word without one.
    /// </summary>
    public int ClassOf(int node, ReadOnlySpan<char> word) =>
        node != 0 && (uint)node < (uint)_nodeLimit ? _byNode[node] : word.Length == 1 ? _byCharacter[word[0]] : ClassOf(word);

    /// <summary>Reads <see cref="FileName"/>: one "word TAB class" a line, '#' lines name the source.</summary>
    /// <param name="data">The data folder.</param>
    /// <param name="dictionary">jieba's dictionary, to index the classes by its trie nodes (see the constructor), or null.</param>
    /// <exception cref="InvalidDataException">A line has no class number, or a word is listed twice.</exception>
    public static WordClasses Load(DataFiles data, CommonWords? dictionary = null)
    {
        // the file's 40,000 lines are cut as spans of one string: a string is made only for a word without a trie node
        string text;
        using (var reader = new StreamReader(data.Open(FileName))) text = reader.ReadToEnd();
        var tables = new Tables(dictionary);
        var lineNumber = 0;
        for (var rest = text.AsSpan(); rest.Length > 0;)
        {
            var end = rest.IndexOfAny('\r', '\n');
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? [] : rest[(end + (rest[end] == '\r' && end + 1 < rest.Length && rest[end + 1] == '\n' ? 2 : 1))..];
            lineNumber++;
            if (line.Length == 0 || line[0] == '#') continue;
            var tab = line.IndexOf('\t');
            if (tab < 0) throw new InvalidDataException($"{FileName}:{lineNumber}: '{line}' does not have 2 columns.");
            var word = line[..tab];
            var number = line[(tab + 1)..];
            if (number.IndexOf('\t') is var nextTab and >= 0) number = number[..nextTab];
            if (!int.TryParse(number, out var c) || c < 0 || !tables.Add(word, c))
                throw new InvalidDataException($"{FileName}: '{line}' is not a new word with a class number.");
        }
        return new WordClasses(tables, new Lazy<string?>(() => Hash(data)));
    }

    private static Tables Fill(Dictionary<string, int> classes, CommonWords? dictionary)
    {
        var tables = new Tables(dictionary);
        foreach (var (word, c) in classes) tables.Add(word, c);
        return tables;
    }

    private static string Hash(DataFiles data)
    {
        using var file = data.Open(FileName);
        return Convert.ToHexStringLower(SHA256.HashData(file));
    }

    /// <summary>The three tables being filled, word by word.</summary>
    private sealed class Tables(CommonWords? dictionary)
    {
        private readonly int[] _byCharacter = NewTable(char.MaxValue + 1);
        private readonly Dictionary<string, int> _byText = new(StringComparer.Ordinal);
        private int[] _byNode = [];
        private int _lastNode;

        public CommonWords? Dictionary => dictionary;

        /// <summary>Adds <paramref name="word"/>'s class; false when the word was added already.</summary>
        public bool Add(ReadOnlySpan<char> word, int c)
        {
            var node = dictionary is null || word.Length == 0 ? 0 : dictionary.NodeOf(word);
            if (word.Length == 1)
            {
                if (_byCharacter[word[0]] != Unknown) return false;
                _byCharacter[word[0]] = c;
            }
            else if (node == 0) return _byText.GetAlternateLookup<ReadOnlySpan<char>>().TryAdd(word, c);
            if (node == 0) return true;
            if (node >= _byNode.Length)
            {
                var grown = NewTable(Math.Max(node + 1, Math.Max(_byNode.Length * 2, 1 << 16)));
                _byNode.CopyTo(grown, 0);
                _byNode = grown;
            }
            if (_byNode[node] != Unknown) return false;
            _byNode[node] = c;
            _lastNode = Math.Max(_lastNode, node);
            return true;
        }

        public (int[] ByNode, int NodeLimit, int[] ByCharacter, Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> ByText) Finish() =>
            (_byNode, _byNode.Length == 0 ? 0 : _lastNode + 1, _byCharacter, _byText.GetAlternateLookup<ReadOnlySpan<char>>());

        private static int[] NewTable(int length)
        {
            var table = new int[length];
            Array.Fill(table, Unknown);
            return table;
        }
    }
}
