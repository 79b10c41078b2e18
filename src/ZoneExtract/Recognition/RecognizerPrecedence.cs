namespace ZoneExtract.Recognition;

/// <summary>
/// The one precedence table of the recognisers (higher wins an overlap in <see cref="EntityMerger"/>). The numeric
/// recognisers (MONEY, PERCENT, DATE) sit at 100, above every name source. Among names, the more
/// specific evidence wins: an official list beats a pattern, a pattern with a telling suffix beats a
/// list context, the learned model fills in what no rule claims, and the place list comes last. ZONE inside ORG is kept either way.
/// </summary>
internal static class RecognizerPrecedence
{
    /// <summary>
    /// MONEY, PERCENT and DATE: their spans are read character by character from the text and are exact, so
    /// they outrank name candidates (a name recogniser must not swallow 2020年 or 212亿元).
    /// </summary>
    public const int Numeric = 100;

    /// <summary>ZONE forms from the national gazetteer.</summary>
    public const int ZoneGazetteer = 95;

    /// <summary>ZONE by suffix, bracket, valley and quotation patterns.</summary>
    public const int ZonePattern = 90;

    /// <summary>ORG by organisation suffix (局, 研究所, 医院, 日报…) after a place, zone or name.</summary>
    public const int OrganizationSuffix = 85;

    /// <summary>
    /// ORG from the public lists of government bodies, universities and news outlets (工信部, 清华大学, 人民网): below the
    /// suffix rule, which takes a longer name containing one (国家统计局苏州调查队).
    /// </summary>
    public const int OrganizationLexicon = 84;

    /// <summary>COMPANY by legal-form or industry suffix (有限公司, 集团, 科技, 药业…).</summary>
    public const int CompanySuffix = 80;

    /// <summary>
    /// COMPANY from the public company lists (宁德时代, 紫金矿业): a known name beats list contexts, roles and the model,
    /// and yields to a longer legal-form name that contains it (宁德时代新能源科技股份有限公司).
    /// </summary>
    public const int CompanyLexicon = 75;

    /// <summary>COMPANY items of an enumeration that names companies (A、B、C等龙头企业).</summary>
    public const int CompanyListContext = 70;

    /// <summary>
    /// COMPANY before a corporate role (中科超容董事长): below the list contexts, which see the whole item, and
    /// above PERSON after a title, so that in A董事长B the name before the role is settled as a company first.
    /// </summary>
    public const int CompanyRole = 68;

    /// <summary>PERSON after a title (董事长刘双翼) or a byline marker (► 张三, 文/张三).</summary>
    public const int PersonTitle = 65;

    /// <summary>LOC for towns of one county listed by their short forms (泗门、朗霞、马渚): above the model, which reads them as people.</summary>
    public const int TownshipList = 55;

    /// <summary>COMPANY, ORG, PERSON and LOC from the learned sequence model.</summary>
    public const int LearnedModel = 50;

    /// <summary>LOC from the administrative-division list (贵州省, 重庆): a fallback below everything that may contain a place.</summary>
    public const int PlaceList = 40;
}
