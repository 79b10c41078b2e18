using System.Runtime.CompilerServices;

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

    // a node index fits in 24 bits, so that an edge (parent, character, child) packs into one 64-bit slot
    private const int NodeBits = 24;
    private const int MaxNodes = 1 << NodeBits;

    private readonly int[] _rootChildren = new int[char.MaxValue + 1];

    // Open addressing, one slot per edge: (parent << 16 | character) << 24 | child, 0 = empty slot. Key and child
    // share a slot so that a step down the trie reads one cache line, not one in a key table and one in a child table.
    private ulong[] _edges = new ulong[1 << 20];
    private int _edgeCount;
    private int[] _frequencies = new int[1 << 19];
    private double[] _logFrequencies = new double[1 << 19]; // −∞ for a prefix that is not a word (frequency 0)
    private int _nodeCount = 1;

    /// <summary>The sum of all word frequencies, as jieba.NET keeps it (a double).</summary>
    public double Total { get; private set; }

    /// <summary>The node reached from <paramref name="node"/> by <paramref name="c"/>, or 0 if no word continues that way.</summary>
    /// <remarks>Inlined: the route search takes a step down the trie for every dictionary prefix at every position.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public int Child(int node, char c)
    {
        if (node == Root) return _rootChildren[c];
        var key = EdgeKey(node, c);
        var edges = _edges;
        var mask = edges.Length - 1;
        for (var slot = Slot(key, mask); ; slot = (slot + 1) & mask)
        {
            var stored = edges[slot];
            if (stored >> NodeBits == key) return (int)(stored & (MaxNodes - 1));
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

    /// <summary>
    /// Math.Log of the frequency, kept per node so that the route search does not recompute it: −∞ for a prefix that
    /// is not a word, so that the route search tells a word from a prefix with this one read.
    /// </summary>
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
        _ = trie.LoadAll(JiebaDictionary.ReadEntries(path));
        return trie;
    }

    /// <summary>
    /// The lines of dict.txt ("word count [tag]") in file order: each word's frequency is set (a repeated word keeps the
    /// last) and its count added to the total, as jieba.NET's loader does; returns each line's node. The file is
    /// nearly sorted, so a word shares about half its characters with the word before: its walk starts from that
    /// word's node at their common prefix instead of the root (the same nodes, made in the same order).
    /// </summary>
    public int[] LoadAll(IReadOnlyList<(ReadOnlyMemory<char> Word, int Count, string Tag)> lines)
    {
        var nodes = new int[lines.Count];
        var path = new int[16]; // path[k]: the node of the previous word's first k + 1 characters
        var previous = ReadOnlySpan<char>.Empty;
        for (var line = 0; line < lines.Count; line++)
        {
            var (memory, frequency, _) = lines[line];
            var word = memory.Span;
            if (word.Length > path.Length) Array.Resize(ref path, word.Length * 2);
            var shared = word.CommonPrefixLength(previous);
            var node = shared == 0 ? Root : path[shared - 1];
            for (var k = shared; k < word.Length; k++)
            {
                var child = Child(node, word[k]);
                node = child == None ? AddChild(node, word[k]) : child;
                path[k] = node;
            }
            SetFrequency(node, frequency);
            Total += frequency;
            nodes[line] = node;
            previous = word;
        }
        return nodes;
    }

    /// <summary>How many nodes the trie has (node indices are below this).</summary>
    public int NodeCount => _nodeCount;

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
        if (_nodeCount == MaxNodes) throw new InvalidOperationException($"The word trie holds at most {MaxNodes - 1} nodes.");
        var child = _nodeCount++;
        _logFrequencies[child] = double.NegativeInfinity; // Math.Log(0): a prefix until a frequency is set
        if (parent == Root)
        {
            _rootChildren[c] = child;
            return child;
        }
        if ((_edgeCount + 1) * 10 > _edges.Length * 7) GrowEdges();
        PutEdge(EdgeKey(parent, c), child);
        _edgeCount++;
        return child;
    }

    private void PutEdge(ulong key, int child)
    {
        var mask = _edges.Length - 1;
        var slot = Slot(key, mask);
        while (_edges[slot] != 0) slot = (slot + 1) & mask;
        _edges[slot] = key << NodeBits | (uint)child;
    }

    private void GrowEdges()
    {
        var edges = _edges;
        _edges = new ulong[edges.Length * 2];
        foreach (var edge in edges)
        {
            if (edge != 0) PutEdge(edge >> NodeBits, (int)(edge & (MaxNodes - 1)));
        }
    }

    private static ulong EdgeKey(int parent, char c) => (ulong)parent << 16 | c;

    private static int Slot(ulong key, int mask) => (int)(key * 0x9E3779B97F4A7C15UL >> 32) & mask;
}
