namespace ZoneExtract.Recognition;

/// <summary>
/// The pipeline's recognisers, in one place, built on one <see cref="ZoneExtractorResources"/>.
/// Precedence (higher wins an overlap) is each recogniser's own <see cref="IEntityRecognizer.Precedence"/>,
/// from the one table <see cref="RecognizerPrecedence"/>.
/// </summary>
internal static class RecognizerCatalog
{
    public static IReadOnlyList<IEntityRecognizer> CreateDefault(ZoneExtractorResources resources)
    {
        var names = resources.Names;
        return
        [
            new Money.MoneyRecognizer(),
            new Percent.PercentRecognizer(),
            new Dates.DateRecognizer(),
            new Zones.ZoneGazetteerRecognizer(resources.Zones, resources.ZoneSuffixes, names.Places),
            new Zones.ZonePatternRecognizer(resources.Zones, resources.ZoneSuffixes, names.Prefix, resources.ValleyMorphemes),
            new Names.OrganizationSuffixRecognizer(names),
            new Names.CompanySuffixRecognizer(names),
            new Names.CompanyLexiconRecognizer(resources.Companies, names),
            new Names.CompanyListRecognizer(names),
            new Names.CompanyRoleRecognizer(names),
            new Names.PersonTitleRecognizer(names),
            new Names.BylineRecognizer(names),
            new Model.NameModelRecognizer(resources.NameModel, Model.ModelLexicons.From(resources)),
            new Places.PlaceListRecognizer(resources.Places),
        ];
    }
}
