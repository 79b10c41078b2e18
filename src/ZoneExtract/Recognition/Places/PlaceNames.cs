using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// Chinese provinces and prefecture-level divisions (embedded list from the Ministry of Civil Affairs'
/// division codes), each under its official name and the short form news uses (贵州省 → 贵州,
/// 广西壮族自治区 → 广西, 黔东南苗族侗族自治州 → 黔东南). Used to find where a name's place prefix ends.
/// </summary>
internal static class PlaceNames
{
    private const string Resource = "ZoneExtract.Places.provinces-and-prefectures.tsv";

    /// <summary>Administrative suffixes stripped to make the short form, longest first.</summary>
    private static readonly string[] AdministrativeSuffixes = ["特别行政区", "自治区", "自治州", "地区", "林区", "省", "市", "盟"];

    /// <summary>Ethnic names inside autonomous-division names; the short form ends before the first one.</summary>
    private static readonly string[] EthnicNames =
    [
        "壮族", "回族", "维吾尔", "朝鲜族", "土家族", "苗族", "藏族", "羌族", "彝族", "布依族", "侗族", "哈尼族",
        "傣族", "白族", "景颇族", "傈僳族", "蒙古", "哈萨克", "柯尔克孜",
    ];

    private static readonly Lazy<SpanTable<bool>> Table = new(Build);

    /// <summary>All names, official and short.</summary>
    public static SpanTable<bool> All => Table.Value;

    /// <summary>The length of the longest place name starting at <paramref name="start"/>, or 0.</summary>
    public static int PrefixLength(string text, int start) =>
        All.TryLongestStartingAt(text, start, out var length, out _) ? length : 0;

    /// <summary>The official name's short form (重庆市 → 重庆), or the name itself.</summary>
    public static string ShortForm(string name)
    {
        foreach (var suffix in AdministrativeSuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length - suffix.Length < 2) continue;
            var stem = name[..^suffix.Length];
            foreach (var ethnic in EthnicNames)
            {
                var at = stem.IndexOf(ethnic, StringComparison.Ordinal);
                if (at >= 2) stem = stem[..at];
            }
            return stem;
        }
        return name;
    }

    private static SpanTable<bool> Build()
    {
        var table = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var name in EmbeddedData.ReadWords(Resource))
        {
            table[name] = true;
            table[ShortForm(name)] = true;
        }
        return new SpanTable<bool>(table);
    }
}
