namespace ZoneExtract;

/// <summary>The class of a development zone, taken from the suffix of its name.</summary>
public enum ZoneKind
{
    /// <summary>A zone whose suffix is not one of the classes below.</summary>
    Other,
    /// <summary>高新区 / 高新技术产业开发区.</summary>
    HighTechZone,
    /// <summary>经开区 / 经济技术开发区.</summary>
    EconomicDevelopmentZone,
    /// <summary>开发区 (other than the two above).</summary>
    DevelopmentZone,
    /// <summary>新区 (e.g. national new areas).</summary>
    NewArea,
    /// <summary>自贸区 / 自贸试验区 / 自由贸易试验区 and their areas (片区).</summary>
    FreeTradeZone,
    /// <summary>保税区 / 综合保税区.</summary>
    BondedZone,
    /// <summary>科学城.</summary>
    ScienceCity,
    /// <summary>科技城.</summary>
    TechnologyCity,
    /// <summary>产业园 / 工业园 / 科技园 / 软件园 / 微电园 and other parks.</summary>
    Park,
    /// <summary>产业基地 and other bases.</summary>
    IndustrialBase,
    /// <summary>示范区 (e.g. national independent innovation demonstration zones).</summary>
    DemonstrationZone,
    /// <summary>Named innovation carriers ending in 谷 (大创谷, 光谷).</summary>
    Valley,
}
