using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Companies from public lists (Names/Data/companies.tsv: listed companies by exchange short name, controlling groups,
/// Chinese names of well-known firms), each under its listed name and the short forms derived by rule (格力电器 → 格力),
/// mapped to the listed name. A form is ambiguous when the list marks it, when jieba's dictionary has it as a place
/// (中关村) or as common vocabulary (机器人, 苹果), or when it is made only of common words (建设工业): such a form is a
/// company only where the words after it say so (<see cref="IsCompanyContext"/>).
/// </summary>
internal sealed class CompanyLexicon
{
    private readonly SpanTable<bool> _contextWords;

    public CompanyLexicon(DataFiles data, CommonWords common, Segmentation.WordCutter cutter)
    {
        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords("companies.tsv"))
        {
            if (record.Length != 4) throw new InvalidDataException($"companies.tsv: '{string.Join('\t', record)}' does not have 4 columns.");
            var marked = Words(record[3]).ToHashSet(StringComparer.Ordinal);
            // a form shared by two entries keeps the first; the lists name the listed company before its controllers
            if (record[0].Length >= 2) forms.TryAdd(record[0], new Form(record[0], IsAmbiguous(record[0], marked, common, cutter), Derived: false));
            foreach (var form in Words(record[1]).Where(f => f.Length >= 2))
                forms.TryAdd(form, new Form(record[0], IsAmbiguous(form, marked, common, cutter), Derived: true));
        }
        Forms = new SpanTable<Form>(forms);
        _contextWords = data.ReadWordSet("company-context-words.tsv");
    }

    /// <summary>
    /// A form of a company's name: the listed name it stands for, whether it is also a common word, and whether it is a
    /// short form derived by rule (天风 of 天风证券), which names the firm only in a text that names it in full too.
    /// </summary>
    internal readonly record struct Form(string Name, bool Ambiguous, bool Derived);

    public SpanTable<Form> Forms { get; }

    /// <summary>True when the text right after a name (from <paramref name="end"/>) shows that the name acts as a business.</summary>
    public bool IsCompanyContext(string text, int end) =>
        end < text.Length && _contextWords.TryLongestStartingAt(text, end, out _, out _);

    private static bool IsAmbiguous(string form, HashSet<string> marked, CommonWords common, Segmentation.WordCutter cutter)
    {
        if (marked.Contains(form) || common.IsPlaceName(form)) return true;
        var words = new List<(int Start, int Length)>();
        cutter.Cut(form, words);
        return words.All(w => common.IsCommonNonProperWord(form.AsSpan(w.Start, w.Length)));
    }

    private static IEnumerable<string> Words(string column) => column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
