namespace ZoneExtract.Serialization;

/// <summary>
/// Converts between Unicode code-point offsets (what doccano writes) and .NET string indices, which differ
/// after any astral-plane character such as 𠀀 (two UTF-16 code units, one code point).
/// </summary>
internal sealed class CodePointOffsets
{
    private readonly int[]? _codePointToIndex;
    private readonly int[]? _indexToCodePoint;

    public CodePointOffsets(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\uD800', '\uDFFF'))
        {
            CodePointCount = text.Length;
            return;
        }
        var toIndex = new List<int>(text.Length + 1);
        var toCodePoint = new int[text.Length + 1];
        for (var i = 0; i < text.Length; i++)
        {
            toCodePoint[i] = toIndex.Count;
            toIndex.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                toCodePoint[++i] = toIndex.Count - 1;
            }
        }
        toCodePoint[text.Length] = toIndex.Count;
        toIndex.Add(text.Length);
        _codePointToIndex = toIndex.ToArray();
        _indexToCodePoint = toCodePoint;
        CodePointCount = toIndex.Count - 1;
    }

    public int CodePointCount { get; }

    /// <summary>The string index of a code-point offset (0..CodePointCount inclusive).</summary>
    public int ToIndex(int codePoint) => _codePointToIndex is null ? codePoint : _codePointToIndex[codePoint];

    /// <summary>The code-point offset of a string index (0..Length inclusive).</summary>
    public int ToCodePoint(int index) => _indexToCodePoint is null ? index : _indexToCodePoint[index];
}
