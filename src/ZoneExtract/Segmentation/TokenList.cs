namespace ZoneExtract.Segmentation;

/// <summary>
/// The words of one segmentation, read-only: the first <c>count</c> items of an array. The recognisers that read
/// every word several times (the name model's features and list marks) take it as a span through
/// <see cref="AsSpan"/>, without an interface call per word.
/// </summary>
internal sealed class TokenList : IReadOnlyList<Token>
{
    private readonly Token[] _tokens;

    public TokenList(Token[] tokens, int count)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, tokens.Length);
        _tokens = tokens;
        Count = count;
    }

    public int Count { get; }

    public Token this[int index] => (uint)index < (uint)Count ? _tokens[index] : throw new ArgumentOutOfRangeException(nameof(index));

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

    public IEnumerator<Token> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return _tokens[i];
    }

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
