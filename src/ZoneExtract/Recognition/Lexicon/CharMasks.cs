using System.Numerics;
using System.Runtime.CompilerServices;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// A bit mask per character for a few thousand characters (a table's key lengths by first or last character), in an
/// open-addressed table: a look-up is a multiply, a shift and usually one probe, where a <c>Dictionary&lt;char, ulong&gt;</c>
/// goes through its comparer, buckets and entries. A character without a mask reads 0.
/// </summary>
internal sealed class CharMasks
{
    private readonly char[] _keys;
    private readonly ulong[] _masks; // 0 marks an empty slot: a stored mask is never 0
    private readonly int _shift;

    /// <summary>The union of the masks given for each character; masks of 0 are left out.</summary>
    public CharMasks(ReadOnlySpan<(char Key, ulong Mask)> entries)
    {
        Span<ulong> seen = stackalloc ulong[(char.MaxValue + 1) / 64]; // to size the table by the distinct characters (8 KiB; tables are also built per document)
        foreach (var (key, mask) in entries)
        {
            if (mask != 0) seen[key >> 6] |= 1UL << key;
        }
        var distinct = 0;
        foreach (var word in seen) distinct += BitOperations.PopCount(word);
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, distinct * 2));
        _keys = new char[capacity];
        _masks = new ulong[capacity];
        _shift = 32 - BitOperations.Log2((uint)capacity);
        foreach (var (key, mask) in entries)
        {
            if (mask == 0) continue;
            var slot = Slot(key);
            while (_masks[slot] != 0 && _keys[slot] != key) slot = (slot + 1) & (capacity - 1);
            _keys[slot] = key;
            _masks[slot] |= mask;
        }
    }

    /// <summary>The mask of <paramref name="key"/>, 0 when it has none.</summary>
    public ulong this[char key]
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // without tiered PGO it stayed a call
        get
        {
            var masks = _masks;
            var keys = _keys;
            var slot = Slot(key);
            while (true)
            {
                var mask = masks[slot];
                if (mask == 0 || keys[slot] == key) return mask;
                slot = (slot + 1) & (masks.Length - 1);
            }
        }
    }

    /// <summary>The top bits of a multiplicative hash (Fibonacci hashing).</summary>
    private int Slot(char key) => (int)(unchecked(key * 0x9E3779B1u) >> _shift);
}
