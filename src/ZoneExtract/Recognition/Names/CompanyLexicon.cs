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

    /// <summary>
    /// True when the text after a name (from <paramref name="end"/>) shows that the name acts as a business: a context word
    /// right after it (苹果股价, 长城旗下); or, past the name of a partner (及黑莓) and 的, a Latin-letter product name
    /// (苹果的iPhone) or a context word that closes a short phrase (苹果和黑莓的主要供应商). A product right after the
    /// name (奔驰S500L) is not enough: there the brand names the product, not the firm.
    /// </summary>
    public bool IsCompanyContext(string text, int end)
    {
        if (end >= text.Length) return false;
        if (_contextWords.TryLongestStartingAt(text, end, out _, out _)) return true;
        var at = AfterPartner(text, end);
        if (at >= text.Length || text[at] != '的') return false;
        at++;
        if (at < text.Length && char.IsAsciiLetter(text[at])) return true;
        for (var phraseEnd = at; phraseEnd < text.Length && phraseEnd - at <= MaxPhrase; phraseEnd++)
        {
            if (_contextWords.TryLongestStartingAt(text, phraseEnd, out _, out _)) return true;
            if (!Text.CharClass.IsIdeograph(text[phraseEnd])) return false;
        }
        return false;
    }

    /// <summary>The most characters between 的 and the context word that closes the phrase (的主要印刷电路板供应商).</summary>
    private const int MaxPhrase = 8;

    /// <summary>Past a coordinated name (及黑莓, 和黑莓, 、黑莓: a conjunction and two to four ideographs before 的), else <paramref name="end"/>.</summary>
    private static int AfterPartner(string text, int end)
    {
        if (text[end] is not ('及' or '和' or '与' or '、')) return end;
        var at = end + 1;
        while (at < text.Length && at - end <= 5 && Text.CharClass.IsIdeograph(text[at]) && text[at] != '的') at++;
        return at - end - 1 is >= 2 and <= 4 && at < text.Length && text[at] == '的' ? at : end;
    }

    private static NameLexicon.Entry Parse(string[] record) =>
        record.Length == 4
            ? new NameLexicon.Entry(record[0], Words(record[1]), OtherFormsDerived: true, Words(record[3]).ToHashSet(StringComparer.Ordinal))
            : throw new InvalidDataException($"companies.tsv: '{string.Join('\t', record)}' does not have 4 columns.");

    private static string[] Words(string column) => column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
