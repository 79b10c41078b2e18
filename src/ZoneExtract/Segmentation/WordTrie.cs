namespace ZoneExtract.Segmentation;

/// <summary>
/// jieba's word dictionary as a character trie: every word and every prefix of a word is a node, and a node's
/// frequency is the word's count in dict.txt, or 0 for a prefix that is not itself a word. It holds exactly what
/// jieba.NET's <c>WordDictionary</c> holds (a string-keyed table of the same prefixes) with the same total, so
/// that segmentation over it gives jieba's words; walking it character by character needs no substring per step,
/// which is where jieba.NET spends most of its time.
/// </summary>
/// <remarks>Built once at start-up; reading is thread-safe, adding words is not.</remarks>
internal sealed class WordTrie
{
    private const int Root = 0;
    private const int None = 0; // the root is never anyone's child, so 0 can mean "no child"

    private readonly int[] _rootChildren = new int[char.MaxValue + 1];
    private long[] _edgeKeys = new long[1 << 20]; // open addressing: (parent << 16 | character), 0 = empty slot
    private int[] _edgeChildren = new int[1 << 20];
    private int _edgeCount;
    private int[] _frequencies = new int[1 << 19];
    private double[] _logFrequencies = new double[1 << 19];
    private int _nodeCount = 1;

    /// <summary>The sum of all word frequencies, as jieba.NET keeps it (a double).</summary>
    public double Total { get; private set; }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or 0 if no word continues that way.</summary>
    public int Child(int node, char c)
    {
        if (node == Root) return _rootChildren[c];
        var key = EdgeKey(node, c);
        var mask = _edgeKeys.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var stored = _edgeKeys[slot];
            if (stored == key) return _edgeChildren[slot];
            if (stored == 0) return None;
        }
    }

    /// <summary>The node of <paramref name="word"/>, or 0 if it is not a word or prefix of one.</summary>
    public int Find(ReadOnlySpan<char> word)
    {
        var node = Root;
        foreach (var c in word)
        {
            node = Child(node, c);
            if (node == None) return None;
        }
        return node;
    }

    /// <summary>The word's frequency at <paramref name="node"/>; 0 for a prefix that is not a word.</summary>
    public int Frequency(int node) => _frequencies[node];

    /// <summary>Math.Log of the frequency, kept per node so that the route search does not recompute it.</summary>
    public double LogFrequency(int node) => _logFrequencies[node];

    /// <summary>jieba's <c>ContainsWord</c>: a node with a positive frequency.</summary>
    public bool ContainsWord(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node != None && _frequencies[node] > 0;
    }

    /// <summary>jieba's <c>GetFreqOrDefault</c>: the word's frequency, or 1 for anything that is not a word.</summary>
    public int FrequencyOrOne(ReadOnlySpan<char> word)
    {
        var node = Find(word);
        return node != None && _frequencies[node] > 0 ? _frequencies[node] : 1;
    }

    /// <summary>Reads dict.txt: one "word count [tag]" per line, separated by single spaces.</summary>
    /// <exception cref="InvalidDataException">A count is not a number (jieba.NET would silently stop reading there).</exception>
    public static WordTrie LoadFile(string path)
    {
        var trie = new WordTrie();
        foreach (var (word, count, _) in JiebaDictionary.ReadEntries(path)) trie.Load(word, count);
        return trie;
    }

    /// <summary>
    /// A line of dict.txt ("word count [tag]"): the word's frequency is set (a repeated word keeps the last) and its
    /// count is added to the total, as jieba.NET's loader does.
    /// </summary>
    public void Load(string word, int frequency)
    {
        SetFrequency(Insert(word), frequency);
        Total += frequency;
    }

    /// <summary>jieba's <c>AddWord(word, freq)</c>: replaces the word's frequency, keeping the total consistent.</summary>
    public void AddWord(string word, int frequency)
    {
        var node = Insert(word);
        if (_frequencies[node] > 0) Total -= _frequencies[node];
        SetFrequency(node, frequency);
        Total += frequency;
    }

    private void SetFrequency(int node, int frequency)
    {
        _frequencies[node] = frequency;
        _logFrequencies[node] = Math.Log(frequency);
    }

    private int Insert(string word)
    {
        var node = Root;
        foreach (var c in word)
        {
            var child = Child(node, c);
            if (child == None) child = AddChild(node, c);
            node = child;
        }
        return node;
    }

    private int AddChild(int parent, char c)
    {
        if (_nodeCount == _frequencies.Length)
        {
            Array.Resize(ref _frequencies, _nodeCount * 2);
            Array.Resize(ref _logFrequencies, _nodeCount * 2);
        }
        var child = _nodeCount++;
        if (parent == Root)
        {
            _rootChildren[c] = child;
            return child;
        }
        if ((_edgeCount + 1) * 10 > _edgeKeys.Length * 7) GrowEdges();
        PutEdge(EdgeKey(parent, c), child);
        _edgeCount++;
        return child;
    }

    private void PutEdge(long key, int child)
    {
        var mask = _edgeKeys.Length - 1;
        var slot = Slot(key, mask);
        while (_edgeKeys[slot] != 0) slot = (slot + 1) & mask;
        _edgeKeys[slot] = key;
        _edgeChildren[slot] = child;
    }

    private void GrowEdges()
    {
        var (keys, children) = (_edgeKeys, _edgeChildren);
        _edgeKeys = new long[keys.Length * 2];
        _edgeChildren = new int[keys.Length * 2];
        for (var i = 0; i < keys.Length; i++)
        {
            if (keys[i] != 0) PutEdge(keys[i], children[i]);
        }
    }

    private static long EdgeKey(int parent, char c) => (long)parent << 16 | c;

    private static int Slot(long key, int mask) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> 32) & mask;
}
