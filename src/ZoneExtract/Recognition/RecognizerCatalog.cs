namespace ZoneExtract.Recognition;

/// <summary>
/// The pipeline's recognisers, in one place, and the domain words they add to jieba's dictionary.
/// Precedence (higher wins an overlap) is each recogniser's own <see cref="IEntityRecognizer.Precedence"/>.
/// </summary>
internal static class RecognizerCatalog
{
    /// <summary>
    /// MONEY, PERCENT and DATE: their spans are read character by character from the text and are exact, so
    /// they outrank name candidates (a name recogniser must not swallow 2020年 or 212亿元).
    /// </summary>
    public const int NumericPrecedence = 100;

    public static IReadOnlyList<IEntityRecognizer> CreateDefault() =>
    [
        new Money.MoneyRecognizer(),
        new Percent.PercentRecognizer(),
        new Dates.DateRecognizer(),
    ];

    /// <summary>Words added to jieba's dictionary at start-up so that names are not cut apart.</summary>
    public static IEnumerable<string> DomainWords() => [];
}
