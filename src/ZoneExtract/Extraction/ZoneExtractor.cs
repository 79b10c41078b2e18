using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Facts;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract;

/// <summary>
/// Extracts typed, normalised entities from Chinese text. Build one and share it: construction loads
/// jieba's dictionary (about a second, once per process), and <see cref="Extract"/> is thread-safe.
/// </summary>
/// <example>
/// <code>
/// var extractor = new ZoneExtractor();
/// var result = extractor.Extract(text, new ExtractionOptions { ReferenceDate = new DateOnly(2020, 11, 23) });
/// foreach (var money in result.Money) Console.WriteLine($"{money.Text} = {money.Amount} {money.Currency}");
/// </code>
/// </example>
public sealed class ZoneExtractor
{
    private readonly Segmenter _segmenter;
    private readonly IReadOnlyList<IEntityRecognizer> _recognizers;
    private readonly FactRecognizer _facts = new(IndicatorLexicon.LoadEmbedded());

    /// <summary>Builds an extractor, loading the segmenter's dictionaries if this process has not yet.</summary>
    /// <param name="settings">Optional settings; null uses the defaults.</param>
    /// <exception cref="SegmenterResourcesException">jieba.NET's dictionaries are missing or incomplete.</exception>
    /// <exception cref="InvalidDataException">The file of <see cref="ZoneExtractorSettings.NameModelPath"/> is not a name model of this version.</exception>
    public ZoneExtractor(ZoneExtractorSettings? settings = null)
    {
        _recognizers = RecognizerCatalog.CreateDefault(settings);
        var (cutter, posSegmenter) = JiebaRuntime.Initialize(settings?.JiebaDirectory, RecognizerCatalog.DomainWords());
        _segmenter = new Segmenter(cutter, posSegmenter);
    }

    /// <summary>Extracts the entities of <paramref name="text"/>.</summary>
    /// <param name="text">The text; offsets in the result refer to this exact string.</param>
    /// <param name="options">Reference date, labels and tagging; null uses <see cref="ExtractionOptions.Default"/>.</param>
    /// <param name="cancellationToken">Cancels a long extraction between stages.</param>
    /// <returns>An immutable result; empty for empty or whitespace text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public ExtractionResult Extract(string text, ExtractionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        options ??= ExtractionOptions.Default;
        if (string.IsNullOrWhiteSpace(text)) return new ExtractionResult(text, options.ReferenceDate, [], []);

        cancellationToken.ThrowIfCancellationRequested();
        var folded = WidthNormalizer.Fold(text);
        var tokens = _segmenter.Segment(text, SegmentationView.Create(folded), options.IncludePosTags);
        var document = new Document(text, folded, tokens, options.ReferenceDate, options.Labels);

        var candidates = new List<(Entity, int)>();
        var found = new List<Entity>();
        foreach (var recognizer in _recognizers)
        {
            if (!document.Wants(recognizer.Labels)) continue;
            cancellationToken.ThrowIfCancellationRequested();
            found.Clear();
            recognizer.Recognize(document, found, cancellationToken);
            foreach (var entity in found) candidates.Add((entity, recognizer.Precedence));
        }
        var entities = DocumentConsistency.Spread(document, EntityMerger.Merge(text, candidates, options.Labels));
        var facts = options.IncludeFacts ? _facts.Recognize(text, folded, entities) : [];
        return new ExtractionResult(text, options.ReferenceDate, entities, tokens, facts);
    }
}
