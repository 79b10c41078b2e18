namespace ZoneExtract.Recognition;

/// <summary>
/// The pipeline's recognisers, in one place, and the domain words they add to jieba's dictionary.
/// Precedence (higher wins an overlap) is each recogniser's own <see cref="IEntityRecognizer.Precedence"/>.
/// </summary>
internal static class RecognizerCatalog
{
    public static IReadOnlyList<IEntityRecognizer> CreateDefault() =>
    [
    ];

    /// <summary>Words added to jieba's dictionary at start-up so that names are not cut apart.</summary>
    public static IEnumerable<string> DomainWords() => [];
}
