using System.Numerics;

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
    public CharMasks(IEnumerable<(char Key, ulong Mask)> entries)
    {
        var merged = new Dictionary<char, ulong>();
        foreach (var (key, mask) in entries)
        {
            if (mask != 0) merged[key] = merged.GetValueOrDefault(key) | mask;
        }
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, merged.Count * 2));
        _keys = new char[capacity];
        _masks = new ulong[capacity];
        _shift = 32 - BitOperations.Log2((uint)capacity);
        foreach (var (key, mask) in merged)
        {
            var slot = Slot(key);
            while (_masks[slot] != 0) slot = (slot + 1) & (capacity - 1);
            _keys[slot] = key;
            _masks[slot] = mask;
        }
    }

    /// <summary>The mask of <paramref name="key"/>, 0 when it has none.</summary>
    public ulong this[char key]
    {
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
