namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// The head words that make a name a zone name, with the zone class each implies. Longest first, so that
/// 高新技术产业开发区 wins over 开发区 and 综合保税区 over 保税区.
/// </summary>
internal static class ZoneSuffixes
{
    public static readonly (string Suffix, ZoneKind Kind)[] All = new (string, ZoneKind)[]
    {
        ("农业高新技术产业示范区", ZoneKind.HighTechZone),
        ("高新技术产业开发区", ZoneKind.HighTechZone),
        ("高新技术产业园区", ZoneKind.HighTechZone),
        ("高技术产业开发区", ZoneKind.HighTechZone),
        ("新技术产业开发区", ZoneKind.HighTechZone),
        ("国家自主创新示范区", ZoneKind.DemonstrationZone),
        ("自主创新示范区", ZoneKind.DemonstrationZone),
        ("经济技术开发区", ZoneKind.EconomicDevelopmentZone),
        ("自由贸易试验区", ZoneKind.FreeTradeZone),
        ("新兴技术开发区", ZoneKind.DevelopmentZone),
        ("新技术开发区", ZoneKind.HighTechZone),
        ("经济开发区", ZoneKind.EconomicDevelopmentZone),
        ("综合保税区", ZoneKind.BondedZone),
        ("台商投资区", ZoneKind.DevelopmentZone),
        ("自贸试验区", ZoneKind.FreeTradeZone),
        ("自由贸易港", ZoneKind.FreeTradeZone),
        ("国家高新区", ZoneKind.HighTechZone),
        ("保税港区", ZoneKind.BondedZone),
        ("产业园区", ZoneKind.Park),
        ("工业园区", ZoneKind.Park),
        ("科技园区", ZoneKind.Park),
        ("产业基地", ZoneKind.IndustrialBase),
        ("高新区", ZoneKind.HighTechZone),
        ("经开区", ZoneKind.EconomicDevelopmentZone),
        ("开发区", ZoneKind.DevelopmentZone),
        ("自贸区", ZoneKind.FreeTradeZone),
        ("综保区", ZoneKind.BondedZone),
        ("保税区", ZoneKind.BondedZone),
        ("自创区", ZoneKind.DemonstrationZone),
        ("示范区", ZoneKind.DemonstrationZone),
        ("科学城", ZoneKind.ScienceCity),
        ("科技城", ZoneKind.TechnologyCity),
        ("产业园", ZoneKind.Park),
        ("工业园", ZoneKind.Park),
        ("科技园", ZoneKind.Park),
        ("软件园", ZoneKind.Park),
        ("微电园", ZoneKind.Park),
        ("创业园", ZoneKind.Park),
        ("物流园", ZoneKind.Park),
        ("新区", ZoneKind.NewArea),
    };

    private static readonly Dictionary<char, (string Suffix, ZoneKind Kind)[]> ByLastChar =
        All.GroupBy(s => s.Suffix[^1]).ToDictionary(g => g.Key, g => g.OrderByDescending(s => s.Suffix.Length).ToArray());

    /// <summary>The longest zone suffix ending at <paramref name="end"/> (exclusive), if any.</summary>
    public static bool TryMatchEndingAt(string text, int end, out string suffix, out ZoneKind kind)
    {
        if (end > 0 && ByLastChar.TryGetValue(text[end - 1], out var candidates))
        {
            foreach (var (s, k) in candidates)
            {
                if (s.Length <= end && text.AsSpan(end - s.Length, s.Length).SequenceEqual(s))
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
    public static ZoneKind KindOf(string name)
    {
        if (TryMatchEndingAt(name, name.Length, out _, out var kind)) return kind;
        return name.EndsWith('谷') ? ZoneKind.Valley : ZoneKind.Other;
    }
}
