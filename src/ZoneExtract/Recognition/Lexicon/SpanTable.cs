using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// A string-keyed table that answers lookups on spans of the text without allocating. Most positions of a
/// text end no key, so a lookup first checks the last character against the keys' last characters. The longest-key
/// searches also skip every length that no key ending (or starting) with that character has, so a position costs a
/// few hash look-ups instead of one per length up to the longest key; a span is hashed only when some key has its
/// length, its first and its last character (a cheap look-up of one number, itself answered "no" for most spans by a
/// bit table of hashed shapes, about 16 bits per shape, that stays in the cache, as <see cref="KeyStarts"/> does).
/// </summary>
internal sealed class SpanTable<TValue>
{
    private readonly Dictionary<string, TValue> _table;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly CharBits _lastChars; // a bit per character: dozens of tables are asked at every position of a text
    private readonly CharMasks _lengthsByLastChar;
    private readonly CharMasks _lengthsByFirstChar;
    private readonly NumberSet _shapes;
    private readonly ulong[] _shapeBits; // a clear bit: no key has that shape; a set bit asks _shapes
    private readonly int _shapeShift;

    public SpanTable(Dictionary<string, TValue> table)
    {
        _table = table;
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        // one pass over the keys for every filter
        var byLast = new List<(char, ulong)>(table.Count);
        var byFirst = new List<(char, ulong)>(table.Count);
        var shapes = new HashSet<long>();
        foreach (var key in table.Keys)
        {
            if (key.Length == 0) continue;
            byLast.Add((key[^1], LengthBit(key.Length)));
            byFirst.Add((key[0], LengthBit(key.Length)));
            shapes.Add(Shape(key[0], key[^1], key.Length));
        }
        _lastChars = CharBits.Of(byLast.Select(e => e.Item1));
        _lengthsByLastChar = new CharMasks(CollectionsMarshal.AsSpan(byLast));
        _lengthsByFirstChar = new CharMasks(CollectionsMarshal.AsSpan(byFirst));
        _shapes = new NumberSet(shapes);
        var bitCount = Math.Max(64, (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1, _shapes.Count) * 16));
        _shapeBits = new ulong[bitCount / 64];
        _shapeShift = 64 - BitOperations.Log2((uint)bitCount);
        foreach (var shape in shapes) _shapeBits[ShapeSlot(shape) >> 6] |= 1UL << (int)(ShapeSlot(shape) & 63);
        MaxLength = table.Count == 0 ? 0 : table.Keys.Max(k => k.Length);
        MinLength = table.Count == 0 ? 0 : table.Keys.Min(k => k.Length);
    }

    public int MaxLength { get; }

    /// <summary>The length of the shortest key (0 for an empty table): a shorter span is no key, with no look-up.</summary>
    public int MinLength { get; }

    public int Count => _table.Count;

    public IEnumerable<string> Keys => _table.Keys;

    public bool TryGet(ReadOnlySpan<char> key, out TValue value)
    {
        if (key.IsEmpty || !IsLastChar(key[^1]) || !HasShape(key[0], key[^1], key.Length))
        {
            value = default!;
            return false;
        }
        return _lookup.TryGetValue(key, out value!);
    }

    /// <summary>True when some key ends with <paramref name="c"/>: a cheap first test before any look-up.</summary>
    public bool MayEndWith(char c) => IsLastChar(c);

    public bool Contains(ReadOnlySpan<char> key) =>
        !key.IsEmpty && IsLastChar(key[^1]) && HasShape(key[0], key[^1], key.Length) && _lookup.ContainsKey(key);

    /// <summary>The longest key that ends at <paramref name="end"/> and is at least <paramref name="minLength"/> long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // most positions end no key: that one bit test inline, the search a call
    public bool TryLongestEndingAt(string text, int end, int minLength, out int start, out TValue value)
    {
        if (end != 0 && IsLastChar(text[end - 1])) return TryLongestEndingAtKeyEnd(text, 0, end, minLength, out start, out value);
        start = -1;
        value = default!;
        return false;
    }

    /// <summary>
    /// The longest key that ends at <paramref name="end"/>, starts at or after <paramref name="from"/> and is at least
    /// <paramref name="minLength"/> long: the answer for the word from <paramref name="from"/> to <paramref name="end"/>
    /// without that word cut out as a string.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryLongestEndingAt(string text, int from, int end, int minLength, out int start, out TValue value)
    {
        if (end != from && IsLastChar(text[end - 1])) return TryLongestEndingAtKeyEnd(text, from, end, minLength, out start, out value);
        start = -1;
        value = default!;
        return false;
    }

    /// <summary><see cref="TryLongestEndingAt(string, int, int, int, out int, out TValue)"/> where some key ends with the character before <paramref name="end"/>.</summary>
    private bool TryLongestEndingAtKeyEnd(string text, int from, int end, int minLength, out int start, out TValue value)
    {
        var lengths = _lengthsByLastChar[text[end - 1]];
        for (var length = Math.Min(MaxLength, end - from); length >= Math.Max(1, minLength); length--)
        {
            if ((lengths & LengthBit(length)) != 0 && HasShape(text[end - length], text[end - 1], length)
                && _lookup.TryGetValue(text.AsSpan(end - length, length), out value!))
            {
                start = end - length;
                return true;
            }
        }
        start = -1;
        value = default!;
        return false;
    }

    /// <summary>The longest key that starts at <paramref name="start"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // most positions start no key: that test inline, the search a call
    public bool TryLongestStartingAt(string text, int start, out int length, out TValue value)
    {
        if (start < text.Length && _lengthsByFirstChar[text[start]] is var lengths and not 0)
            return TryLongestStartingAt(text, start, lengths, out length, out value);
        length = 0;
        value = default!;
        return false;
    }

    /// <summary><see cref="TryLongestStartingAt(string, int, out int, out TValue)"/> given the lengths of the keys that start with the character at <paramref name="start"/>.</summary>
    private bool TryLongestStartingAt(string text, int start, ulong lengths, out int length, out TValue value)
    {
        for (length = Math.Min(MaxLength, text.Length - start); length >= 1; length--)
        {
            if ((lengths & LengthBit(length)) != 0 && HasShape(text[start], text[start + length - 1], length)
                && _lookup.TryGetValue(text.AsSpan(start, length), out value!)) return true;
        }
        length = 0;
        value = default!;
        return false;
    }

    /// <summary>
    /// The lengths of the keys that start with <paramref name="first"/>, as a mask for <see cref="HasLengthBetween"/>: a
    /// caller that asks about many spans from one start tests bits instead of looking each span up.
    /// </summary>
    public ulong LengthsStartingWith(char first) => _lengthsByFirstChar[first];

    /// <summary>True when a mask of <see cref="LengthsStartingWith"/> has a length from <paramref name="min"/> to <paramref name="max"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool HasLengthBetween(ulong lengths, int min, int max)
    {
        if (max < Math.Max(1, min)) return false;
        var upTo = max >= 63 ? ulong.MaxValue : (1UL << (max + 1)) - 1;
        var below = (1UL << Math.Min(Math.Max(1, min), 63)) - 1;
        return (lengths & upTo & ~below) != 0;
    }

    private bool IsLastChar(char c) => _lastChars.Contains(c);

    /// <summary>True when some key has this first and last character and this length.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // the filter before every look-up; without tiered PGO it stayed a call
    private bool HasShape(char first, char last, int length)
    {
        var shape = Shape(first, last, length);
        var slot = ShapeSlot(shape);
        return (_shapeBits[slot >> 6] & 1UL << (int)(slot & 63)) != 0 && _shapes.Contains(shape);
    }

    /// <summary>The shape's bit: the top bits of a multiplicative hash (Fibonacci hashing).</summary>
    private ulong ShapeSlot(long shape) => unchecked((ulong)shape * 0x9E3779B97F4A7C15UL) >> _shapeShift;

    /// <summary>A key's first and last character and its length, as one number.</summary>
    private static long Shape(char first, char last, int length) => (long)length << 32 | (long)first << 16 | last;

    /// <summary>A key length's bit in a mask of lengths; lengths of 63 and more share the top bit.</summary>
    private static ulong LengthBit(int length) => 1UL << Math.Min(length, 63);
}
