namespace ZoneExtract.Recognition.Lexicon;

/// <summary>A string-keyed table that answers lookups on spans of the text without allocating.</summary>
internal sealed class SpanTable<TValue>
{
    private readonly Dictionary<string, TValue> _table;
    private readonly Dictionary<string, TValue>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public SpanTable(Dictionary<string, TValue> table)
    {
        _table = table;
        _lookup = table.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxLength = table.Count == 0 ? 0 : table.Keys.Max(k => k.Length);
    }

    public int MaxLength { get; }

    public int Count => _table.Count;

    public bool TryGet(ReadOnlySpan<char> key, out TValue value) => _lookup.TryGetValue(key, out value!);

    public bool Contains(ReadOnlySpan<char> key) => _lookup.ContainsKey(key);

    /// <summary>The longest key that ends at <paramref name="end"/> and is at least <paramref name="minLength"/> long.</summary>
    public bool TryLongestEndingAt(string text, int end, int minLength, out int start, out TValue value)
    {
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
