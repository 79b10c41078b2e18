using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Rules that turn an official zone name into the forms news uses, so that the data files list each zone
/// once: 重庆高新技术产业开发区 → 重庆高新区, 重庆国家高新区; 天津西青经济技术开发区 → 西青经开区;
/// 中国(重庆)自由贸易试验区 → 重庆自贸试验区, 重庆自贸区; 重庆两江新区 → 两江新区; X国家自主创新示范区 → X自创区.
/// </summary>
internal sealed class ZoneNameForms(PlaceNames places)
{
    private static readonly string[] HighTechSuffixes =
        ["农业高新技术产业示范区", "高新技术产业开发区", "高新技术产业园区", "高技术产业开发区", "新技术开发区"];

    private static readonly string[] EconomicSuffixes = ["经济技术开发区", "新兴技术开发区", "经济开发区"];

    public IEnumerable<string> HighTech(string official)
    {
        yield return official;
        var core = StripAny(official, HighTechSuffixes);
        if (core is null)
        {
            if (official.EndsWith("科技园区", StringComparison.Ordinal)) yield return official[..^1]; // 中关村科技园
            yield break;
        }
        var ownSuffix = official[core.Length..];
        foreach (var stem in Stems(core))
        {
            // the official kind word after the shorter stem too (江西余干高新技术产业园区 → 余干高新技术产业园区)
            if (ownSuffix != "高新技术产业开发区") yield return stem + ownSuffix;
            yield return stem + "高新区";
            yield return stem + "国家高新区";
            yield return stem + "国家级高新区"; // as 国家级经开区 (芜湖国家级高新区)
            yield return stem + "高新技术产业开发区";
            yield return stem + "国家高新技术产业开发区";
        }
    }

    public IEnumerable<string> EconomicDevelopment(string official)
    {
        yield return official;
        if (official.EndsWith("工业园区", StringComparison.Ordinal)) yield return official[..^1]; // 苏州工业园
        var core = StripAny(official, EconomicSuffixes);
        if (core is null) yield break;
        foreach (var stem in Stems(core))
        {
            yield return stem + "经开区";
            yield return stem + "经济技术开发区";
            yield return stem + "国家级经开区";
        }
    }

    public IEnumerable<string> NewArea(string official)
    {
        yield return official;
        if (WithoutLeadingPlace(official) is { } named) yield return named;
    }

    /// <summary>
    /// A free trade zone's area (片区) under its official name and without its leading city, which news drops
    /// after the zone's own name: 四川自贸试验区天府新区片区 for 成都天府新区片区.
    /// </summary>
    public IEnumerable<string> FreeTradeArea(string area)
    {
        yield return area;
        if (WithoutLeadingPlace(area) is { } named) yield return named;
    }

    /// <summary>
    /// An area named alone, as news writes it: its name and 自贸片区 or 自贸区 (广州南沙新区片区 → 南沙自贸片区, 南沙自贸区;
    /// 深圳前海蛇口片区 → 前海蛇口自贸片区, 前海蛇口自贸区); a new area of the zone goes by its own name (临港新片区), which no
    /// other kind of place has.
    /// </summary>
    public IEnumerable<string> FreeTradeAreaAlone(string areaForm)
    {
        if (areaForm.EndsWith("新片区", StringComparison.Ordinal))
        {
            yield return areaForm;
            yield break;
        }
        if (FreeTradeAreaName(areaForm) is not { } name) yield break;
        yield return name + "自贸片区";
        yield return name + "自贸区";
    }

    /// <summary>
    /// An area named alone by its name and 片区, as news writes it after naming the zone (南沙片区, 平潭片区); not when the
    /// name is a province or prefecture (大连片区, 杭州片区), which regional divisions of firms and bodies share.
    /// </summary>
    public IEnumerable<string> FreeTradeAreaByOwnName(string areaForm)
    {
        if (areaForm.EndsWith("新片区", StringComparison.Ordinal) || FreeTradeAreaName(areaForm) is not { } name) yield break;
        if (places.PrefixLength(name, 0) < name.Length) yield return name + "片区";
    }

    /// <summary>
    /// An area named by its province or prefecture and 片区 (武汉片区, 杭州片区): a form that firms' and bodies' regional
    /// divisions share, so it names the area only in a text that names the zone (<see cref="ZoneGazetteer.CityNamedAreas"/>).
    /// </summary>
    public IEnumerable<string> FreeTradeAreaByCityName(string areaForm)
    {
        if (areaForm.EndsWith("新片区", StringComparison.Ordinal) || FreeTradeAreaName(areaForm) is not { } name) yield break;
        if (places.PrefixLength(name, 0) == name.Length) yield return name + "片区";
    }

    /// <summary>The name of an area without 片区 and a closing 新区 (南沙 of 南沙新区片区), or null when under two characters.</summary>
    private static string? FreeTradeAreaName(string areaForm)
    {
        if (!areaForm.EndsWith("片区", StringComparison.Ordinal)) return null;
        var name = areaForm[..^2];
        if (name.EndsWith("新区", StringComparison.Ordinal)) name = name[..^2];
        return name.Length < 2 ? null : name;
    }

    public IEnumerable<string> Demonstration(string official)
    {
        yield return official;
        var core = StripAny(official, ["国家自主创新示范区"]);
        if (core is null) yield break;
        yield return core + "自主创新示范区";
        yield return core + "自创区";
        yield return core + "国家自创区";
        yield return core + "示范区";
    }

    /// <summary>
    /// A zone of the 2018 catalogue under its official name and without its leading province and prefecture
    /// (河北鹿泉经济开发区 → 鹿泉经济开发区, 鹿泉经开区; 江苏无锡惠山经济开发区 → 惠山经济开发区); 工业园区 also as
    /// 工业园, 综合保税区 also as 综保区 (天竺综保区). Provincial economic development zones keep their title
    /// (经济开发区, not 经济技术开发区, which is the national one).
    /// </summary>
    public IEnumerable<string> Catalogued(string official, string kind)
    {
        if (kind == "high-tech") return HighTech(official);
        var names = new List<string> { official };
        for (var name = WithoutLeadingPlace(official); name is not null; name = WithoutLeadingPlace(name)) names.Add(name);
        var forms = new HashSet<string>(names, StringComparer.Ordinal);
        foreach (var name in names)
        {
            if (kind == "economic-development" && StripAny(name, ["经济开发区"]) is { } stem) forms.Add(stem + "经开区");
            if (name.EndsWith("工业园区", StringComparison.Ordinal)) forms.Add(name[..^1]);
            if (name.EndsWith("综合保税区", StringComparison.Ordinal)) forms.Add(name[..^5] + "综保区");
        }
        return forms;
    }

    /// <summary>中国(重庆)自由贸易试验区 → 重庆自由贸易试验区, 重庆自贸试验区, 重庆自贸区.</summary>
    public IReadOnlyList<string> FreeTrade(string official)
    {
        var open = official.IndexOf('(');
        var close = official.IndexOf(')');
        var place = open >= 0 && close > open ? official[(open + 1)..close] : null;
        List<string> forms = [official];
        if (place is not null)
        {
            forms.AddRange(["中国(" + place + ")自贸试验区", place + "自由贸易试验区", place + "自贸试验区", place + "自贸区"]);
        }
        return forms;
    }

    /// <summary>The core itself, without a trailing 市, and without a leading place when a name remains (上海张江 → 张江).</summary>
    private IEnumerable<string> Stems(string core)
    {
        var stems = new HashSet<string>(StringComparer.Ordinal) { core };
        if (core.EndsWith('市') && core.Length > 2) stems.Add(core[..^1]);
        if (core.EndsWith("火炬", StringComparison.Ordinal) && core.Length > 3) stems.Add(core[..^2]);
        var placeLength = places.PrefixLength(core, 0);
        if (placeLength > 0 && core.Length - placeLength >= 2) stems.Add(core[placeLength..]);
        return stems;
    }

    /// <summary>The name after a leading place when at least four characters remain (重庆两江新区 → 两江新区; 天津港片区 keeps its place).</summary>
    private string? WithoutLeadingPlace(string name)
    {
        var placeLength = places.PrefixLength(name, 0);
        return placeLength > 0 && name.Length - placeLength >= 4 ? name[placeLength..] : null;
    }

    private static string? StripAny(string name, string[] suffixes)
    {
        foreach (var suffix in suffixes)
        {
            if (name.EndsWith(suffix, StringComparison.Ordinal) && name.Length > suffix.Length) return name[..^suffix.Length];
        }
        return null;
    }
}
