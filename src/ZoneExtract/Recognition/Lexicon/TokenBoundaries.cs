namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// The segmentation seen from character positions: which word ends at a position and where it starts.
/// Built once per document (<see cref="Document.Words"/>) in O(text length).
/// </summary>
internal sealed class TokenBoundaries
{
    private readonly int[] _startOfWordEndingAt;

    public TokenBoundaries(int textLength, IReadOnlyList<Token> tokens)
    {
        _startOfWordEndingAt = new int[textLength + 1];
        Array.Fill(_startOfWordEndingAt, -1);
        foreach (var token in Segmentation.TokenList.AsSpan(tokens)) _startOfWordEndingAt[token.End] = token.Start;
    }

    /// <summary>The start of the word that ends exactly at <paramref name="end"/>, or -1 when no word ends there.</summary>
    public int StartOfWordEndingAt(int end) => end >= 0 && end < _startOfWordEndingAt.Length ? _startOfWordEndingAt[end] : -1;

    public bool IsBoundary(int position) => position == 0 || StartOfWordEndingAt(position) >= 0;
}
