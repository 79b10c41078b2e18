namespace ZoneExtract;

/// <summary>Where a <see cref="ZoneExtractorResources"/> reads its data; every property is optional.</summary>
public sealed record ZoneExtractorSettings
{
    /// <summary>
    /// A folder holding jieba.NET's dictionaries (dict.txt, prob_*.json, pos_prob_*.json, char_state_tab.json).
    /// Null (the default) uses the <c>ZONEEXTRACT_JIEBA_DIR</c> environment variable, else the <c>jieba</c>
    /// folder that ZoneExtract ships next to its assembly. Part-of-speech tags come from jieba.NET, which loads
    /// its dictionaries once per process: extractors that ask for tags must agree on this folder (and on the zone
    /// suffixes of <see cref="DataDirectory"/>, which are added to its dictionary).
    /// </summary>
    public string? JiebaDirectory { get; init; }

    /// <summary>
    /// A folder of data files (gazetteers, lexicons, word lists, the name model) that replace the shipped ones of
    /// the same file name (for example <c>national-high-tech-zones.tsv</c> or <c>company-suffixes.tsv</c>); files it
    /// lacks come from the package. Null (the default) uses the shipped data only.
    /// </summary>
    public string? DataDirectory { get; init; }

    /// <summary>
    /// A name model (COMPANY, ORG, PERSON, LOC) written by <c>zoneextract train</c>, used instead of the one
    /// ZoneExtract ships. Null (the default) uses the shipped model (or <c>name-model.bin</c> of <see cref="DataDirectory"/>).
    /// </summary>
    public string? NameModelPath { get; init; }
}
