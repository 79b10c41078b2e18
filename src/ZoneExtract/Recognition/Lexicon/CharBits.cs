namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// A set of characters, one bit each (8 KiB), for the tests asked at every character of a text: a bool per
/// character takes 64 KiB, and the few hundred distinct characters of an article then fall on as many cache lines,
/// in each of the many tables a document's stages ask in turn.
/// </summary>
internal readonly struct CharBits
{
    private readonly ulong[] _bits;

    private CharBits(ulong[] bits) => _bits = bits;

    /// <summary>The characters <paramref name="chars"/> lists.</summary>
    public static CharBits Of(IEnumerable<char> chars)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        foreach (var c in chars) bits[c >> 6] |= 1UL << c;
        return new CharBits(bits);
    }

    /// <summary>Every character for which <paramref name="test"/> holds.</summary>
    public static CharBits Where(Func<char, bool> test)
    {
        var bits = new ulong[(char.MaxValue + 1) / 64];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (test((char)c)) bits[c >> 6] |= 1UL << c;
        }
        return new CharBits(bits);
    }

    public bool Contains(char c) => (_bits[c >> 6] & 1UL << c) != 0;
}
