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
        var zoneAreas = new Zones.ZoneAreas(resources.Places, resources.ZoneAreaWords);
        var leadingPlaces = new Zones.LeadingPlaces(names.Places, names.AllPlaces, names.Common);
        return
        [
            new Money.MoneyRecognizer(resources.Currencies),
            new Percent.PercentRecognizer(),
            new Dates.DateRecognizer(resources.CalendarWords),
            new Zones.ZoneGazetteerRecognizer(resources.Zones, zoneAreas, leadingPlaces),
            new Zones.ZonePatternRecognizer(resources.Zones, resources.ZoneSuffixes, zoneAreas, leadingPlaces, names, resources.ValleyMorphemes, resources.ZoneNamedVenueWords, resources.Companies.Listed),
            new Names.OrganizationSuffixRecognizer(names, resources.Companies.Listed, resources.Organizations),
            new Names.CompanySuffixRecognizer(names, resources.Companies.Listed),
            new Names.LatinCompanyRecognizer(names),
            new Names.CompanyRiskWarningRecognizer(names),
            new Names.ListedNameRecognizer(resources.Companies.Listed, EntityLabel.Company, RecognizerPrecedence.CompanyLexicon,
                names.Lexicons.CompanySuffixes, resources.Companies.IsCompanyContext, names.Prefix,
                (start, length, text) => new CompanyEntity(start, length, text), resources.Places.All, resources.Companies.HeadsLongerName,
                resources.Companies.ChinaUnitEnd, new Lexicon.SpanTable<bool>(names.Lexicons.FirmGroupNouns.ToDictionary(noun => noun, _ => true, StringComparer.Ordinal)),
                resources.Places.ForeignCountries),
            new Names.ListedNameRecognizer(resources.Organizations, EntityLabel.Organization, RecognizerPrecedence.OrganizationLexicon,
                names.Lexicons.OrganizationSuffixes, (_, _) => false, names.Prefix,
                (start, length, text) => new OrganizationEntity(start, length, text)),
            new Names.ReporterOutletRecognizer(names, resources.MediaCues),
            new Names.AttributedOutletRecognizer(names, resources.MediaCues),
            new Names.CompanyListRecognizer(names),
            new Names.CompanyRoleRecognizer(names),
            new Names.CompanyKindLatinRecognizer(names),
            new Names.PersonTitleRecognizer(names),
            new Names.BylineRecognizer(names),
            new Names.PersonSpeechRecognizer(names, resources.SpeechVerbs),
            new Places.TownshipListRecognizer(resources.Places, names.Common),
            new Places.RoadSegmentEndsRecognizer(resources.Places, names.Common),
            new Places.PlaceBeforeFreightTrainRecognizer(resources.Places),
            new Places.TownChainRecognizer(resources.Places, names.Common, names.Lexicons),
            new Model.NameModelRecognizer(resources.NameModel, Model.ModelLexicons.From(resources)),
            new Places.PlaceListRecognizer(resources.Places),
            new Places.VillageNameRecognizer(names.Common),
            new Places.WaterBodyRecognizer(resources.Places, names.Common),
        ];
    }
}
