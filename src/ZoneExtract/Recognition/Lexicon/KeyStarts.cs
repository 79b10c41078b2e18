using System.Numerics;
using System.Runtime.CompilerServices;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// The first two characters of every key of two or more characters of a list: most positions of a text start no
/// listed name, and one look-up tells so before any longer look-up is tried.
/// </summary>
/// <remarks>
/// The look-up runs at every word or position of every text, so it answers most of them from a bit table of
/// hashed pairs (about 16 bits per pair, a few hundred kilobytes) that stays in cache: a clear bit is a certain
/// no, and only a set bit (a real pair or, for about one position in sixteen, a collision) asks the exact set.
/// </remarks>
internal sealed class KeyStarts
{
    private readonly NumberSet _pairs;
    private readonly ulong[] _bits;
    private readonly int _shift;

    public KeyStarts(IEnumerable<string> keys)
    {
        var pairs = keys.Where(k => k.Length >= 2).Select(k => (long)Pair(k[0], k[1])).ToHashSet();
        _pairs = new NumberSet(pairs);
        var bitCount = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, _pairs.Count) * 16));
        _bits = new ulong[bitCount / 64];
        _shift = 32 - BitOperations.Log2((uint)bitCount);
        foreach (var pair in pairs) _bits[Slot((int)pair) >> 6] |= 1UL << (int)(Slot((int)pair) & 63);
    }

    /// <summary>True when some key may start at <paramref name="start"/> of <paramref name="text"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked per word; without tiered PGO it stayed a call
    public bool MayStartAt(string text, int start)
    {
        if (start + 1 >= text.Length) return false;
        var pair = Pair(text[start], text[start + 1]);
        var slot = Slot(pair);
        return (_bits[slot >> 6] & 1UL << (int)(slot & 63)) != 0 && _pairs.Contains(pair);
    }

    private static int Pair(char first, char second) => first << 16 | second;

    /// <summary>The pair's bit: the top bits of a multiplicative hash (Fibonacci hashing).</summary>
    private uint Slot(int pair) => unchecked((uint)pair * 0x9E3779B1u) >> _shift;
}
