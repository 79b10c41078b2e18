using System.Diagnostics.CodeAnalysis;

namespace ZoneExtract.Segmentation;

/// <summary>
/// The words of one segmentation, read-only: the first <c>count</c> items of an array. The recognisers that read
/// every word several times (the name model's features and list marks) take it as a span through
/// <see cref="AsSpan"/>, without an interface call per word.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _tokens;
    private readonly int[]? _nodes;

    /// <param name="tokens">The words (the first <paramref name="count"/> items).</param>
    /// <param name="count">How many words.</param>
    /// <param name="nodes">Per word, its node in the dictionary's trie, or 0 (<see cref="DictionaryNodes"/>); null when not known.</param>
    public TokenList(Token[] tokens, int count, int[]? nodes = null)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, tokens.Length);
        if (nodes is not null) ArgumentOutOfRangeException.ThrowIfLessThan(nodes.Length, count);
        _tokens = tokens;
        Count = count;
        _nodes = nodes;
    }

    public int Count { get; }

    // the throw in a method of its own: with it inline the indexer was too big to be inlined, a call per word in every recogniser
    public Token this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) ThrowOutOfRange(index);
            return _tokens[index];
        }
    }

    [DoesNotReturn]
    private static void ThrowOutOfRange(int index) => throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>The words as a span; the array stays private, so the list cannot be changed through it.</summary>
    public ReadOnlySpan<Token> Span => _tokens.AsSpan(0, Count);

    /// <summary>The words of any token list as a span: without a copy for a segmentation's own list.</summary>
    public static ReadOnlySpan<Token> AsSpan(IReadOnlyList<Token> tokens) => tokens switch
    {
        TokenList list => list.Span,
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    /// <summary>
    /// An array whose first <see cref="IReadOnlyCollection{T}.Count"/> items are the words: a segmentation's own array
    /// (without a copy; it may be longer), for a reader that keeps the words beyond one call and must not change them.
    /// </summary>
    public static Token[] SharedArray(IReadOnlyList<Token> tokens) => tokens switch
    {
        TokenList list => list._tokens,
        Token[] array => array,
        _ => tokens.ToArray(),
    };

    /// <summary>
    /// Per word of a plain segmentation, the node of the word in the dictionary's trie when the segmenter took it from
    /// the dictionary and it reads the same in the width-folded text (<see cref="Recognition.Lexicon.CommonWords.FindNode"/>
    /// then gives its entry), 0 when the word must be looked up; empty for any other token list.
    /// </summary>
    public static ReadOnlySpan<int> DictionaryNodes(IReadOnlyList<Token> tokens) =>
        tokens is TokenList { _nodes: { } nodes } list ? nodes.AsSpan(0, list.Count) : [];

    /// <summary>The words in order; <c>foreach</c> over a token list takes this one: no enumerator object, no interface call per word.</summary>
    public ReadOnlySpan<Token>.Enumerator GetEnumerator() => Span.GetEnumerator();

    IEnumerator<Token> IEnumerable<Token>.GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _tokens[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => ((IEnumerable<Token>)this).GetEnumerator();
}
