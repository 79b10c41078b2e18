namespace ZoneExtract;

/// <summary>
/// Extracts a text of any length in bounded memory: a text longer than the window is cut by
/// <see cref="TextWindows"/> into windows at paragraph breaks, each extracted alone with some context on both
/// sides, and each window keeps the entities that start in its core, so that the overlaps give no duplicates.
/// A text no longer than the window is extracted whole, exactly as <see cref="ZoneExtractor.Extract"/> does.
/// </summary>
/// <remarks>
/// Segmentation and entities cost about 70 bytes a character at their peak; a window caps that, and the result
/// of a windowed text holds its entities but no tokens (they would cost as much again as the text).
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
        var entities = new List<Entity>();
        foreach (var window in TextWindows.Plan(text, _windowLength, _context))
        {
            var result = _extractor.Extract(text[window.Start..window.End], options, cancellationToken);
            foreach (var entity in result.Entities)
            {
                var start = window.Start + entity.Start;
                if (start >= window.CoreStart && start < window.CoreEnd) entities.Add(entity with { Start = start });
            }
        }
        return new ExtractionResult(text, options.ReferenceDate, entities, []);
    }
}
