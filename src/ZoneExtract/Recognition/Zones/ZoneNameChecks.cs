using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Tests that a name found before a zone suffix is no zone after all: a kind described in common words, a listed firm's own
/// facility, a park's grounds, a region's economy, a trade agreement's area.
/// </summary>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
/// <param name="zoneWords">The word tests the zone rules share.</param>
/// <param name="firms">The listed firms, whose own parks and bases are facilities (百度|云手机|产业基地), not zones.</param>
internal sealed class ZoneNameChecks(Names.NameResources names, ZoneWords zoneWords, NameLexicon firms)
{
    /// <summary>
    /// Development, high-tech and free trade zones, parks, bases, bonded and demonstration zones are named by their place or
    /// by a name of their own (罗湖工业区, 巨山产业园, 西永微电园, 天竺综保区, 南岸经开区); a trade or a kind in common words alone
    /// (模具|工业园区, 太阳能|光伏|新能源|产业基地, 境内|保税区, 整个|工业区, 高品质|饮用水|示范区, 充分利用|自贸港, 政府|开发区)
    /// describes what such a zone holds or shows, not which one it is. New areas, science and technology cities and valleys
    /// are not asked: their names are often common words (石化新城, 未来科学城, 光谷).
    /// </summary>
    public static bool IsNamedByItsPlace(ZoneKind kind) =>
        kind is not (ZoneKind.NewArea or ZoneKind.ScienceCity or ZoneKind.TechnologyCity or ZoneKind.Valley or ZoneKind.Other);

    /// <summary>
    /// True when every word between <paramref name="start"/> and <paramref name="headStart"/> is a word of jieba's dictionary
    /// that it tags as no proper noun (or as a rare nz or nt, <see cref="ZoneWords.IsNamingProperNoun"/>) and that names no place: no place or town (小榄 of 小榄镇, 南岸 of 南岸区), no unknown word (巨山), no digits, no numbered name
    /// (八一), and no single character (a name jieba did not know may be cut into characters). A frequent locality word after another word
    /// is vocabulary too, whatever county shares its name (县城|南部).
    /// </summary>
    public bool IsVocabularyOnly(string text, TokenBoundaries words, int start, int headStart)
    {
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            // Latin letters alone are a trade's acronym (LED, IC) or a firm's brand (TCL): neither names a designated area
            if (ZoneWords.IsLatinLetters(word)) continue;
            // a locality word after another word places the zone by it (县城|南部|经济开发区): no county then, though one
            // has its name (南部 of 四川's 南部县 names it alone or after its province)
            if (at > start && names.Common.IsFrequentLocality(word)) continue;
            if (word.Length == 1 || !ZoneWords.IsIdeographs(word) || !word.ContainsAnyExcept(ZoneWords.NumeralCharacters) || names.Common.TagClass(word) == 0 || zoneWords.IsNamingProperNoun(word)
                || names.AllPlaces.NamesDivision(word) || zoneWords.NamesDistrict(word) || names.Places.PrefixLength(text, at) > 0) return false;
        }
        return true;
    }

    /// <summary>
    /// A listed firm's whole name before a kind that only the state designates (保税区, 高新区, 经开区, and their official
    /// names) names the zone the firm was named after: such firms develop the zone (电子城 of 北京电子城高新技术产业园区, 外高桥
    /// of 上海外高桥保税区), though jieba holds the name as a rare common noun. A firm owns parks and bases, never such a zone.
    /// </summary>
    public bool IsFirmNamedAfterZone(string text, int start, int headStart, ZoneKind kind) =>
        kind is ZoneKind.BondedZone or ZoneKind.HighTechZone or ZoneKind.EconomicDevelopmentZone
        && firms.Forms.TryLongestStartingAt(text, start, out var length, out _) && length == headStart - start
        && !names.Common.IsCommon(text.AsSpan(start, length)); // not a frequent word that is also a brand (绿色|经开区, 生物|高新区)

    /// <summary>
    /// A listed firm's name that opens the name, with no place after it, names the firm's own park or base (百度|云手机|产业基地,
    /// 华为|产业园): a facility the firm builds, not an area a government designates. A place after the firm names the
    /// area the firm develops (TCL|新疆|产业园), which stays, and so does a form that is a place too. A firm's form that is
    /// also a common word (百度) counts when jieba reads it as one word.
    /// </summary>
    /// <returns>The length of the firm's name at <paramref name="start"/>, or 0 when the name is no firm's facility.</returns>
    public int FirmOfFacility(string text, TokenBoundaries words, int start, int headStart)
    {
        // the form is jieba's first word or opens it (百度 of 百度云): a form cut into words is read as words (大|健康|产业园)
        if (!firms.Forms.TryLongestStartingAt(text, start, out var length, out _) || start + length > words.WordEnd(start, headStart)) return 0;
        var firm = text.AsSpan(start, length);
        if (zoneWords.NamesPlace(firm)) return 0;
        // jieba may glue the firm to its product (百度云|手机), or the form may open a place's word (龙泉 of 龙泉驿): every word
        // from the firm's own on must be no place
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            // a place of two characters or more, not a province's one-character short form (云 of 云|手机)
            if (word.Length == 1) continue;
            if (zoneWords.NamesPlace(word) || names.Places.PrefixLength(text, at) == word.Length) return 0;
        }
        return length;
    }

    /// <summary>
    /// A zone found right before the name places it, as a place would (杭州高新区|国家|动画|产业基地: the zone's base, a second
    /// zone with a zone word of its own, like 两江新区|鱼复工业园区), though the name's words are common vocabulary.
    /// </summary>
    public static bool FollowsZone(List<Entity> candidates, int start) =>
        candidates.Any(c => c.Label == EntityLabel.Zone && c.End == start);

    /// <summary>
    /// 园区 right after a word that ends in 园 is that park's grounds (迪斯尼乐园|园区, 世博园|园区, 公园|园区), not a zone.
    /// </summary>
    public static bool IsParksGrounds(string text, string suffix, int headStart) =>
        suffix == GroundsSuffix && headStart > 0 && text[headStart - 1] == '园';

    public const string GroundsSuffix = "园区";

    /// <summary>
    /// 园区 right before 经济 with no place in the name before it is the field of "park economy" (园区经济, the term the
    /// development-zone literature and its research bodies use: 赛迪|顾问|园区|经济研究中心, the consultancy's research centre),
    /// not a park: a park named by its place keeps its economy (张江园区经济运行).
    /// </summary>
    public bool NamesParkEconomy(string text, TokenBoundaries words, string suffix, int start, int headStart, int end)
    {
        if (suffix != GroundsSuffix || !text.AsSpan(end).StartsWith(EconomyWord)) return false;
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            if (zoneWords.NamesPlace(text.AsSpan(at, words.WordEnd(at, headStart) - at)) || names.Places.PrefixLength(text, at) > 0) return false;
        }
        return true;
    }

    private const string EconomyWord = "经济";

    /// <summary>
    /// 火炬 alone before a high-tech or development zone's kind is the Torch Programme's name (MOST's 火炬计划), which the
    /// three national high-tech zones it named carry (厦门火炬, 威海火炬 and 中山火炬高技术产业开发区 of the national list) and
    /// go by without their city (火炬开发区 is 中山's everyday name for its zone, 火炬高新区 厦门's), though jieba holds it as a
    /// common noun.
    /// </summary>
    public static bool NamesTorchZone(string text, int start, int headStart, ZoneKind kind) =>
        kind is ZoneKind.HighTechZone or ZoneKind.DevelopmentZone && text.AsSpan(start, headStart - start) is TorchProgramme;

    private const string TorchProgramme = "火炬";

    public const string RegionalEconomySuffix = "经济区";

    /// <summary>The kind word of the cross-border economic cooperation zones (东兴-芒街跨境经济合作区, 磨憨—磨丁经济合作区).</summary>
    public const string CrossBorderSuffix = "经济合作区";

    /// <summary>
    /// A region's one name before 经济区 (长三角|经济区, 中原|经济区, 成渝|经济区, 广西|北部湾|经济区) names the economy of a region
    /// that a State Council regional plan covers, many cities wide, not a development zone: zones of this kind add what
    /// they are to their place (天津|空港|经济区, 射阳港|经济区 is listed). A province or prefecture before the name is skipped,
    /// and one alone names such a region too (海西|经济区, the plan's short form of 海峡西岸经济区; 沈阳|经济区, 成都|经济区:
    /// the cities around the capital).
    /// The port or airport word of the port and airport economic zones' kinds (临港经济区, 临空经济区, 空港经济区) after the
    /// place is what the zone is, no region (上海|临港|经济区, 天津|空港|经济区).
    /// </summary>
    public bool NamesARegion(string text, TokenBoundaries words, int start, int headStart)
    {
        var at = start;
        while (at < headStart && names.Places.PrefixLength(text, at) == words.WordEnd(at, headStart) - at) at = words.WordEnd(at, headStart);
        if (at > start && at < headStart && PortAndAirportWords.Contains(text.AsSpan(at, headStart - at).ToString())) return false;
        return at == headStart || words.WordEnd(at, headStart) == headStart;
    }

    private static readonly HashSet<string> PortAndAirportWords = ["临港", "临空", "空港"];

    /// <summary>
    /// A province under its official name alone before a park's or a development zone's kind word (辽宁省|化工|园区 of 《关于公布
    /// 辽宁省化工园区名单》, 江苏省开发区, 浙江省高新区) names the province's zones of that kind: development zones, parks and bases
    /// are named by their city or county (辽宁|营口|…, 大连|大孤山|化工|园区). A province's free trade zone, new area or
    /// demonstration zone is one zone (海南省自由贸易港), and a municipality names its own (上海化学工业区).
    /// A province's short form alone before 农业科技园区 names the province's programme of such parks too (关于认定2022年
    /// 广西农业科技园区的通知, 《广西农业科技园区管理办法》): the national and the provincial parks of that programme are named
    /// by their city or county (广西百色国家农业科技园区, 广西兴宁农业科技园区).
    /// </summary>
    public bool NamesProvincesKind(string text, int start, int headStart, string suffix, ZoneKind kind)
    {
        if (kind is ZoneKind.FreeTradeZone or ZoneKind.NewArea or ZoneKind.DemonstrationZone || headStart - start < 2) return false;
        var place = text.AsSpan(start, headStart - start);
        if (place.Length > 2 && place[^1] == ProvinceSuffix && names.Places.All.Contains(place)) return true;
        return suffix == AgriculturalParksSuffix && NamesProvinceByShortForm(place);
    }

    /// <summary>A province's short form (河南 of 河南省) or an autonomous region's (广西).</summary>
    private bool NamesProvinceByShortForm(ReadOnlySpan<char> place) =>
        AutonomousRegions.Contains(place.ToString()) || names.Places.All.Contains(string.Concat(place, ProvinceSuffixText));

    private const char ProvinceSuffix = '省';
    private const string ProvinceSuffixText = "省";

    /// <summary>The short forms of the five autonomous regions, the provinces whose official names do not end in 省.</summary>
    private static readonly HashSet<string> AutonomousRegions = ["广西", "内蒙古", "宁夏", "新疆", "西藏"];

    private const string AgriculturalParksSuffix = "农业科技园区";

    /// <summary>
    /// Two parties joined by a dash before 自贸区 name a trade agreement's area, not a zone (中国-东盟自贸区; the walk stops
    /// at the dash, leaving 东盟).
    /// </summary>
    public static bool JoinsTwoParties(string text, int start) => start > 0 && text[start - 1] is '-' or '－' or '—' or '–';
}
