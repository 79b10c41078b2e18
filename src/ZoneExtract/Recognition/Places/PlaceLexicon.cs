using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// Every place the LOC list knows: provinces and prefectures (<see cref="PlaceNames"/>), county-level divisions
/// (counties.tsv) under their official name and the short form news uses (江阴市 → 江阴), township-level ones under
/// their official name (璜土镇), countries (countries.tsv), and named regions (regions.tsv: 华南, 长三角, 欧洲); apart from them, cities abroad.
/// A short form that is common vocabulary rather than a name (朝阳 the morning sun, 城关) is left out: jieba's
/// dictionary must not know it, or tag it a place, and it must not be one of the ordinary words jieba tags a place
/// (short-forms-that-are-words.tsv: 新建, 平原).
/// </summary>
internal sealed class PlaceLexicon
{
    private static readonly string[] CountySuffixes = ["自治县", "自治旗", "新区", "县", "区", "市", "旗"];

    private readonly CommonWords _common;

    /// <summary>Every county-level division's short form, common words among them, with the provinces it lies in.</summary>
    private readonly Dictionary<string, HashSet<string>>.AlternateLookup<ReadOnlySpan<char>> _countyProvinces;

    public PlaceLexicon(DataFiles data, PlaceNames places, CommonWords common)
    {
        _common = common;
        var names = new HashSet<string>(places.All.Keys, StringComparer.Ordinal);
        var words = data.ReadWords("short-forms-that-are-words.tsv").ToHashSet(StringComparer.Ordinal);
        var countyProvinces = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords("counties.tsv"))
        {
            // not 城区 or 郊区 (districts of 阳泉市 among others): the common words for any town's parts
            if (!common.IsCommon(record[0]) || common.IsPlaceName(record[0])) names.Add(record[0]);
            if (ShortForm(record[0], places) is not { } shortForm) continue;
            if (IsName(shortForm, common) && !words.Contains(shortForm)) names.Add(shortForm);
            if (record.Length > 2) (countyProvinces.TryGetValue(shortForm, out var provinces) ? provinces : countyProvinces[shortForm] = []).Add(record[2]);
        }
        _countyProvinces = countyProvinces.GetAlternateLookup<ReadOnlySpan<char>>();
        var townshipCounties = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var countyNames = new Dictionary<string, string>(StringComparer.Ordinal); // one string per county, shared by its towns
        foreach (var record in data.ReadRecords("townships.tsv"))
        {
            if (record[0].Length >= 3 && (record[0].EndsWith('镇') || record[0].EndsWith('乡'))) names.Add(record[0]);
            if (record.Length < 3) continue;
            var county = record[2] + record[1];
            county = countyNames.TryGetValue(county, out var shared) ? shared : countyNames[county] = county;
            foreach (var form in (ReadOnlySpan<string?>)[record[0], TownshipShortForm(record[0])])
            {
                if (form is null) continue;
                var counties = townshipCounties.TryGetValue(form, out var known) ? known : townshipCounties[form] = [];
                if (!counties.Contains(county)) counties.Add(county);
            }
        }
        TownshipCounties = new SpanTable<string[]>(townshipCounties.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
        var countryInitials = new HashSet<char>();
        var foreignCountries = new Dictionary<string, bool>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords("countries.tsv"))
        {
            names.Add(record[0]);
            countryInitials.Add(record[0][0]);
            if (record.Length > 1 && !ChineseCodes.Contains(record[1])) foreignCountries[record[0]] = true;
        }
        CountryInitials = countryInitials;
        ForeignCountries = new SpanTable<bool>(foreignCountries);
        names.UnionWith(data.ReadWords("regions.tsv"));
        All = new SpanTable<bool>(names.ToDictionary(n => n, _ => true, StringComparer.Ordinal));
        Starts = new KeyStarts(names);
        var cities = data.ReadRecords("world-cities.tsv").Select(r => r[0]).Where(c => !common.IsCommonNonProperWord(c)).ToHashSet(StringComparer.Ordinal);
        CitiesAbroad = new SpanTable<bool>(cities.ToDictionary(c => c, _ => true, StringComparer.Ordinal));
        CityStarts = new KeyStarts(cities);
        Divisions = places.All;
        StatementOpeners = data.ReadWordSet("statement-openers-after-places.tsv");
        TownInstitutions = data.ReadWords("town-institutions.tsv").ToHashSet(StringComparer.Ordinal);
        WaterContext = data.ReadWordSet("water-body-context.tsv");
    }

    /// <summary>Words after a water body's name that speak of its water, course or banks (支流, 水质, 畔): water-body-context.tsv.</summary>
    public SpanTable<bool> WaterContext { get; }

    public SpanTable<bool> All { get; }

    /// <summary>
    /// Cities abroad (world-cities.tsv: 胡志明市, 多伦多, 约翰内斯堡; jieba 0.42 tags many a transliterated city a person's
    /// name), unless jieba holds the name as a frequent ordinary word. Kept out of <see cref="All"/>, which the name model
    /// reads as a feature: there 罗马 and 巴黎 are football clubs as often as cities, and the model's reading decides.
    /// </summary>
    public SpanTable<bool> CitiesAbroad { get; }

    /// <summary>The public bodies a town's name opens (小学, 卫生院, 政府): town-institutions.tsv.</summary>
    public IReadOnlySet<string> TownInstitutions { get; }

    /// <summary>Where a city abroad may start.</summary>
    public KeyStarts CityStarts { get; }

    /// <summary>
    /// The countries of countries.tsv other than China and its territories (美国, 英国, 荷兰; not 中国, 香港, 澳门, 中国台湾省):
    /// written before a foreign firm, the country says where the firm is from (英国|阿斯利康).
    /// </summary>
    public SpanTable<bool> ForeignCountries { get; }

    /// <summary>ISO codes of China and its territories in countries.tsv.</summary>
    private static readonly HashSet<string> ChineseCodes = new(["CN", "HK", "MO", "TW"], StringComparer.Ordinal);

    /// <summary>
    /// Every township-level division (townships.tsv) under its official name and its short form (泗门镇 and 泗门, 星沙街道
    /// and 星沙), with the counties it lies in (prefecture and county, 宁波市余姚市): towns of one county listed side by side
    /// vouch for each other's short forms.
    /// </summary>
    public SpanTable<string[]> TownshipCounties { get; }

    /// <summary>Provinces and prefecture-level divisions, official and short (<see cref="PlaceNames"/>).</summary>
    public SpanTable<bool> Divisions { get; }

    /// <summary>
    /// Words that open a statistics statement after a province or prefecture and that jieba glues to its last characters
    /// (广东地区|生产总值, 西|安全|社会, 中|山前|三季度): statement-openers-after-places.tsv.
    /// </summary>
    public SpanTable<bool> StatementOpeners { get; }

    /// <summary>
    /// The first characters of the countries' names, which stand for them after 中 in the names of bilateral zones and
    /// bodies (中新 for 新加坡, 中德, 中以, 中白 for 白俄罗斯).
    /// </summary>
    public IReadOnlySet<char> CountryInitials { get; }

    /// <summary>Where a place may start: one look-up passes over most positions.</summary>
    public KeyStarts Starts { get; }

    /// <summary>
    /// 江阴市 → 江阴, 纳雍县 → 纳雍, 浦东新区 → 浦东 (a district named as a new area), 石柱土家族自治县 → 石柱, 木垒哈萨克自治县 → 木垒; null when fewer than two
    /// characters would remain or the stem is an ethnic name itself (鄂温克族自治旗).
    /// </summary>
    internal static string? ShortForm(string name, PlaceNames places)
    {
        foreach (var suffix in CountySuffixes)
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal)) continue;
            var stem = name[..^suffix.Length];
            if (stem.Length < 2) continue; // 清新区 is 清新 and 区, not 清 and 新区
            if (suffix.StartsWith("自治", StringComparison.Ordinal)) stem = places.BeforeEthnicNames(stem);
            return stem.Length >= 2 && !stem.EndsWith('族') ? stem : null;
        }
        return null;
    }

    /// <summary>
    /// True when <paramref name="name"/> is a listed place, or a county or town under the short form news uses even
    /// where the list leaves it out (鹿泉 of 鹿泉区, 七里河 of 七里河区, 张家港 of 张家港市), unless it is a frequent word
    /// that jieba does not tag as a place.
    /// </summary>
    public bool NamesDivision(ReadOnlySpan<char> name)
    {
        if (All.TryGet(name, out _)) return true;
        if (_common.IsCommon(name) && !_common.IsPlaceName(name)) return false; // 化工 of 化工镇 is the chemical industry
        Span<char> withSuffix = stackalloc char[name.Length + 1];
        name.CopyTo(withSuffix);
        foreach (var suffix in DivisionSuffixes)
        {
            withSuffix[^1] = suffix;
            if (All.TryGet(withSuffix, out _)) return true;
        }
        return false;
    }

    /// <summary>
    /// True when <paramref name="shortForm"/> is the short form of a county-level division of <paramref name="province"/>,
    /// also one that is common vocabulary and so no place alone (石首 of 湖北 石首市, 当阳 of 当阳市, 公安 of 公安县): a list that
    /// gives the province vouches for the name. A locality word is none (南部 of 四川 南部县: 城南部).
    /// </summary>
    public bool NamesCountyOf(ReadOnlySpan<char> shortForm, string province) =>
        _countyProvinces.TryGetValue(shortForm, out var provinces) && provinces.Contains(province) && !_common.IsFrequentLocality(shortForm);

    /// <summary>泗门镇 → 泗门, 星沙街道 → 星沙; null for a name of another kind (a farm, a development area) or a one-character stem.</summary>
    private static string? TownshipShortForm(string name)
    {
        foreach (var suffix in TownshipSuffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length - suffix.Length >= 2 && !name.EndsWith("族" + suffix, StringComparison.Ordinal))
                return name[..^suffix.Length];
        }
        return null;
    }

    private static readonly string[] TownshipSuffixes = ["街道", "镇", "乡"];

    /// <summary>Single-character endings of county- and township-level division names.</summary>
    private const string DivisionSuffixes = "区县市旗镇乡";

    private static bool IsName(string shortForm, CommonWords common) =>
        common.Frequency(shortForm) == 0 || common.IsPlaceName(shortForm);
}
