using System.Runtime.CompilerServices;

namespace ZoneExtract.Segmentation;

/// <summary>
/// jieba's default segmentation (<c>Cut</c> with HMM on), reimplemented over <see cref="WordTrie"/> and
/// <see cref="HmmWordSplitter"/> because jieba.NET spends most of its time building substrings and lists: the
/// words are the same (the tests compare the two on real and random text), at several times the speed, and
/// they come as offsets, not strings.
/// </summary>
/// <remarks>
/// The algorithm is jieba's: the text splits into blocks of word characters; in each block every dictionary
/// word starting at each position is a candidate, and the route with the highest product of word probabilities
/// (frequency / total) wins, the shortest word winning a tie as in jieba.NET; runs of single characters on the
/// route that do not form a dictionary word go to the HMM. Outside blocks, every character is a word of its own
/// ("\r\n" is one). Reading is thread-safe; <see cref="AddWord"/> is for start-up only.
/// </remarks>
internal sealed class WordCutter
{
    private const int StackLimit = 1024;

    private readonly WordTrie _trie;
    private readonly HmmWordSplitter _hmm;

    public WordCutter(WordTrie trie, HmmWordSplitter hmm)
    {
        _trie = trie;
        _hmm = hmm;
    }

    /// <summary>The dictionary's total frequency, as jieba.NET's <c>WordDictionary.Total</c>.</summary>
    public double Total => _trie.Total;

    /// <summary>
    /// jieba's <c>AddWord(word)</c> without a frequency: the word gets just enough frequency to beat the pieces
    /// it would otherwise be cut into (<see cref="SuggestFrequency"/>). Returns the frequency given, so that
    /// jieba.NET's own dictionary can be given the same.
    /// </summary>
    public int AddWord(string word)
    {
        ArgumentException.ThrowIfNullOrEmpty(word);
        var frequency = SuggestFrequency(word);
        _trie.AddWord(word, frequency);
        return frequency;
    }

    /// <summary>Appends the words of <paramref name="text"/> as (start, length) pairs, whitespace included.</summary>
    public void Cut(ReadOnlySpan<char> text, List<(int Start, int Length)> words) => Cut(text, words, nodes: null, hmm: true);

    /// <summary>
    /// As <see cref="Cut(ReadOnlySpan{char}, List{ValueTuple{int, int}})"/>, and appends to <paramref name="nodes"/>, for each
    /// word, its node in the dictionary's trie when the route took it from the dictionary, 0 otherwise (a word of the
    /// HMM, a character no word starts with, punctuation): what a reader needs to find the word's dictionary entry
    /// without looking the word up (<see cref="Recognition.Lexicon.CommonWords.FindNode"/>).
    /// </summary>
    public void Cut(ReadOnlySpan<char> text, List<(int Start, int Length)> words, List<int> nodes) => Cut(text, words, nodes, hmm: true);

    private void Cut(ReadOnlySpan<char> text, List<(int Start, int Length)> words, List<int>? nodes, bool hmm)
    {
        var logTotal = Math.Log(_trie.Total);
        for (var i = 0; i < text.Length;)
        {
            if (IsWordCharacter(text[i]))
            {
                var end = i;
                while (end < text.Length && IsWordCharacter(text[end])) end++;
                CutBlock(text, i, end, logTotal, words, nodes, hmm);
                i = end;
            }
            else
            {
                var length = text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                words.Add((i, length));
                nodes?.Add(0);
                i += length;
            }
        }
    }

    /// <summary>The characters jieba keeps together in one block (its pattern [\u4E00-\u9FD5a-zA-Z0-9+#&amp;._%·-]).</summary>
    /// <remarks>Always inlined: asked twice per character of a text, and without tiered PGO the JIT left it a call.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordCharacter(char c) =>
        c is (>= '\u4E00' and <= '\u9FD5') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9')
            or '+' or '#' or '&' or '.' or '_' or '%' or '·' or '-';

    private void CutBlock(ReadOnlySpan<char> text, int start, int end, double logTotal, List<(int Start, int Length)> words, List<int>? nodes, bool hmm)
    {
        var length = end - start;
        Span<int> wordEnds = length <= StackLimit ? stackalloc int[length] : new int[length];
        Span<int> wordNodes = length <= StackLimit ? stackalloc int[length] : new int[length];
        Route(text.Slice(start, length), logTotal, wordEnds, wordNodes);
        var single = -1; // start of the pending run of one-character words
        for (var x = 0; x < length;)
        {
            var y = wordEnds[x];
            if (y - x == 1 && (hmm || char.IsAsciiLetterOrDigit(text[start + x])))
            {
                if (single < 0) single = x;
            }
            else
            {
                if (single >= 0) FlushSingles(text, start + single, start + x, words, nodes, wordNodes[single..x], hmm);
                single = -1;
                words.Add((start + x, y - x));
                nodes?.Add(wordNodes[x]);
            }
            x = y;
        }
        if (single >= 0) FlushSingles(text, start + single, end, words, nodes, wordNodes[single..], hmm);
    }

    /// <summary>
    /// With HMM: a run of one-character words becomes one word if the dictionary has it, the HMM's words if not.
    /// Without: a run of single letters and digits is one word (jieba's plain mode keeps "AB12" together).
    /// </summary>
    /// <remarks><paramref name="singleNodes"/>: the route's node of each character of the run.</remarks>
    private void FlushSingles(ReadOnlySpan<char> text, int start, int end, List<(int Start, int Length)> words, List<int>? nodes,
        ReadOnlySpan<int> singleNodes, bool hmm)
    {
        if (!hmm || end - start == 1)
        {
            words.Add((start, end - start));
            nodes?.Add(end - start == 1 ? singleNodes[0] : 0);
        }
        else if (!_trie.ContainsWord(text[start..end]))
        {
            var before = words.Count;
            _hmm.Split(text, start, end, words);
            for (var i = before; i < words.Count; i++) nodes?.Add(0);
        }
        else
        {
            for (var i = start; i < end; i++) words.Add((i, 1));
            nodes?.AddRange(singleNodes);
        }
    }

    /// <summary>
    /// For each position of the block, where the best route's word starting there ends (exclusive). Best is the
    /// highest sum of ln(frequency) − ln(total) to the block's end; a character no word starts with counts as a
    /// word of frequency 1. Computed right to left, as jieba does, with the same operations in the same order.
    /// <paramref name="wordNodes"/> gets the trie node of each of those words, 0 where no dictionary word starts.
    /// </summary>
    private void Route(ReadOnlySpan<char> block, double logTotal, Span<int> wordEnds, Span<int> wordNodes)
    {
        var n = block.Length;
        Span<double> scores = n + 1 <= StackLimit ? stackalloc double[n + 1] : new double[n + 1];
        scores[n] = 0.0;
        for (var i = n - 1; i >= 0; i--)
        {
            var best = double.MinValue;
            var bestEnd = -1;
            var bestNode = 0;
            var node = 0;
            for (var j = i; j < n; j++)
            {
                node = _trie.Child(node, block[j]);
                if (node == 0) break;
                var logFrequency = _trie.LogFrequency(node);
                if (!(logFrequency > double.NegativeInfinity)) continue; // a prefix, not a word (frequency 0; NaN for a negative one)
                var score = logFrequency - logTotal + scores[j + 1];
                if (best < score) (best, bestEnd, bestNode) = (score, j, node);
            }
            if (bestEnd < 0) (best, bestEnd) = (0.0 - logTotal + scores[i + 1], i);
            scores[i] = best;
            wordEnds[i] = bestEnd + 1;
            wordNodes[i] = bestNode;
        }
    }

    /// <summary>
    /// jieba's frequency for a word added without one: the probability of the pieces plain segmentation (no HMM)
    /// cuts it into, times the total, plus one, or the word's own frequency if that is higher.
    /// </summary>
    private int SuggestFrequency(string word)
    {
        var pieces = new List<(int Start, int Length)>();
        Cut(word, pieces, nodes: null, hmm: false);
        var probability = 1.0;
        foreach (var (start, length) in pieces)
            probability *= (double)_trie.FrequencyOrOne(word.AsSpan(start, length)) / _trie.Total;
        return Math.Max((int)(probability * _trie.Total) + 1, _trie.FrequencyOrOne(word));
    }
}
