using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Companies from public lists (Names/Data/companies.tsv: listed companies by exchange short name, central state-owned
/// groups, Hong Kong listings, Chinese names of well-known firms) with the short forms derived by rule (格力电器 → 格力),
/// and the words that show a name acting as a business (company-context-words.tsv), which an ambiguous form needs.
/// </summary>
internal sealed class CompanyLexicon
{
    private readonly SpanTable<bool> _contextWords;

    public CompanyLexicon(DataFiles data, CommonWords common, WordCutter cutter)
    {
        Names = new NameLexicon(data.ReadRecords("companies.tsv").Select(Parse), common, cutter, judgeByVocabulary: true);
        _contextWords = data.ReadWordSet("company-context-words.tsv");
    }

    public NameLexicon Names { get; }

    /// <summary>True when the text right after a name (from <paramref name="end"/>) shows that the name acts as a business (股价, 旗下, 董事长).</summary>
    public bool IsCompanyContext(string text, int end) =>
        end < text.Length && _contextWords.TryLongestStartingAt(text, end, out _, out _);

    private static NameLexicon.Entry Parse(string[] record) =>
        record.Length == 4
            ? new NameLexicon.Entry(record[0], Words(record[1]), OtherFormsDerived: true, Words(record[3]).ToHashSet(StringComparer.Ordinal))
            : throw new InvalidDataException($"companies.tsv: '{string.Join('\t', record)}' does not have 4 columns.");

    private static string[] Words(string column) => column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
