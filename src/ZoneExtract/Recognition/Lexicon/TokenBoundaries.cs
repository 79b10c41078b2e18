namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// The segmentation seen from character positions: which word ends at a position and where it starts.
/// Built once per document (<see cref="Document.Words"/>) in O(text length).
/// </summary>
internal sealed class TokenBoundaries
{
    private readonly int[] _startOfWordEndingAt;

    /// <summary>Where a word starts; after a line break or a space, which are no words, no word ends there.</summary>
    private readonly bool[] _wordStartsAt;

    public TokenBoundaries(int textLength, IReadOnlyList<Token> tokens)
    {
        _startOfWordEndingAt = new int[textLength + 1];
        _wordStartsAt = new bool[textLength + 1];
        Array.Fill(_startOfWordEndingAt, -1);
        foreach (var token in Segmentation.TokenList.AsSpan(tokens))
        {
            _startOfWordEndingAt[token.End] = token.Start;
            _wordStartsAt[token.Start] = true;
        }
    }

    /// <summary>The start of the word that ends exactly at <paramref name="end"/>, or -1 when no word ends there.</summary>
    public int StartOfWordEndingAt(int end) => end >= 0 && end < _startOfWordEndingAt.Length ? _startOfWordEndingAt[end] : -1;

    /// <summary>True where one word ends or another starts (the first word of a line starts after a break that is no word).</summary>
    public bool IsBoundary(int position) => position == 0 || StartOfWordEndingAt(position) >= 0
        || position < _wordStartsAt.Length && _wordStartsAt[position];

    /// <summary>The end of the word that holds the character at <paramref name="start"/>, at most <paramref name="limit"/>.</summary>
    public int WordEnd(int start, int limit)
    {
        var end = start + 1;
        while (end < limit && !IsBoundary(end)) end++;
        return end;
    }

    /// <summary>The start of the word that holds <paramref name="position"/> (the position itself when a word starts there).</summary>
    public int WordStartAt(int position)
    {
        while (position > 0 && !IsBoundary(position)) position--;
        return position;
    }
}
