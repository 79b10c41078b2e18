using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// The head words that make a name a zone name, with the zone class each implies (Zones/Data/zone-suffixes.tsv).
/// The longest matches, so that 高新技术产业开发区 wins over 开发区 and 综合保税区 over 保税区.
/// </summary>
internal sealed class ZoneSuffixes
{
    private readonly Dictionary<char, (string Suffix, ZoneKind Kind)[]> _byLastChar;
    private readonly HashSet<string> _twoPartiesOnly;

    public ZoneSuffixes(DataFiles data)
    {
        var records = data.ReadRecords("zone-suffixes.tsv").Select(Parse).ToArray();
        All = records.Select(r => (r.Suffix, r.Kind)).ToArray();
        DictionaryWords = records.Where(r => r.Use == Word && r.Suffix.Length >= 3).Select(r => r.Suffix).ToArray();
        _twoPartiesOnly = records.Where(r => r.Use == TwoParties).Select(r => r.Suffix).ToHashSet();
        _byLastChar = All.GroupBy(s => s.Suffix[^1]).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Suffix.Length).ToArray());
    }

    /// <summary>Every suffix with its class, in the file's order.</summary>
    public IReadOnlyList<(string Suffix, ZoneKind Kind)> All { get; }

    /// <summary>
    /// The suffixes of three or more characters that the segmenter's dictionary gets as words (微电园, 自贸试验区); a suffix
    /// marked <c>not-a-word</c> is matched over jieba's own words instead (化工|园区), so that it never cuts a longer
    /// compound apart (精细化工).
    /// </summary>
    public IReadOnlyList<string> DictionaryWords { get; }

    /// <summary>
    /// True for a suffix marked <c>two-parties</c>: it makes a zone only after two countries and a bracketed city
    /// (中以(上海)创新园), since alone it heads gardens and farms as well (生态园); like <c>not-a-word</c> it is matched over
    /// jieba's own words.
    /// </summary>
    public bool NeedsTwoParties(string suffix) => _twoPartiesOnly.Contains(suffix);

    /// <summary>The longest zone suffix ending at <paramref name="end"/> (exclusive), if any.</summary>
    public bool TryMatchEndingAt(string text, int end, out string suffix, out ZoneKind kind)
    {
        if (end > 0 && _byLastChar.TryGetValue(text[end - 1], out var candidates))
        {
            foreach (var (s, k) in candidates)
            {
                // the character before the last one first: most suffixes sharing the last character (区) differ there
                if (s.Length <= end && (s.Length == 1 || text[end - 2] == s[^2]) && text.AsSpan(end - s.Length, s.Length).SequenceEqual(s))
                {
                    (suffix, kind) = (s, k);
                    return true;
                }
            }
        }
        (suffix, kind) = (string.Empty, ZoneKind.Other);
        return false;
    }

    /// <summary>The class of a zone name, from its longest known suffix (谷 names are valleys).</summary>
    public ZoneKind KindOf(string name)
    {
        if (TryMatchEndingAt(name, name.Length, out _, out var kind)) return kind;
        return name.EndsWith('谷') ? ZoneKind.Valley : ZoneKind.Other;
    }

    private const string NotAWord = "not-a-word";
    private const string TwoPartiesMark = "two-parties";
    private const int Word = 0;
    private const int NotWord = 1;
    private const int TwoParties = 2;

    private static (string Suffix, ZoneKind Kind, int Use) Parse(string[] record) =>
        record.Length is 2 or 3 && Enum.TryParse<ZoneKind>(record[1], out var kind) && (record.Length == 2 || record[2] is NotAWord or TwoPartiesMark)
            ? (record[0], kind, record.Length == 2 ? Word : record[2] == NotAWord ? NotWord : TwoParties)
            : throw new InvalidDataException($"zone-suffixes.tsv: '{string.Join('\t', record)}' is not 'suffix<TAB>ZoneKind[<TAB>{NotAWord}|{TwoPartiesMark}]'.");
}
