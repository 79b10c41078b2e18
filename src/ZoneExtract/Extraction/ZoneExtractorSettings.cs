namespace ZoneExtract;

/// <summary>Process-level settings of a <see cref="ZoneExtractor"/>, fixed when it is built.</summary>
public sealed record ZoneExtractorSettings
{
    /// <summary>
    /// A folder holding jieba.NET's dictionaries (dict.txt, prob_*.json, pos_prob_*.json, char_state_tab.json).
    /// Null (the default) uses the <c>ZONEEXTRACT_JIEBA_DIR</c> environment variable, else the <c>jieba</c>
    /// folder that ZoneExtract ships next to its assembly. jieba.NET loads dictionaries once per process,
    /// so every extractor of a process must agree on this folder.
    /// </summary>
    public string? JiebaDirectory { get; init; }

    /// <summary>
    /// A name model (COMPANY, ORG, PERSON, LOC) written by <c>zoneextract train</c>, used instead of the one
    /// ZoneExtract ships. Null (the default) uses the shipped model.
    /// </summary>
    public string? NameModelPath { get; init; }
}
