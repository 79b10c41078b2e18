namespace ZoneExtract.Recognition;

/// <summary>
/// Finds the entities that overlap a span without reading them all: the entities sorted by start (a stable sort, so
/// entities that start together keep their order) and a binary search from the furthest start that the longest entity
/// allows. A document-level step that asks about every list or every mention of a name stays linear in the text.
/// </summary>
internal sealed class OverlapIndex
{
    private readonly Entity[] _byStart;
    private readonly int _longest;

    public OverlapIndex(IEnumerable<Entity> entities)
    {
        _byStart = [.. entities];
        // the merger's output is sorted already; a stable sort of a sorted list leaves it as it is
        if (!IsSortedByStart(_byStart)) _byStart = [.. _byStart.OrderBy(e => e.Start)];
        _longest = _byStart.Length == 0 ? 0 : _byStart.Max(e => e.Length);
    }

    /// <summary>The entities with <c>Start &lt; end</c> and <c>End &gt; start</c>, in start order.</summary>
    private static bool IsSortedByStart(Entity[] entities)
    {
        for (var i = 1; i < entities.Length; i++) if (entities[i].Start < entities[i - 1].Start) return false;
        return true;
    }

    public List<Entity> Overlapping(int start, int end)
    {
        var found = new List<Entity>();
        for (var i = FirstStartingAtOrAfter(start - _longest); i < _byStart.Length && _byStart[i].Start < end; i++)
        {
            if (_byStart[i].End > start) found.Add(_byStart[i]);
        }
        return found;
    }

    private int FirstStartingAtOrAfter(int position) => FirstStartingAtOrAfter(_byStart, position);

    /// <summary>The index of the first entity of <paramref name="byStart"/> (sorted by start) that starts at or after <paramref name="position"/>.</summary>
    public static int FirstStartingAtOrAfter(IReadOnlyList<Entity> byStart, int position)
    {
        int low = 0, high = byStart.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (byStart[middle].Start < position) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
