using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>The embedded heads of company and organisation names (Names/Data/*.tsv, each headed by its source).</summary>
internal static class NameLexicons
{
    private static readonly Lazy<SpanTable<bool>> CompanyTable = new(() => Load("ZoneExtract.Names.company-suffixes.tsv"));
    private static readonly Lazy<SpanTable<bool>> OrganizationTable = new(() => Load("ZoneExtract.Names.organization-suffixes.tsv"));

    public static SpanTable<bool> CompanySuffixes => CompanyTable.Value;

    public static SpanTable<bool> OrganizationSuffixes => OrganizationTable.Value;

    private static SpanTable<bool> Load(string name) =>
        new(EmbeddedData.ReadWords(name).Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => true, StringComparer.Ordinal));
}
