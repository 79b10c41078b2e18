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
/// <see cref="Stream"/> goes further for a text read from a <see cref="TextReader"/>: it hands the entities and facts
/// on window by window and holds neither the text nor what was handed on.
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
        TextWindows.CheckSizes(windowLength, context);
        _extractor = extractor;
        _windowLength = windowLength;
        _context = context;
    }

    public ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= _windowLength) return _extractor.Extract(text, options, cancellationToken);
        options ??= ExtractionOptions.Default;
        var entities = new List<Entity>();
        var facts = new List<Fact>();
        using var reader = new StringReader(text);
        foreach (var piece in Stream(reader, options, cancellationToken))
        {
            entities.AddRange(piece.Entities);
            facts.AddRange(piece.Facts);
        }
        return new ExtractionResult(text, options.ReferenceDate, entities, [], facts);
    }

    /// <summary>
    /// Extracts the text <paramref name="reader"/> gives, window by window: each piece holds the entities one window
    /// kept (offsets into the whole text, in text order) and the facts whose parts are all known by then, whose parts
    /// are entities of this piece or of earlier ones. A window's tokens are dropped, so it is segmented without
    /// part-of-speech tags.
    /// </summary>
    public IEnumerable<WindowedPiece> Stream(TextReader reader, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var windowOptions = (options ?? ExtractionOptions.Default) with { IncludePosTags = false };
        var kept = new KeptEntities();
        var waiting = new Queue<(TextWindow Window, Fact Fact)>();
        foreach (var (window, text) in new TextWindowReader(reader, _windowLength, _context).Read(cancellationToken))
        {
            var result = _extractor.Extract(text, windowOptions, cancellationToken);
            var entities = new List<Entity>();
            foreach (var entity in result.Entities)
            {
                var start = window.Start + entity.Start;
                if (start >= window.CoreStart && start < window.CoreEnd) entities.Add(entity with { Start = start });
            }
            kept.AddRange(entities);
            foreach (var fact in result.Facts)
            {
                var start = window.Start + fact.Start;
                if (start >= window.CoreStart && start < window.CoreEnd) waiting.Enqueue((window, fact));
            }
            // a fact's parts lie in its window, whose entities are all kept once the cores have passed its end
            var facts = new List<Fact>();
            while (waiting.TryPeek(out var next) && next.Window.End <= window.CoreEnd)
            {
                if (kept.PointTo(waiting.Dequeue()) is { } fact) facts.Add(fact);
            }
            yield return new WindowedPiece(window, text, entities, facts);
            // the next window starts no further back than a look behind from this core's end
            kept.Forget(before: Math.Min(waiting.TryPeek(out var first) ? first.Window.Start : int.MaxValue, window.CoreEnd - TextWindows.LookBehind(_context)));
        }
    }

    /// <summary>The entities kept so far that a waiting fact may still point to, in text order.</summary>
    private sealed class KeptEntities
    {
        private readonly List<Entity> _entities = [];

        public void AddRange(List<Entity> entities) => _entities.AddRange(entities);

        public void Forget(int before)
        {
            var count = 0;
            while (count < _entities.Count && _entities[count].Start < before) count++;
            _entities.RemoveRange(0, count);
        }

        /// <summary>
        /// A fact whose parts are the kept entities of the same span and label (the window that kept a part may be
        /// another); a part that no window kept is dropped, and the fact with it if it is left without a figure.
        /// </summary>
        public Fact? PointTo((TextWindow Window, Fact Fact) waiting)
        {
            var (fact, shift) = (waiting.Fact, waiting.Window.Start);
            var rate = Kept(fact.Change?.Rate, shift);
            var kept = fact with
            {
                Start = fact.Start + shift,
                Subject = Kept(fact.Subject, shift),
                Value = Kept(fact.Value, shift),
                Change = fact.Change is { } change && rate is not null ? change with { Rate = rate } : null,
                Period = Kept(fact.Period, shift),
            };
            return kept.Value is not null || kept.Change is not null ? kept : null;
        }

        /// <summary>The kept entity of a part's span and label, found by a binary search on its start.</summary>
        private T? Kept<T>(T? part, int shift) where T : Entity
        {
            if (part is null) return null;
            var start = part.Start + shift;
            for (var i = Recognition.OverlapIndex.FirstStartingAtOrAfter(_entities, start); i < _entities.Count && _entities[i].Start == start; i++)
            {
                if (_entities[i].Length == part.Length && _entities[i].Label == part.Label) return _entities[i] as T;
            }
            return null;
        }
    }
}

/// <summary>
/// What one window of a streamed extraction hands on: the window and its characters, its kept entities and the facts
/// that became complete. The last window ends the text, so every fact is complete by then.
/// </summary>
internal sealed record WindowedPiece(TextWindow Window, string Text, IReadOnlyList<Entity> Entities, IReadOnlyList<Fact> Facts);
