using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// Chinese provinces and prefecture-level divisions (the Ministry of Civil Affairs' division codes), each under
/// its official name and the short form news uses (贵州省 → 贵州, 广西壮族自治区 → 广西, 黔东南苗族侗族自治州 →
/// 黔东南). Used to find where a name's place prefix ends.
/// </summary>
internal sealed class PlaceNames
{
    /// <summary>Administrative suffixes stripped to make the short form, longest first.</summary>
    private readonly string[] _administrativeSuffixes;

    /// <summary>Ethnic names inside autonomous-division names; the short form ends before the first one.</summary>
    private readonly string[] _ethnicNames;

    private readonly string _suffixCharacters;

    public PlaceNames(DataFiles data)
    {
        _administrativeSuffixes = data.ReadWords("administrative-suffixes.tsv").ToArray();
        _ethnicNames = data.ReadWords("ethnic-names.tsv").ToArray();
        _suffixCharacters = string.Concat(data.ReadWords("administrative-suffix-characters.tsv"));
        var table = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in data.ReadWords("provinces-and-prefectures.tsv"))
        {
            table[name] = true;
            table[ShortForm(name)] = true;
        }
        All = new SpanTable<bool>(table);
    }

    /// <summary>All names, official and short.</summary>
    public SpanTable<bool> All { get; }

    /// <summary>The length of the longest place name starting at <paramref name="start"/>, or 0.</summary>
    public int PrefixLength(string text, int start) =>
        All.TryLongestStartingAt(text, start, out var length, out _) ? length : 0;

    /// <summary>True when <paramref name="c"/> closes the name of a division at some level (省, 县, 镇, 村, 旗).</summary>
    public bool IsAdministrativeSuffix(char c) => _suffixCharacters.Contains(c);

    /// <summary>The official name's short form (重庆市 → 重庆), or the name itself.</summary>
    public string ShortForm(string name)
    {
        foreach (var suffix in _administrativeSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length - suffix.Length < 2) continue;
            return BeforeEthnicNames(name[..^suffix.Length]);
        }
        return name;
    }

    /// <summary>An autonomous division's stem up to its first ethnic name, when two characters remain (木垒哈萨克 → 木垒).</summary>
    public string BeforeEthnicNames(string stem)
    {
        foreach (var ethnic in _ethnicNames)
        {
            var at = stem.IndexOf(ethnic, StringComparison.Ordinal);
            if (at >= 2) stem = stem[..at];
        }
        return stem;
    }
}
