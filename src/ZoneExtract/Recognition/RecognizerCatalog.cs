namespace ZoneExtract.Recognition;

/// <summary>
/// The pipeline's recognisers, in one place, and the domain words they add to jieba's dictionary.
/// Precedence (higher wins an overlap) is each recogniser's own <see cref="IEntityRecognizer.Precedence"/>.
/// Names, from <see cref="RecognizerPrecedence"/>: zone gazetteer 95 &gt; zone patterns 90 &gt; organisation
/// suffixes 85 &gt; company suffixes 80 &gt; company list contexts 70 &gt; company before a role 68 &gt; person after a title 65 &gt; learned model 50 &gt; place list 40.
/// </summary>
internal static class RecognizerCatalog
{
    /// <summary>
    /// MONEY, PERCENT and DATE: their spans are read character by character from the text and are exact, so
    /// they outrank name candidates (a name recogniser must not swallow 2020年 or 212亿元).
    /// </summary>
    public const int NumericPrecedence = 100;

    public static IReadOnlyList<IEntityRecognizer> CreateDefault(ZoneExtractorSettings? settings = null) =>
    [
        new Money.MoneyRecognizer(Money.CurrencyTable.Load()),
        new Percent.PercentRecognizer(),
        new Dates.DateRecognizer(Dates.DateWordTable.Load()),
        new Zones.ZoneGazetteerRecognizer(),
        new Zones.ZonePatternRecognizer(),
        new Names.OrganizationSuffixRecognizer(),
        new Names.CompanySuffixRecognizer(),
        new Names.CompanyListRecognizer(),
        new Names.CompanyRoleRecognizer(),
        new Names.PersonTitleRecognizer(),
        new Names.BylineRecognizer(),
        settings?.NameModelPath is { } modelPath ? new Model.NameModelRecognizer(Model.NameTagModel.LoadFile(modelPath)) : new Model.NameModelRecognizer(),
        new Places.PlaceListRecognizer(),
    ];

    /// <summary>
    /// Words added to jieba's dictionary at start-up so that names are not cut apart: the zone suffixes of
    /// three or more characters (微电园, 自贸试验区), which jieba otherwise splits (西永微|电园).
    /// The name model is trained on the same segmentation, so a change here needs a retrained model.
    /// </summary>
    public static IEnumerable<string> DomainWords() =>
        Zones.ZoneSuffixes.All.Select(s => s.Suffix).Where(s => s.Length >= 3);
}
