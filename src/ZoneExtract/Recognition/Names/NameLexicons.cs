using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>The embedded name lexicons (Names/Data/*.tsv, each headed by its source): company and organisation heads, surnames, titles, corporate roles.</summary>
internal static class NameLexicons
{
    private static readonly Lazy<SpanTable<bool>> CompanyTable = new(() => Load("ZoneExtract.Names.company-suffixes.tsv"));
    private static readonly Lazy<SpanTable<bool>> OrganizationTable = new(() => Load("ZoneExtract.Names.organization-suffixes.tsv"));

    private static readonly Lazy<SpanTable<bool>> SurnameTable = new(() => Load("ZoneExtract.Names.surnames.tsv"));
    private static readonly Lazy<SpanTable<bool>> TitleTable = new(() => Load("ZoneExtract.Names.person-titles.tsv"));
    private static readonly Lazy<SpanTable<bool>> CompanyRoleTable = new(() => Load("ZoneExtract.Names.company-roles.tsv"));
    private static readonly Lazy<SpanTable<bool>> RegulatorTable = new(() => Load("ZoneExtract.Names.regulator-acronyms.tsv"));
    private static readonly Lazy<HashSet<char>> TransliterationTable = new(() =>
        EmbeddedData.ReadWords("ZoneExtract.Names.transliteration-characters.tsv").Select(w => w[0]).ToHashSet());
    private static readonly Lazy<SpanTable<bool>> MarkTable = new(() => Load("ZoneExtract.Names.certification-marks.tsv"));

    public static SpanTable<bool> CompanySuffixes => CompanyTable.Value;

    /// <summary>True when <paramref name="name"/> starts with a common surname (compound ones included).</summary>
    public static bool StartsWithSurname(ReadOnlySpan<char> name) =>
        name.Length >= 1 && (SurnameTable.Value.Contains(name[..1]) || (name.Length >= 2 && SurnameTable.Value.Contains(name[..2])));

    /// <summary>The length of the surname that <paramref name="name"/> starts with: 2 for a compound one (欧阳), 1 for a single one, 0 for none.</summary>
    public static int SurnameLength(ReadOnlySpan<char> name) =>
        name.Length >= 2 && SurnameTable.Value.Contains(name[..2]) ? 2 : name.Length >= 1 && SurnameTable.Value.Contains(name[..1]) ? 1 : 0;

    /// <summary>True when <paramref name="word"/> is or ends with a title that precedes names (董事长, 本报记者).</summary>
    public static bool EndsWithTitle(string word) => TitleTable.Value.TryLongestEndingAt(word, word.Length, 2, out _, out _);

    /// <summary>Corporate role titles (董事长, 总裁, CEO): only a business enterprise has them.</summary>
    public static SpanTable<bool> CompanyRoles => CompanyRoleTable.Value;

    public static SpanTable<bool> OrganizationSuffixes => OrganizationTable.Value;

    /// <summary>True when every character of <paramref name="name"/> is one of the standard transliteration characters (温格, 马尔科维奇).</summary>
    public static bool IsTransliteration(ReadOnlySpan<char> name)
    {
        foreach (var c in name) if (!TransliterationTable.Value.Contains(c)) return false;
        return !name.IsEmpty;
    }

    /// <summary>Latin acronyms of government regulators (FDA, NMPA): an agency, never a company.</summary>
    public static SpanTable<bool> RegulatorAcronyms => RegulatorTable.Value;

    /// <summary>Certification marks (CE, CCC): neither a company nor an organisation.</summary>
    public static SpanTable<bool> CertificationMarks => MarkTable.Value;

    private static SpanTable<bool> Load(string name) =>
        new(EmbeddedData.ReadWords(name).Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => true, StringComparer.Ordinal));
}
