namespace ZoneExtract.Recognition;

/// <summary>
/// The pipeline's recognisers, in one place, and the domain words they add to jieba's dictionary.
/// Precedence (higher wins an overlap) is each recogniser's own <see cref="IEntityRecognizer.Precedence"/>.
/// Names, from <see cref="RecognizerPrecedence"/>: zone gazetteer 95 &gt; zone patterns 90 &gt; organisation
/// suffixes 85 &gt; company suffixes 80 &gt; company list contexts 70 &gt; place list 60 &gt; learned model 50.
/// </summary>
internal static class RecognizerCatalog
{
    public static IReadOnlyList<IEntityRecognizer> CreateDefault() =>
    [
        new Zones.ZoneGazetteerRecognizer(),
        new Zones.ZonePatternRecognizer(),
    ];

    /// <summary>Words added to jieba's dictionary at start-up so that names are not cut apart.</summary>
    public static IEnumerable<string> DomainWords() => [];
}
