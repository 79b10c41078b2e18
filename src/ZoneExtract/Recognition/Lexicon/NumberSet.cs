using System.Numerics;
using System.Runtime.CompilerServices;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// A fixed set of non-zero 64-bit numbers (character pairs, key shapes) in an open-addressed table at most half full:
/// a look-up is a multiply, a shift and usually one probe, where a <c>HashSet&lt;long&gt;</c> goes through its
/// comparer, buckets and entries. Asked for the positions that the bit tables in front of it let through.
/// </summary>
internal sealed class NumberSet
{
    private readonly long[] _slots; // 0 marks an empty slot, so 0 is never a member
    private readonly int _shift;

    /// <summary>The non-zero numbers of <paramref name="distinct"/>.</summary>
    public NumberSet(HashSet<long> distinct)
    {
        var capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, distinct.Count * 2));
        _slots = new long[capacity];
        _shift = 64 - BitOperations.Log2((uint)capacity);
        foreach (var number in distinct)
        {
            if (number == 0) continue;
            var slot = Slot(number);
            while (_slots[slot] != 0) slot = (slot + 1) & (capacity - 1);
            _slots[slot] = number;
        }
        Count = distinct.Contains(0) ? distinct.Count - 1 : distinct.Count;
    }

    public int Count { get; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked per word by the list filters; without tiered PGO it stayed a call
    public bool Contains(long number)
    {
        var slots = _slots;
        var slot = Slot(number);
        while (true)
        {
            var member = slots[slot];
            if (member == number) return number != 0;
            if (member == 0) return false;
            slot = (slot + 1) & (slots.Length - 1);
        }
    }

    /// <summary>The top bits of a multiplicative hash; not the bit tables' multiplier, whose top bits would send every
    /// number that passes a table's bit by collision to the very slot of the member it collided with.</summary>
    private int Slot(long number) => (int)(unchecked((ulong)number * 0xC2B2AE3D27D4EB4FUL) >> _shift);
}
