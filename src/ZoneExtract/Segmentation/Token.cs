namespace ZoneExtract;

/// <summary>A word of the segmentation, with its position in the caller's original string.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units in the original text (a word rejoined across a layout line break includes the break).</param>
/// <param name="Text">The original text of the word.</param>
/// <param name="Tag">The jieba part-of-speech tag (ns, nr, nt, m, x…) when tags were requested, otherwise null.</param>
public readonly record struct Token(int Start, int Length, string Text, string? Tag)
{
    /// <summary>Index just past the last character (exclusive end).</summary>
    public int End => Start + Length;
}
