namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// The first two characters of every key of two or more characters of a list: most positions of a text start no
/// listed name, and one set look-up tells so before any longer look-up is tried.
/// </summary>
internal sealed class KeyStarts(IEnumerable<string> keys)
{
    private readonly HashSet<int> _pairs = keys.Where(k => k.Length >= 2).Select(k => Pair(k[0], k[1])).ToHashSet();

    /// <summary>True when some key may start at <paramref name="start"/> of <paramref name="text"/>.</summary>
    public bool MayStartAt(string text, int start) => start + 1 < text.Length && _pairs.Contains(Pair(text[start], text[start + 1]));

    private static int Pair(char first, char second) => first << 16 | second;
}
