using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// The name lexicons (Names/Data/*.tsv, each headed by its source): company and organisation heads, surnames, titles, corporate
/// roles. Word lists are arrays, not read-only interfaces: a <c>foreach</c> over an interface allocates an enumerator per loop,
/// and the recognisers loop over them per word and per entity; nothing writes to them after loading.
/// </summary>
internal sealed class NameLexicons
{
    private readonly SpanTable<bool> _surnames;
    private readonly SpanTable<bool> _titles;
    private readonly HashSet<char> _transliteration;
    private readonly string _legalFormLastCharacters;

    public NameLexicons(DataFiles data)
    {
        CompanySuffixes = data.ReadWordSet("company-suffixes.tsv");
        OrganizationSuffixes = data.ReadWordSet("organization-suffixes.tsv");
        OrganizationVenueHeads = data.ReadWordSet("organization-venue-heads.tsv");
        OrganizationKindModifiers = data.ReadWordSet("organization-kind-modifiers.tsv");
        OrganizationCollectiveTerms = data.ReadWordSet("organization-collective-terms.tsv");
        LocalDepartments = data.ReadWordSet("local-government-departments.tsv");
        CompanyRoles = data.ReadWordSet("company-roles.tsv");
        CompanyRoleModifiers = data.ReadWordSet("company-role-modifiers.tsv");
        PostVerbs = data.ReadWordSet("post-verbs.tsv");
        OrganizationFrameWords = data.ReadWordSet("organization-frame-words.tsv");
        RegulatorAcronyms = data.ReadWordSet("regulator-acronyms.tsv");
        CertificationMarks = data.ReadWordSet("certification-marks.tsv");
        CompanyFieldWords = data.ReadWordSet("company-field-words.tsv");
        PlaceFieldWords = data.ReadWordSet("company-place-field-words.tsv");
        PlaceIndustryWords = data.ReadWordSet("company-place-industry-words.tsv");
        CompanyBusinessWords = data.ReadWordSet("company-business-words.tsv");
        CompanySectorHeads = data.ReadWordSet("company-sector-heads.tsv");
        PartnershipForms = data.ReadWordSet("company-partnership-forms.tsv");
        VerbBrandHeads = data.ReadWordSet("company-verb-brand-heads.tsv");
        _futuresCommodities = data.ReadWordSet("futures-commodities.tsv");
        CompanyHeads = new(data.ReadWords("company-suffixes.tsv").Concat(CompanySectorHeads.Keys).Concat(PartnershipForms.Keys)
            .Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => true, StringComparer.Ordinal));
        LegalForms = data.ReadWords("company-legal-forms.tsv").Concat(PartnershipForms.Keys).OrderByDescending(f => f.Length).ToArray();
        _legalFormLastCharacters = new([.. LegalForms.Select(f => f[^1]).Distinct()]);
        LatinLegalForms = data.ReadWords("latin-legal-forms.tsv").ToHashSet(StringComparer.Ordinal);
        BranchWords = [.. data.ReadWords("company-branch-words.tsv").OrderByDescending(w => w.Length)];
        BankUnitWords = [.. data.ReadWords("company-bank-units.tsv").OrderByDescending(w => w.Length)];
        DemocraticPartyForms = [.. data.ReadWords("democratic-parties.tsv").OrderByDescending(w => w.Length)];
        var groupNouns = data.ReadRecords("list-group-nouns.tsv", columns: 2).ToList();
        string[] GroupNouns(string kind) => [.. groupNouns.Where(r => r[1] == kind).Select(r => r[0])];
        FirmGroupNouns = GroupNouns("firm");
        UnitGroupNouns = GroupNouns("unit");
        ProjectGroupNouns = GroupNouns("project");
        BrandGroupNouns = GroupNouns("brand");
        _surnames = data.ReadWordSet("surnames.tsv");
        _titles = data.ReadWordSet("person-titles.tsv");
        _transliteration = data.ReadWords("transliteration-characters.tsv").Select(w => w[0]).ToHashSet();
    }

    public SpanTable<bool> CompanySuffixes { get; }

    public SpanTable<bool> OrganizationSuffixes { get; }

    /// <summary>Heads that close a venue's name though they end in 中心 (会议中心, 展示中心, 购物中心): a place, no organisation.</summary>
    public SpanTable<bool> OrganizationVenueHeads { get; }

    /// <summary>Local government departments by official and short names (发展和改革委员会, 科技局, 人社局): one ORG after a territory.</summary>
    public SpanTable<bool> LocalDepartments { get; }

    /// <summary>Corporate role titles (董事长, 总裁, CEO): only a business enterprise has them.</summary>
    public SpanTable<bool> CompanyRoles { get; }

    /// <summary>Words that qualify a role title (轮值, 荣誉, 独立: company-role-modifiers.tsv): between the firm and the title, the title's.</summary>
    public SpanTable<bool> CompanyRoleModifiers { get; }

    /// <summary>Verbs that name a post and its time (时任, 卸任: post-verbs.tsv): the sentence's words, never a name's.</summary>
    public SpanTable<bool> PostVerbs { get; }

    /// <summary>
    /// Words set before a body's name that are the sentence's (援引, 图为, 主办单位: organization-frame-words.tsv); with the post
    /// verbs, an organisation's name starts after them.
    /// </summary>
    public SpanTable<bool> OrganizationFrameWords { get; }

    /// <summary>Ownership, tier and reference words that make a body head a kind of body (公立|医院, 市直|行政|主管部门: organization-kind-modifiers.tsv).</summary>
    public SpanTable<bool> OrganizationKindModifiers { get; }

    /// <summary>Collective terms for a class of bodies (国家机关, 中央和国家机关, 中央部门: organization-collective-terms.tsv): no one body.</summary>
    public SpanTable<bool> OrganizationCollectiveTerms { get; }

    /// <summary>Latin acronyms of government regulators (FDA, NMPA): an agency, never a company.</summary>
    public SpanTable<bool> RegulatorAcronyms { get; }

    /// <summary>Certification marks (CE, CCC): neither a company nor an organisation.</summary>
    public SpanTable<bool> CertificationMarks { get; }

    /// <summary>Words after an industry head that show it names a field or a kind, not a firm (科技企业, 电子信息).</summary>
    public SpanTable<bool> CompanyFieldWords { get; }

    /// <summary>
    /// Words after a place and an industry word that make the two the place's industry, market, fair or trade body
    /// (广东电子|信息业, 重庆汽车|零部件, 北京照明|展), not a firm.
    /// </summary>
    public SpanTable<bool> PlaceFieldWords { get; }

    /// <summary>
    /// Industry nouns after a place and a trade word that make the two the place's industry (中国核电|产业, 中国建材|流通协会),
    /// also where the two are a listed firm's name; no market, fair or rank, which a firm has too.
    /// </summary>
    public SpanTable<bool> PlaceIndustryWords { get; }

    /// <summary>Words of the business part that a registered name puts before its legal form (发展, 制造, 运输 in 科技发展股份有限公司).</summary>
    public SpanTable<bool> CompanyBusinessWords { get; }

    /// <summary>
    /// Industry heads that after a place alone name the place's sector, not a firm (合肥光伏): heads for the suffix rule only,
    /// kept out of <see cref="CompanySuffixes"/>, whose hits are features of the name model as it was trained.
    /// </summary>
    public SpanTable<bool> CompanySectorHeads { get; }

    /// <summary>
    /// Forms that close a professional firm's registered name (律师事务所, 会计师事务所): legal forms of the suffix rule only,
    /// kept out of <see cref="CompanySuffixes"/> like <see cref="CompanySectorHeads"/>.
    /// </summary>
    public SpanTable<bool> PartnershipForms { get; }

    /// <summary>
    /// The heads before which a rare verb may open a brand (推想科技, 超声电子: company-verb-brand-heads.tsv, counted on the
    /// exchange short names); before any other head a verb is what is done to the thing (扣押|汽车, 起重|机械).
    /// </summary>
    public SpanTable<bool> VerbBrandHeads { get; }

    /// <summary>
    /// True when <paramref name="name"/> is a futures contract, not a futures firm: a commodity or index of
    /// futures-commodities.tsv before 期货, after a place of its market or nothing (螺纹钢期货, 郑州棉花期货, 纽约原油期货; not
    /// 永安期货), the places being those of <paramref name="places"/>.
    /// </summary>
    public bool IsFuturesContract(string name, SpanTable<bool> places)
    {
        if (!name.EndsWith(Futures, StringComparison.Ordinal)) return false;
        var commodityEnd = name.Length - Futures.Length;
        var commodityStart = places.TryLongestStartingAt(name, 0, out var place, out _) && place < commodityEnd ? place : 0;
        return _futuresCommodities.TryLongestStartingAt(name, commodityStart, out var length, out _) && commodityStart + length == commodityEnd;
    }

    private const string Futures = "期货";

    private readonly SpanTable<bool> _futuresCommodities;

    /// <summary>The heads the suffix rule looks for: <see cref="CompanySuffixes"/>, <see cref="CompanySectorHeads"/> and <see cref="PartnershipForms"/>.</summary>
    public SpanTable<bool> CompanyHeads { get; }

    /// <summary>Latin legal forms that close a foreign firm's registered name (Limited, Inc, Corporation, GmbH).</summary>
    public IReadOnlySet<string> LatinLegalForms { get; }

    /// <summary>Words that close a branch's name after the firm and a place (分公司, 公司), longest first.</summary>
    public string[] BranchWords { get; }

    /// <summary>Words that close the name of a bank's licensed unit right after the bank (信用卡中心), longest first.</summary>
    public string[] BankUnitWords { get; }

    /// <summary>The democratic parties' full names and short forms (democratic-parties.tsv: 中国民主促进会, 民进), longest first.</summary>
    public string[] DemocraticPartyForms { get; }

    /// <summary>Nouns after 等 that say a list's members are business enterprises (等企业, 等汽车厂商).</summary>
    public string[] FirmGroupNouns { get; }

    /// <summary>Nouns after 等 that say a list's members are bodies, firms or organisations (等单位, 等机构).</summary>
    public string[] UnitGroupNouns { get; }

    /// <summary>Nouns after 等 that allow firms among a list's members (等项目, 等龙头).</summary>
    public string[] ProjectGroupNouns { get; }

    /// <summary>
    /// Nouns after 等 for brands or market leaders (等三大国际品牌, 等汽车巨头): they allow firms as project nouns do, and the
    /// members take the kind of the known ones (特步、匹克等国内运动品牌: 匹克 is a firm as 特步 is).
    /// </summary>
    public string[] BrandGroupNouns { get; }

    /// <summary>Legal forms that close a registered company name (股份有限公司, 有限公司, 集团, 律师事务所), longest first.</summary>
    public string[] LegalForms { get; }

    /// <summary>True when <paramref name="name"/> ends with a company head (电子, 公司) that something stands before.</summary>
    public bool EndsWithCompanyHead(string name) => EndsWithHead(CompanySuffixes, name);

    /// <summary>True when <paramref name="name"/> ends with an organisation head (协会, 通讯社) that something stands before.</summary>
    public bool EndsWithOrganizationHead(string name) => EndsWithHead(OrganizationSuffixes, name);

    private static bool EndsWithHead(SpanTable<bool> heads, string name) =>
        heads.TryLongestEndingAt(name, name.Length, 1, out var start, out _) && start > 0;

    /// <summary>The legal form that <paramref name="name"/> ends with, or null.</summary>
    public string? LegalFormOf(ReadOnlySpan<char> name)
    {
        // most names asked about end in no form's last character (司, 团, 社, 所): one test instead of a comparison per form
        if (name.IsEmpty || !_legalFormLastCharacters.Contains(name[^1])) return null;
        foreach (var form in LegalForms) if (name.EndsWith(form, StringComparison.Ordinal)) return form;
        return null;
    }

    /// <summary>True when <paramref name="name"/> starts with a common surname (compound ones included).</summary>
    public bool StartsWithSurname(ReadOnlySpan<char> name) => SurnameLength(name) > 0;

    /// <summary>The length of the surname that <paramref name="name"/> starts with: 2 for a compound one (欧阳), 1 for a single one, 0 for none.</summary>
    public int SurnameLength(ReadOnlySpan<char> name) =>
        name.Length >= 2 && _surnames.Contains(name[..2]) ? 2 : name.Length >= 1 && _surnames.Contains(name[..1]) ? 1 : 0;

    /// <summary>Where a title that precedes names (会长, 院长) ending at <paramref name="end"/> starts, or -1.</summary>
    public int TitleStartEndingAt(string text, int end) => _titles.TryLongestEndingAt(text, end, 2, out var start, out _) ? start : -1;

    /// <summary>True when some title that precedes names ends with <paramref name="c"/>: a cheap test before <see cref="TitleStartEndingAt"/>.</summary>
    public bool MayEndTitle(char c) => _titles.MayEndWith(c);

    /// <summary>True when a title that precedes names (秘书长, 主任) starts at <paramref name="start"/>.</summary>
    public bool TitleStartsAt(string text, int start) => _titles.TryLongestStartingAt(text, start, out _, out _);

    /// <summary>True when <paramref name="word"/> is or ends with a title that precedes names (董事长, 本报记者).</summary>
    public bool EndsWithTitle(string word) => _titles.TryLongestEndingAt(word, word.Length, 2, out _, out _);

    /// <summary><see cref="EndsWithTitle(string)"/> of the word from <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/>.</summary>
    public bool EndsWithTitle(string text, int start, int end) => _titles.TryLongestEndingAt(text, start, end, 2, out _, out _);

    /// <summary>True when every character of <paramref name="name"/> is one of the standard transliteration characters (温格, 马尔科维奇).</summary>
    public bool IsTransliteration(ReadOnlySpan<char> name)
    {
        foreach (var c in name) if (!_transliteration.Contains(c)) return false;
        return !name.IsEmpty;
    }
}
