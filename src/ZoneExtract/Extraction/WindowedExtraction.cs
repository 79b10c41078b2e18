namespace ZoneExtract;

/// <summary>
/// Extracts a text of any length in bounded memory: a text longer than the window is cut by
/// <see cref="TextWindows"/> into windows at paragraph breaks, each extracted alone with some context on both
/// sides, and each window keeps the entities that start in its core, so that the overlaps give no duplicates.
/// A text no longer than the window is extracted whole, exactly as <see cref="ZoneExtractor.Extract"/> does. Facts
/// are kept the same way, by where their indicator starts, and point to the kept entities.
/// </summary>
/// <remarks>
/// Segmentation and entities cost about 70 bytes a character at their peak; a window caps that, and the result
/// of a windowed text holds its entities but no tokens (they would cost as much again as the text), so its windows are
/// segmented without part-of-speech tags even when <see cref="ExtractionOptions.IncludePosTags"/> asks for them.
/// </remarks>
internal sealed class WindowedExtraction
{
    /// <summary>The default core of a window, in characters: a long report, a few megabytes of working memory.</summary>
    public const int DefaultWindowLength = 64 * 1024;

    /// <summary>
    /// The default context beyond a core on each side: several sentences, far more than the longest entity or
    /// the widest look-around of a recogniser (a list of company names, a title before a name).
    /// </summary>
    public const int DefaultContext = 2 * 1024;

    private readonly ZoneExtractor _extractor;
    private readonly int _windowLength;
    private readonly int _context;

    public WindowedExtraction(ZoneExtractor extractor, int windowLength = DefaultWindowLength, int context = DefaultContext)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentOutOfRangeException.ThrowIfLessThan(windowLength, 2);
        ArgumentOutOfRangeException.ThrowIfNegative(context);
        _extractor = extractor;
        _windowLength = windowLength;
        _context = context;
    }

    public ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= _windowLength) return _extractor.Extract(text, options, cancellationToken);
        options ??= ExtractionOptions.Default;
        // a window's tokens are dropped, so part-of-speech tags (several times the cost of plain segmentation) would be wasted
        var windowOptions = options with { IncludePosTags = false };
        var entities = new List<Entity>();
        var facts = new List<(Fact Fact, int Shift)>();
        foreach (var window in TextWindows.Plan(text, _windowLength, _context))
        {
            var result = _extractor.Extract(text[window.Start..window.End], windowOptions, cancellationToken);
            foreach (var entity in result.Entities)
            {
                var start = window.Start + entity.Start;
                if (start >= window.CoreStart && start < window.CoreEnd) entities.Add(entity with { Start = start });
            }
            foreach (var fact in result.Facts)
            {
                var start = window.Start + fact.Start;
                if (start >= window.CoreStart && start < window.CoreEnd) facts.Add((fact, window.Start));
            }
        }
        return new ExtractionResult(text, options.ReferenceDate, entities, [], PointToKeptEntities(facts, entities));
    }

    /// <summary>
    /// A fact's parts become the kept entities of the same span and label (the window that kept a part may be the one
    /// before); a part that no window kept is dropped, and a fact left without a figure with it. The entities are in
    /// text order, so a part is found by a binary search, and nothing but the final facts is allocated.
    /// </summary>
    private static List<Fact> PointToKeptEntities(List<(Fact Fact, int Shift)> facts, List<Entity> entities)
    {
        var result = new List<Fact>(facts.Count);
        foreach (var (fact, shift) in facts)
        {
            var rate = Kept(entities, fact.Change?.Rate, shift);
            var kept = fact with
            {
                Start = fact.Start + shift,
                Subject = Kept(entities, fact.Subject, shift),
                Value = Kept(entities, fact.Value, shift),
                Change = fact.Change is { } change && rate is not null ? change with { Rate = rate } : null,
                Period = Kept(entities, fact.Period, shift),
            };
            if (kept.Value is not null || kept.Change is not null) result.Add(kept);
        }
        return result;
    }

    private static T? Kept<T>(List<Entity> entities, T? part, int shift) where T : Entity
    {
        if (part is null) return null;
        var start = part.Start + shift;
        int low = 0, high = entities.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (entities[middle].Start < start) low = middle + 1;
            else high = middle;
        }
        for (var i = low; i < entities.Count && entities[i].Start == start; i++)
        {
            if (entities[i].Length == part.Length && entities[i].Label == part.Label) return entities[i] as T;
        }
        return null;
    }
}
