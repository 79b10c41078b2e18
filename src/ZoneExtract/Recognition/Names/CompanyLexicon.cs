using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Companies from public lists (Names/Data/companies.tsv: listed companies by exchange short name, central state-owned
/// groups, Hong Kong listings, Chinese names of well-known firms) with the short forms derived by rule (格力电器 → 格力),
/// and the words that show a name acting as a business (company-context-words.tsv), which an ambiguous form needs.
/// The rules also read lists that the name model's features do not (internet-companies.tsv: the 2019 top 100 Internet
/// companies, by their registered and short names; central-enterprise-news-forms.tsv: the forms the news uses for the central
/// state-owned groups, 中石油, 中建材, 国网; professional-service-firms.tsv: the foreign accounting, consulting, property-service,
/// rating and research firms, 普华永道, 麦肯锡, 仲量联行; fortune-global-500.tsv: the foreign firms of the Fortune Global 500,
/// 壳牌, 英国石油, 巴斯夫; foreign-listed-firms.tsv: foreign firms listed on their home exchanges that the Fortune list does not
/// hold, a group's listed unit by its brand and the unit's words, 三星SDI, 西门子医疗, and makers named by a short form, 赛默飞, 克诺尔;
/// chinese-global-500.tsv: the Chinese firms of the Fortune Global 500 that no exchange list names, 恒力集团,
/// 正威, 泰康, 和硕; former-a-share-names.tsv: the A shares' exchange short names of 2021, 2017 and 2016 that the current list
/// no longer holds, and the last names of the shares delisted since 1990, 阳光城, 青岛海尔, 美的电器, as the news of their time
/// names them; recent-hong-kong-listings.tsv: the Hong Kong listings of 2025 that
/// the 2020 snapshot lacks, 快手, 蔚来, 小鹏汽车, whose short forms by rule count beside the full name only; chinese-private-top-500.tsv:
/// the firms of the 2026 list of China's top 500 private enterprises that no other list holds, 信发集团, 冀南钢铁, 东明石化;
/// us-listed-chinese-firms.tsv: the Chinese firms listed only in New York, 虎牙, 富途控股, 陆金所, whose short forms by rule count
/// beside the full name only; local-state-groups.tsv: the groups that the provincial SASACs supervise and no other list holds,
/// 陕西交控, 陕汽控股, 广东省广晟控股集团; taiwan-listings.tsv: the firms listed in Taiwan by their exchange short names, 宏碁, 华硕,
/// 友达, 仁宝), so that a list added for the rules leaves the trained model as it is.
/// </summary>
internal sealed class CompanyLexicon
{
    private readonly SpanTable<bool> _contextWords;
    private readonly SpanTable<bool> _roles;
    private readonly SpanTable<bool> _industryHeads;
    private readonly SpanTable<bool> _fieldWords;
    private readonly SpanTable<bool> _placeIndustryWords;
    private readonly SpanTable<bool> _venueHeads;
    private readonly CommonWords _common;
    private readonly HashSet<string> _internetForms;
    private readonly HashSet<string> _centralNewsForms;
    private readonly HashSet<string> _foreignForms;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _foreignFormSpans; // asked per listed mention: no string cut

    public CompanyLexicon(DataFiles data, CommonWords common, WordCutter cutter)
    {
        var records = data.ReadRecords("companies.tsv").ToList();
        var listed = records.Select(r => Parse(r, "companies.tsv", shortFormsDerived: true)).ToList();
        Names = new NameLexicon(listed, common, cutter, judgeByVocabulary: true);
        var namedByRule = listed.Where((_, i) => !IsVocabularyShortName(records[i], common)).ToList(); // each record parsed once
        var internet = RuleOnlyList(data, "internet-companies.tsv");
        var professional = RuleOnlyList(data, "professional-service-firms.tsv");
        var global500 = RuleOnlyList(data, "fortune-global-500.tsv").Select(e => e with { NameIsNoPlace = true }).ToList();
        var chineseGlobal500 = RuleOnlyList(data, "chinese-global-500.tsv");
        // like the Fortune firms, a foreign firm's full Chinese name is no place even where jieba tags it one
        var foreignListed = RuleOnlyList(data, "foreign-listed-firms.tsv").Select(e => e with { NameIsNoPlace = true }).ToList();
        var formerShares = RuleOnlyList(data, "former-a-share-names.tsv");
        // the Hong Kong listings since 2020: their short forms are derived by rule, so they count beside the full name only
        var recentHongKong = data.ReadRecords("recent-hong-kong-listings.tsv").Select(r => Parse(r, "recent-hong-kong-listings.tsv", shortFormsDerived: true)).ToList();
        var privateTop500 = RuleOnlyList(data, "chinese-private-top-500.tsv");
        // the Chinese firms listed only in New York: their short forms are cut by rule, so they count beside the full name only
        var usListed = data.ReadRecords("us-listed-chinese-firms.tsv").Select(r => Parse(r, "us-listed-chinese-firms.tsv", shortFormsDerived: true)).ToList();
        var localStateGroups = RuleOnlyList(data, "local-state-groups.tsv");
        var taiwanListed = RuleOnlyList(data, "taiwan-listings.tsv");
        // the news forms of the central groups were chosen by hand as naming one group each: only their marks make them ambiguous
        var central = RuleOnlyList(data, "central-enterprise-news-forms.tsv").Select(e => e with { JudgedByVocabulary = false }).ToList();
        var subdistricts = SubdistrictNames(data);
        // the central groups' news forms come first: a group's own short name that the exchange list derived by rule (中国华能 of
        // 中国华能集团有限公司), which alone would need a listed form beside it, is one the news uses on its own
        Listed = new NameLexicon(central.Concat(namedByRule).Concat(internet).Concat(professional).Concat(global500).Concat(foreignListed).Concat(chineseGlobal500).Concat(formerShares).Concat(recentHongKong).Concat(privateTop500).Concat(usListed).Concat(localStateGroups).Concat(taiwanListed).Select(e => MarkSubdistricts(e, subdistricts)), common, cutter, judgeByVocabulary: true);
        _internetForms = internet.SelectMany(Forms).ToHashSet(StringComparer.Ordinal);
        _foreignForms = listed.Where((_, i) => records[i].Length > 2 && records[i][2] == NamesInChinese).Concat(professional).Concat(global500)
            .Concat(foreignListed).SelectMany(Forms).ToHashSet(StringComparer.Ordinal);
        _foreignFormSpans = _foreignForms.GetAlternateLookup<ReadOnlySpan<char>>();
        var exchangeAndStateForms = listed.SelectMany(Forms).ToHashSet(StringComparer.Ordinal);
        _centralNewsForms = central.SelectMany(Forms).Where(f => !exchangeAndStateForms.Contains(f) && !_internetForms.Contains(f))
            .ToHashSet(StringComparer.Ordinal);
        _common = common;
        _contextWords = data.ReadWordSet("company-context-words.tsv");
        _roles = data.ReadWordSet("company-roles.tsv");
        _industryHeads = data.ReadWordSet("company-suffixes.tsv");
        _fieldWords = data.ReadWordSet("company-field-words.tsv");
        _placeIndustryWords = data.ReadWordSet("company-place-industry-words.tsv");
        _venueHeads = data.ReadWordSet("company-venue-heads.tsv");
    }

    /// <summary>The lists the name model's features were trained with (companies.tsv).</summary>
    public NameLexicon Names { get; }

    /// <summary>
    /// Every list the rules read: companies.tsv, then the lists added for the rules only, whose short forms are the
    /// lists' own (腾讯 of 深圳市腾讯计算机系统有限责任公司, 中移动 of 中国移动通信集团有限公司), not derived by rule. A form keeps the first firm that claims it.
    /// </summary>
    public NameLexicon Listed { get; }

    /// <summary>
    /// True when the text after a name (from <paramref name="end"/>) shows that the name acts as a business: a context word
    /// right after it (苹果股价, 长城旗下), or 前 and a corporate role (苹果前CEO: its former officer); or, past the name of a partner (及黑莓) and 的, a Latin-letter product name
    /// (苹果的iPhone) or a context word that closes a short phrase (苹果和黑莓的主要供应商). A product right after the
    /// name (奔驰S500L) is not enough: there the brand names the product, not the firm. A bracketed stock code right after the
    /// name (和元生物（688238.SH）) shows a listed firm.
    /// </summary>
    public bool IsCompanyContext(string text, int end)
    {
        if (end >= text.Length) return false;
        if (StockCodeAfter.At(text, end)) return true;
        if (_contextWords.TryLongestStartingAt(text, end, out var length, out _)) return !InLongerWord(text, end, length);
        // a former officer of the firm (苹果前CEO, 联想前总裁)
        if (text[end] == '前' && end + 1 < text.Length && _roles.TryLongestStartingAt(text, end + 1, out _, out _)) return true;
        var at = AfterPartner(text, end);
        if (at >= text.Length || text[at] != '的') return false;
        at++;
        if (at < text.Length && char.IsAsciiLetter(text[at])) return true;
        for (var phraseEnd = at; phraseEnd < text.Length && phraseEnd - at <= MaxPhrase; phraseEnd++)
        {
            if (_contextWords.TryLongestStartingAt(text, phraseEnd, out _, out _)) return true;
            if (!Text.CharClass.IsIdeograph(text[phraseEnd])) return false;
        }
        return false;
    }

    /// <summary>
    /// True when the context word at <paramref name="start"/> is the start of a longer word of jieba's dictionary (收购 of
    /// 农产品收购价, a purchase price): that word is the sentence's, and the form before it is vocabulary, not a firm.
    /// </summary>
    private bool InLongerWord(string text, int start, int length)
    {
        for (var longer = length + 1; longer <= length + 2 && start + longer <= text.Length; longer++)
            if (_common.Frequency(text.AsSpan(start, longer)) > 0) return true;
        return false;
    }

    /// <summary>
    /// True when a mention of an Internet firm of the rules-only list (新浪, 搜狐, 腾讯: any form that list gives, whichever
    /// list claims it) is glued to a word
    /// that goes on naming something of the firm's: its channel, product or unit (新浪|乐居, 新浪|娱乐, 搜狐|视频, 新浪|微博),
    /// a word of two or more ideographs that is no verb, no function word and no business context word. The mention is then
    /// the head of a longer name, which is left to the other recognisers. A news form of a central group that companies.tsv
    /// lacks (一汽, 中粮, 国网) heads a longer name only before a name: a joint venture or a unit named by a proper noun or a
    /// word jieba does not know (一汽|丰田, 中粮|万科, 国网|浙江|电力公司), or a subsidiary's word and 公司 (鞍钢|国贸|公司); before
    /// vocabulary it is the firm (中移动|用户, 中石化|加油站, 中建材|光伏|玻璃).
    /// The exchange and state lists' names are not asked: there a following noun is the sentence's (紫金矿业|公告). A foreign
    /// firm's form (<see cref="ChinaUnitEnd"/>) right before a venue word (乐购|超市, 诺基亚|剧院: company-venue-heads.tsv) heads
    /// the name of a venue, a place.
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the mention starts.</param>
    /// <param name="end">Where the mention ends.</param>
    /// <param name="nextEnd">Where the word after it ends (-1 when no word starts at <paramref name="end"/>).</param>
    public bool HeadsLongerName(string text, int start, int end, int nextEnd)
    {
        if (NamesField(text, start, end) || NamesPlaceIndustry(text, start, end, nextEnd)) return true;
        if (nextEnd - end < 2) return false;
        var form = text[start..end];
        if (_foreignForms.Contains(form) && _venueHeads.Contains(text.AsSpan(end, nextEnd - end))) return true;
        var internet = _internetForms.Contains(form);
        if (!internet && !_centralNewsForms.Contains(form)) return false;
        var word = text.AsSpan(end, nextEnd - end);
        foreach (var c in word) if (!Text.CharClass.IsIdeograph(c)) return false;
        if (IsRegionalHeadquarters(text, word, nextEnd)) return false;
        return !_common.IsVerb(word) && !_contextWords.Contains(word)
            && (internet || _common.IsProperNoun(word) || _common.Frequency(word) == 0 || text.AsSpan(nextEnd).StartsWith(Company));
    }

    /// <summary>
    /// A place and a word for headquarters after a group's form (中储粮|江苏|总部, 中电建|华东|区域|总部): the group's regional
    /// headquarters, a project of the group that the news names by the group (腾讯|智慧产业总部 and 沃尔玛|中国总部 are
    /// annotated the same way), not a firm of a longer name (国网|浙江|电力公司).
    /// </summary>
    private bool IsRegionalHeadquarters(string text, ReadOnlySpan<char> word, int nextEnd)
    {
        if (!_common.IsPlaceName(word)) return false;
        foreach (var headquarters in Headquarters) if (text.AsSpan(nextEnd).StartsWith(headquarters, StringComparison.Ordinal)) return true;
        return false;
    }

    private static readonly string[] Headquarters = ["总部", "区域总部", "地区总部"];

    /// <summary>
    /// A listed name that ends in an industry word, right before a word that makes that industry a field (中国软件|行业,
    /// 中国食品|企业, 中国医药|行业: company-field-words.tsv), names the field of the place, as the suffix rule reads 科技企业:
    /// the listed firm (中国软件, 中国医药) is not meant there.
    /// </summary>
    private bool NamesField(string text, int start, int end) =>
        _industryHeads.TryLongestEndingAt(text, end, 2, out var headStart, out _) && headStart > start
        && _fieldWords.TryLongestStartingAt(text, end, out _, out _);

    /// <summary>
    /// A listed name that opens with a place (中国核电, 中国稀土, 山西焦化), right before an industry noun (产业, 流通, 零部件:
    /// company-place-industry-words.tsv), names the place's industry (中国核电|产业, 山西焦化|产业, 中国建材|流通协会), not the firm.
    /// </summary>
    private bool NamesPlaceIndustry(string text, int start, int end, int nextEnd) =>
        nextEnd > end && _placeIndustryWords.Contains(text.AsSpan(end, nextEnd - end)) && OpensWithPlace(_common, text.AsSpan(start, end - start));

    /// <summary>True when a place that jieba tags as one (中国, 山西, 内蒙古) opens <paramref name="name"/> and more follows it.</summary>
    internal static bool OpensWithPlace(CommonWords common, ReadOnlySpan<char> name)
    {
        for (var length = MaxPlaceLength; length >= 2; length--)
            if (name.Length > length && common.IsPlaceName(name[..length])) return true;
        return false;
    }

    private const int MaxPlaceLength = 3; // 内蒙古, 黑龙江

    private const string Company = "公司";

    /// <summary>
    /// Where the mention of a firm of the lists of foreign firms' Chinese names (names-in-chinese of companies.tsv,
    /// professional-service-firms.tsv, fortune-global-500.tsv) ends when 中国, a word of its own, follows it: there the two name
    /// the firm's China unit (雅培|中国|还表示, 花旗|中国|、, 松下|中国|总裁, 罗地亚|中国|的), unless a noun other than a corporate
    /// role follows that makes 中国 the place of the firm's business (沃尔玛|中国|总部, 波士顿咨询|中国|区, 特斯拉|中国|市场) or a
    /// head of a longer name follows (雅培|中国|有限公司: the suffix rule's).
    /// </summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where the mention starts.</param>
    /// <param name="end">Where the mention ends.</param>
    /// <param name="nextEnd">Where the word after it ends (-1 when no word starts at <paramref name="end"/>).</param>
    /// <param name="afterEnd">Where the word after that ends (-1 when none starts at <paramref name="nextEnd"/>).</param>
    public int ChinaUnitEnd(string text, int start, int end, int nextEnd, int afterEnd)
    {
        if (nextEnd <= end || !_foreignFormSpans.Contains(text.AsSpan(start, end - start))) return end;
        if (nextEnd - end != China.Length || !text.AsSpan(end).StartsWith(China)) return LocalUnitEnd(text, end, nextEnd, afterEnd);
        if (afterEnd <= nextEnd) return nextEnd;
        var after = text.AsSpan(nextEnd, afterEnd - nextEnd);
        if (_industryHeads.TryLongestStartingAt(text, nextEnd, out _, out _)) return end;
        return _common.IsCommonNoun(after) && !_roles.Contains(after) ? end : nextEnd;
    }

    private const string China = "中国";

    /// <summary>
    /// Where a foreign firm's mention ends when a place, a word of its own, follows it and a frequent verb or function word
    /// follows the place: the two name the firm's local entity, the subject or object of that verb (博世|苏州|于|1999年设立,
    /// 博世|苏州|通过, 大众|安徽|生产|的): the news names such a unit by its parent's form and its place. Before a noun the place
    /// is where the firm does something (宝马|沈阳|工厂).
    /// </summary>
    private int LocalUnitEnd(string text, int end, int nextEnd, int afterEnd) =>
        afterEnd > nextEnd && _common.IsPlaceName(text.AsSpan(end, nextEnd - end))
        && _common.IsFrequentNonNameWord(text.AsSpan(nextEnd, afterEnd - nextEnd)) ? nextEnd : end;

    private const string NamesInChinese = "names-in-chinese";

    /// <summary>The most characters between 的 and the context word that closes the phrase (的主要印刷电路板供应商).</summary>
    private const int MaxPhrase = 8;

    /// <summary>Past a coordinated name (及黑莓, 和黑莓, 、黑莓: a conjunction and two to four ideographs before 的), else <paramref name="end"/>.</summary>
    private static int AfterPartner(string text, int end)
    {
        if (text[end] is not ('及' or '和' or '与' or '、')) return end;
        var at = end + 1;
        while (at < text.Length && at - end <= 5 && Text.CharClass.IsIdeograph(text[at]) && text[at] != '的') at++;
        return at - end - 1 is >= 2 and <= 4 && at < text.Length && text[at] == '的' ? at : end;
    }

    /// <summary>
    /// An exchange short name that is itself common vocabulary (发展, 标准, 生物, 动力, 农产品, 老百姓: jieba counts it 300 times or
    /// more and tags no proper noun). Alone in the news it is the word; the firm goes by a longer name (标准股份, 农产品集团), which
    /// the suffix rule reads, and a business word after the bare word proves little (发展总部经济, 农产品收购, 标准工厂). The rules
    /// leave such names out; the model's features keep them, as it was trained. Brands of the list of Chinese names of firms
    /// (苹果, 微软) are no exchange short names and stay.
    /// </summary>
    private static bool IsVocabularyShortName(string[] record, CommonWords common) =>
        record.Length > 2 && ExchangeListings.Contains(record[2]) && common.IsCommonNonProperWord(record[0]);

    private static readonly string[] ExchangeListings = ["a-share-sse", "a-share-szse", "bse"];

    /// <summary>A list read by the rules only, whose short forms are its own, not derived by rule.</summary>
    private static List<NameLexicon.Entry> RuleOnlyList(DataFiles data, string file) =>
        data.ReadRecords(file).Select(r => Parse(r, file, shortFormsDerived: false)).ToList();

    private static NameLexicon.Entry Parse(string[] record, string file, bool shortFormsDerived) =>
        record.Length == 4
            ? new NameLexicon.Entry(record[0], Words(record[1]), shortFormsDerived, Words(record[3]).ToHashSet(StringComparer.Ordinal))
            : throw new InvalidDataException($"{file}: '{string.Join('\t', record)}' does not have 4 columns.");

    /// <summary>
    /// The names of the subdistricts (街道) without the word 街道 (金融街 of 金融街街道): a listed firm that bears one (the
    /// A share 金融街) is named by the rules only with evidence, like a place; the place list leaves 街道 out, being
    /// read by the name model too.
    /// </summary>
    private static HashSet<string> SubdistrictNames(DataFiles data) =>
        data.ReadRecords("townships.tsv").Select(r => r[0]).Where(n => n.Length >= 4 && n.EndsWith("街道", StringComparison.Ordinal))
            .Select(n => n[..^2]).ToHashSet(StringComparer.Ordinal);

    private static NameLexicon.Entry MarkSubdistricts(NameLexicon.Entry entry, HashSet<string> subdistricts)
    {
        var places = entry.OtherForms.Prepend(entry.Name).Where(subdistricts.Contains).ToList();
        return places.Count == 0 ? entry : entry with { MarkedAmbiguous = entry.MarkedAmbiguous.Union(places).ToHashSet(StringComparer.Ordinal) };
    }

    private static IEnumerable<string> Forms(NameLexicon.Entry entry) => entry.OtherForms.Prepend(entry.Name);

    private static string[] Words(string column) => column.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
