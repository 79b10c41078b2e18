namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// A string-keyed table that answers lookups on spans of the text without allocating. Most positions of a
/// text end no key, so a lookup first checks the last character against the keys' last characters.
/// </summary>
internal sealed class SpanTable<TValue>
{
    private readonly Dictionary<string, TValue> _table;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly bool[] _isLastChar = new bool[char.MaxValue + 1];

    public SpanTable(Dictionary<string, TValue> table)
    {
        _table = table;
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var key in table.Keys) if (key.Length > 0) _isLastChar[key[^1]] = true;
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
        if (key.IsEmpty || !_isLastChar[key[^1]])
        {
            value = default!;
            return false;
        }
        return _lookup.TryGetValue(key, out value!);
    }

    public bool Contains(ReadOnlySpan<char> key) => !key.IsEmpty && _isLastChar[key[^1]] && _lookup.ContainsKey(key);

    /// <summary>The longest key that ends at <paramref name="end"/> and is at least <paramref name="minLength"/> long.</summary>
    public bool TryLongestEndingAt(string text, int end, int minLength, out int start, out TValue value)
    {
        if (end == 0 || !_isLastChar[text[end - 1]])
        {
            start = -1;
            value = default!;
            return false;
        }
        for (var length = Math.Min(MaxLength, end); length >= Math.Max(1, minLength); length--)
        {
            if (_lookup.TryGetValue(text.AsSpan(end - length, length), out value!))
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
    public bool TryLongestStartingAt(string text, int start, out int length, out TValue value)
    {
        for (length = Math.Min(MaxLength, text.Length - start); length >= 1; length--)
        {
            if (_lookup.TryGetValue(text.AsSpan(start, length), out value!)) return true;
        }
        length = 0;
        value = default!;
        return false;
    }
}
