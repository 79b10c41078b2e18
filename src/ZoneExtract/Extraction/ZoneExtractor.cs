using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Facts;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract;

/// <summary>
/// Extracts typed, normalised entities from Chinese text. Build one and share it: construction loads
/// the resources (about half a second) unless it is given loaded ones, and <see cref="Extract"/> is thread-safe.
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
    private readonly DocumentConsistency _consistency;
    private readonly OrganizationUnits _organizationUnits;
    private readonly ListContinuation _lists;
    private readonly CompanyBranches _branches;
    private readonly PlaceNamedOrganizations _placeOrganizations;
    private readonly GenericBodyMentions _genericBodyMentions;
    private readonly FactRecognizer _facts;

    /// <summary>Builds an extractor, loading the resources that <paramref name="settings"/> name.</summary>
    /// <param name="settings">Optional settings; null uses the shipped resources.</param>
    /// <exception cref="SegmenterResourcesException">jieba.NET's dictionaries are missing or incomplete.</exception>
    /// <exception cref="DirectoryNotFoundException"><see cref="ZoneExtractorSettings.DataDirectory"/> does not exist.</exception>
    /// <exception cref="InvalidDataException">A data file, or the file of <see cref="ZoneExtractorSettings.NameModelPath"/>, is malformed.</exception>
    public ZoneExtractor(ZoneExtractorSettings? settings = null)
        : this(ZoneExtractorResources.Load(settings))
    {
    }

    /// <summary>Builds an extractor on resources already loaded (cheap: no file is read).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    public ZoneExtractor(ZoneExtractorResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        Resources = resources;
        _segmenter = resources.Segmenter;
        _recognizers = RecognizerCatalog.CreateDefault(resources);
        _consistency = new DocumentConsistency(resources.Names, resources.Places, resources.Zones, resources.Companies.Listed);
        _organizationUnits = new OrganizationUnits(resources.OrganizationUnitHeads, resources.Names);
        _lists = new ListContinuation(resources.Names);
        _branches = new CompanyBranches(resources.Names);
        _placeOrganizations = new PlaceNamedOrganizations(resources.Names);
        _genericBodyMentions = new GenericBodyMentions(resources.Names);
        _facts = new FactRecognizer(resources.Indicators);
    }

    /// <summary>The resources this extractor reads.</summary>
    public ZoneExtractorResources Resources { get; }

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
        var merged = EntityMerger.Merge(text, candidates, options.Labels, Resources.Names);
        var units = _genericBodyMentions.Relabel(document, _organizationUnits.Extend(document, _placeOrganizations.Relabel(document, merged)));
        units = Recognition.Names.OrganizationAcronyms.Extend(document, Recognition.Names.OrganizationPartyCommittees.Extend(document, units, Resources.Names.Lexicons));
        var grouped = _lists.Extend(document, _branches.Extend(document, units));
        var entities = _consistency.Spread(document, grouped);
        var facts = options.IncludeFacts ? _facts.Recognize(text, folded, entities, document.Words) : [];
        return new ExtractionResult(text, options.ReferenceDate, entities, tokens, facts);
    }
}
