using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Holds the model's spans to the same idea of a name that the rules use, so that the two sources agree:
/// <list type="bullet">
/// <item>a span starts and ends at jieba word boundaries (not 重庆市高质量发) and runs across no conjunction,
/// bracket or punctuation (湖南省和黔东南, (GDP));</item>
/// <item>a single frequent dictionary word that jieba does not tag as a proper noun or an abbreviation (中行, 央行)
/// is no name (国家, 科学) — a company may be one when the lists give it as a firm's own name (微软, 苹果) —, nor is a
/// single dictionary phrase of four or more characters of moderate frequency (招商引资, 安居乐业; see
/// <see cref="CommonWords.PhraseThreshold"/>) unless it ends in a company or organisation head (中兴通讯);</item>
/// <item>no span is an idiom, opens with a frequent verb or a numeral with a measure word (or the measure word after the numeral, 几|大租车公司), or ends in a zone
/// suffix (zones belong to the zone recognisers) or a title (海淀医院院长);</item>
/// <item>a person's name is two to four ideographs (a two-character one led by a common surname), and not an ordinary
/// dictionary word, or a foreign name: parts joined by · (马克·休斯) or up to six transliteration characters (温格);</item>
/// <item>a company is not a listed place alone (重庆), nor places in a row (山东淄博, 中国香港), nor a province or prefecture
/// before a county-level place (山东金乡), nor a word jieba does not know listed with 、 beside an ordinary word that is no
/// name (销售、土储、融资; 餐厅、KTV);</item>
/// <item>no span holds the list particle 等 as a word of its own (易方达基金|等|基金公司: the list's item, then its kind);</item>
/// <item>a company span after a verb loses a closing 股份 (持有|紫金矿业股份: the firm's shares; <see cref="WithoutSharesAfterVerb"/>);</item>
/// <item>a place span loses a closing 高速公路, 公路, 铁路 or 河道 after a listed place or a division (江苏|高速公路, 大伙房水源区|河道:
/// the area's roads or channels; <see cref="WithoutNetworkAfterPlace"/>);</item>
/// <item>a span ending in 银行 right before 间 is part of the word 银行间 (上海银行|间同业拆放利率);</item>
/// <item>a span ending in a regulator's Latin acronym (美国FDA) is no company, one ending in a certification mark
/// (欧盟CE) no company or organisation;</item>
/// <item>a span that ends in a company or organisation head needs a specific part before it (劳务公司 and
/// 研发中心 are kinds, and so is 家电企业集团, a kind of firm before the head; 新格局 ends in the ordinary word 格局, not in the head 局), unless jieba's dictionary tags the
/// whole word as an organisation name and its head has two or more characters (建设银行).</item>
/// </list>
/// </summary>
internal sealed class ModelSpanFilter(NameResources names, Lexicon.NameLexicon? listedCompanies = null)
{
    private const string Joiners = "和与及或、,;:。!?\"“”'‘’《》()[]";

    public bool IsNameShaped(string text, TokenBoundaries words, int start, int length, EntityLabel label)
    {
        var span = text.AsSpan(start, length);
        if (span.IndexOfAny(Joiners) >= 0 || span.IndexOfAny(' ', '\t', '\n') >= 0) return false;
        if (!words.IsBoundary(start) || (start + length < text.Length && !words.IsBoundary(start + length))) return false;
        if (HoldsListParticle(span, words, start)) return false; // 易方达基金|等|基金公司: a list's item and its kind
        var singleWord = words.StartOfWordEndingAt(start + length) == start;
        if (singleWord && (names.Common.IsCommonNonProperWord(span) && !names.Common.IsAbbreviation(span) && !(label == EntityLabel.Company && IsListedOwnName(span.ToString()))
            || names.Common.IsIdiom(span))) return false;
        if (singleWord && names.Common.IsFrequentPhrase(span) && !EndsWithHead(span.ToString())) return false; // 招商引资, but not 中兴通讯
        if (StartsWithNonNameWord(text, words, start, length) || OpensWithCounterAfterNumeral(text, words, start, length)) return false;
        if (names.Prefix.IsGeneric(span)) return false; // 科创, 高新技术: modifiers inside names, never a name alone
        if (EndsInsideGenericWord(names.Prefix, text, words, start, start + length)) return false; // 山外山科|创板: the name is 山外山
        if (names.ZoneSuffixes.TryMatchEndingAt(span.ToString(), length, out _, out _)) return false; // zones are the zone recognisers' call
        if (names.Lexicons.EndsWithTitle(span.ToString())) return false; // 海淀医院院长: the name stops before the title
        if (label == EntityLabel.Person && !IsPersonShaped(span, singleWord)) return false;
        if (label is EntityLabel.Company or EntityLabel.Organization && EndsWithAcronymOf(span, names.Lexicons.CertificationMarks)) return false;
        if (label == EntityLabel.Company && EndsWithAcronymOf(span, names.Lexicons.RegulatorAcronyms)) return false;
        if (label == EntityLabel.Location && IsPlaceBeforeCommonWords(text, words, start, start + length)) return false; // 余姚市|交通: the place list takes 余姚市
        if (label == EntityLabel.Location && OpensWithSettlementClass(text, start, start + length)) return false; // 农村公路网: a kind of road, no place
        if (label == EntityLabel.Company && IsPlaceAlone(text, start, start + length, span)) return false; // 重庆, and 福安 in 蕉城、福安、霞浦
        if (label == EntityLabel.Company && IsProvinceAndCounty(span)) return false; // 山东金乡, 上海永嘉: where a place is
        if (label == EntityLabel.Company && singleWord && names.Common.Frequency(span) == 0
            && IsListedBesideCommonWord(text, words, start, start + length)) return false; // 销售、土储、融资
        if (label == EntityLabel.Company && names.Lexicons.IsFuturesContract(span.ToString(), names.AllPlaces.All)) return false; // 螺纹钢期货: the contract
        if (label == EntityLabel.Company && IsPlaceIndustry(text, words, start, start + length)) return false; // 中国核电|产业: the country's industry
        if (label is EntityLabel.Company or EntityLabel.Organization && InterbankWord.EndsInside(text, start + length)) return false; // 上海银行|间
        if (CompanyRiskWarningName.OpensWithPrefix(span) && !IsRiskWarningName(text, words, start, length)) return false; // ST公司, or ST without *ST西域's name
        var known = singleWord && names.Common.IsOrganizationName(span); // 建设银行: jieba knows the whole as a name, generic as 建设 is
        return HasSpecificPart(span.ToString(), HeadStart(span), known, label);
    }

    /// <summary>
    /// True when a generic word of three or more characters (科创板, 高新技术) starts at <paramref name="position"/> and ends
    /// on a word boundary beyond <paramref name="after"/>: where jieba glued a name's last character to such a word
    /// (山外|山科|创板), the name still ends at <paramref name="position"/>.
    /// </summary>
    internal static bool GenericWordStartsAt(NamePrefix prefix, string text, TokenBoundaries words, int position, int after)
    {
        for (var length = 3; length <= MaxGluedGenericLength && position + length <= text.Length; length++)
        {
            var end = position + length;
            if (end > after && prefix.IsGeneric(text.AsSpan(position, length)) && words.IsBoundary(end)) return true;
        }
        return false;
    }

    private const int MaxGluedGenericLength = 4; // 高新技术, 科技创新

    /// <summary>The span's last characters open a glued generic word (山外山科 before 创板: 科创板), so its end is no name's end.</summary>
    private static bool EndsInsideGenericWord(NamePrefix prefix, string text, TokenBoundaries words, int start, int end)
    {
        for (var position = Math.Max(start + 1, end - MaxGluedGenericLength + 1); position < end; position++)
            if (GenericWordStartsAt(prefix, text, words, position, end)) return true;
        return false;
    }

    /// <summary>
    /// True when the span is a listed province or prefecture (重庆), or a county-level place (福安, or 福鼎 of 福鼎市, which
    /// jieba tags a person) listed with 、 beside another place (蕉城、福安、霞浦、福鼎). A county's short form is often a
    /// firm's too (兴业 of 兴业银行 in 中信、兴业、民生; 福田 of 福田汽车), so alone it needs the neighbouring place.
    /// </summary>
    private bool IsPlaceAlone(string text, int start, int end, ReadOnlySpan<char> span)
    {
        if (names.Places.All.Contains(span) || IsPlacesInARow(span.ToString())) return true;
        if (!IsCountyLevelPlace(names, span)) return false;
        var places = names.AllPlaces.All;
        return start > 2 && text[start - 1] == '、' && places.TryLongestEndingAt(text, start - 1, 2, out _, out _)
            || end + 2 < text.Length && text[end] == '、' && places.TryLongestStartingAt(text, end + 1, out var length, out _) && length >= 2;
    }

    /// <summary>
    /// True when the span stands in a list joined by 、 beside an ordinary dictionary word that is no name (销售、土储、融资:
    /// the items are business terms, and a word jieba does not know among them is a clipped term, not a firm).
    /// </summary>
    private bool IsListedBesideCommonWord(string text, TokenBoundaries words, int start, int end)
    {
        var before = start >= 2 && text[start - 1] == '、' ? words.StartOfWordEndingAt(start - 1) : -1;
        if (before >= 0 && names.Common.IsCommonNonProperWord(text.AsSpan(before, start - 1 - before))) return true;
        if (end + 1 >= text.Length || text[end] != '、') return false;
        var after = words.WordEnd(end + 1, text.Length);
        return names.Common.IsCommonNonProperWord(text.AsSpan(end + 1, after - end - 1));
    }

    /// <summary>
    /// A span that opens with a place (中国, 山西), right before an industry noun (产业, 流通, 零部件:
    /// company-place-industry-words.tsv), names the place's industry (中国核电|产业, 山西焦化|产业), not a firm, as the listed
    /// names' rule reads it.
    /// </summary>
    private bool IsPlaceIndustry(string text, TokenBoundaries words, int start, int end) =>
        end < text.Length && names.Lexicons.PlaceIndustryWords.Contains(text.AsSpan(end, words.WordEnd(end, text.Length) - end))
        && Names.CompanyLexicon.OpensWithPlace(names.Common, text.AsSpan(start, end - start));

    /// <summary>
    /// A listed province or prefecture followed by a county-level place (山东金乡, 湖南醴陵): the place of a person or a farm,
    /// the larger first, as in <see cref="IsPlacesInARow"/> for the places the province list holds.
    /// </summary>
    private bool IsProvinceAndCounty(ReadOnlySpan<char> span)
    {
        var length = names.Places.PrefixLength(span.ToString(), 0);
        return length > 0 && span.Length - length >= 2 && IsCountyLevelPlace(names, span[length..]);
    }

    /// <summary>
    /// Two or more listed places in a row, the larger first (山东淄博, 广东深圳), or a place after its country (中国香港): where
    /// a place is, not a firm.
    /// </summary>
    private bool IsPlacesInARow(string span)
    {
        var at = span.StartsWith(Country, StringComparison.Ordinal) ? Country.Length : 0;
        var places = at > 0 ? 1 : 0;
        while (at < span.Length && names.Places.PrefixLength(span, at) is var length and > 0)
        {
            at += length;
            places++;
        }
        return at == span.Length && places >= 2;
    }

    private const string Country = "中国";

    /// <summary>
    /// A listed place that ends on a word boundary, followed only by common words that name no place of their own
    /// (余姚市|交通, 合肥市|太阳能, 上海|经济, 来宾市|良江镇|南面 after an address chain): the place ends where the common words start, what follows it is a topic. A
    /// feature or area named after the place stays whole (余姚|大道, 长沙|火车站, 广州|都市圈, 越南|丛林, 中国|电子|大厦), and
    /// so does a part of it (海淀|北部, 上饶|地区, 恩施|市区, 长兴|基地, 徐州|城), which public annotations such as CLUENER and Boson
    /// take into the place.
    /// </summary>
    private bool IsPlaceBeforeCommonWords(string text, TokenBoundaries words, int start, int end)
    {
        if (!names.AllPlaces.All.TryLongestStartingAt(text, start, out var placeLength, out _)) return false;
        var at = start + placeLength;
        while (at < end && words.IsBoundary(at) && names.AllPlaces.All.TryLongestStartingAt(text, at, out placeLength, out _)
            && placeLength < end - at && words.IsBoundary(at + placeLength)) at += placeLength; // 来宾市|良江镇|南面: the address chain
        if (at >= end || !words.IsBoundary(at)) return false;
        if (OpensWithSettlementClass(text, at, end)) return true; // 广西|农村, 晓天镇|农村公路: the place's countryside is a topic
        if (FeatureHeads.Contains(text[end - 1])) return false;
        while (at < end)
        {
            var wordEnd = words.WordEnd(at, end);
            var word = text.AsSpan(at, wordEnd - at);
            if (!names.Common.IsCommon(word) || names.Common.IsPlaceName(word) || names.AllPlaces.NamesDivision(word)) return false;
            at = wordEnd;
        }
        return true;
    }

    /// <summary>
    /// True when the words from <paramref name="at"/> open with a word for a class of settlement (农村, 乡村, 城乡, 镇村: the
    /// countryside, not a part of one place): 广西|农村|交通 and 晓天镇|农村|公路 are the place's rural roads, and 农村公路网 names
    /// no place, though 村 and 路 end the names of places.
    /// </summary>
    private static bool OpensWithSettlementClass(string text, int at, int end)
    {
        var words = text.AsSpan(at, end - at);
        foreach (var word in SettlementClasses) if (words.StartsWith(word, StringComparison.Ordinal)) return true; // 农村公路 is one jieba word
        return false; // a loop, not Array.Exists: its lambda was an object per LOC span
    }

    /// <summary>The words for all settlements of a kind (the countryside, town and country): generic, never a place's name or part.</summary>
    private static readonly string[] SettlementClasses = ["农村", "乡村", "城乡", "乡镇", "镇村", "村镇"];

    /// <summary>
    /// Last characters of the names of natural and built features (路, 江, 山, 站, 港, 桥, 码头, 大厦, 丛林, 海域, 网吧, 中学), of regions
    /// grouped round a place (广州都市圈, 长株潭城市群, 长江经济带) and of a place's parts and divisions (北部, 近郊, 地区, 城,
    /// 市区, 基地, 县, 镇), which a place's name may open.
    /// </summary>
    internal const string FeatureHeads = "路道街巷桥江河湖海洋山岭峰岛湾港站场园寺庙塔楼馆谷洞泉渠库坝滩口门头圈群带厦林域吧学部郊区地县乡镇村城";

    /// <summary>A county-level or lower place the LOC list knows, or a county's short form it leaves out (福鼎 of 福鼎市, 登封 of 登封市).</summary>
    internal static bool IsCountyLevelPlace(NameResources names, ReadOnlySpan<char> span)
    {
        if (names.AllPlaces.All.Contains(span)) return true;
        Span<char> withSuffix = stackalloc char[span.Length + 1];
        span.CopyTo(withSuffix);
        foreach (var suffix in CountySuffixes)
        {
            withSuffix[^1] = suffix;
            if (names.AllPlaces.All.Contains(withSuffix)) return true;
        }
        return false;
    }

    private const string CountySuffixes = "区县市旗";

    /// <summary>
    /// Where the span's head (a company or organisation head word, or a professional firm's form) starts, the longer head
    /// winning (公司 in 博彩公司, not the unit head 司; 律师事务所, so that the form alone is no name), or the span's length when
    /// it has none.
    /// </summary>
    private int HeadStart(ReadOnlySpan<char> span)
    {
        var text = span.ToString();
        var company = names.Lexicons.CompanySuffixes.TryLongestEndingAt(text, text.Length, 1, out var start, out _) ? start : text.Length;
        var organization = names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(text, text.Length, 1, out start, out _) ? start : text.Length;
        var partnership = names.Lexicons.PartnershipForms.TryLongestEndingAt(text, text.Length, 1, out start, out _) ? start : text.Length;
        return Math.Min(Math.Min(company, organization), partnership);
    }

    /// <summary>
    /// A first word that is a frequent verb, a post verb (<see cref="PostVerbs"/>), a point's number (二是) or a numeral with a measure word (布局建设大科学, 十大科技, 428|家科创板) cannot open a
    /// name, nor can a noun for firms that names the kind of the name of two or more characters after it (龙头|联合利华,
    /// 厂商|晶元光电, 公司|党委宣传部; not 公司|部, a bank's department). A counter right after digits opens no name even
    /// when jieba glued it to the whole span (7|家协会: seven associations).
    /// </summary>
    private bool StartsWithNonNameWord(string text, TokenBoundaries words, int start, int length)
    {
        if (names.Prefix.IsCounterAfterDigits(text, start)) return true;
        for (var end = start + 1; end <= start + length; end++)
        {
            if (words.StartOfWordEndingAt(end) != start) continue;
            var first = text.AsSpan(start, end - start);
            if (names.Lexicons.PostVerbs.Contains(first)) return true; // 时任|保利地产, 辞任|公司, 卸任: the post verb belongs to the sentence
            if (PointNumber.Is(first)) return true; // 二是|公司: the point's number belongs to the sentence
            return end < start + length && (names.Common.IsFrequentNonNameWord(first.ToString()) || names.Prefix.IsQuantity(first)
                || start + length - end >= 2 && IsFirmGroupNoun(first.ToString()));
        }
        return false;
    }

    /// <summary>
    /// The length of a COMPANY or ORG span without a closing 党组 before the post held in it (最高法院党组|副书记,
    /// 中国科协党组|成员): 党组 is the body's Party group and, with the post after it, part of the person's title; the
    /// name is the body before it. Other spans keep <paramref name="length"/>.
    /// </summary>
    public static int WithoutPartyGroupBeforeItsPost(string text, int start, int length, EntityLabel label) =>
        label is EntityLabel.Company or EntityLabel.Organization && length > PartyGroup.Length + 1
        && text.AsSpan(start, length).EndsWith(PartyGroup, StringComparison.Ordinal)
        && WordLists.StartsWithAny(text.AsSpan(start + length), PartyGroupPosts) ? length - PartyGroup.Length : length;

    private const string PartyGroup = "党组";

    /// <summary>The posts held in a Party group (党组书记, 党组副书记, 党组成员).</summary>
    private static readonly string[] PartyGroupPosts = ["书记", "副书记", "成员"];

    /// <summary>
    /// The length of a COMPANY span without a closing 股份 when a verb stands right before the span (持有|紫金矿业股份,
    /// 减持|格力电器股份): the firm's shares, held or traded, as the company rules read them (CompanySuffixRecognizer), not
    /// an exchange short name (隆基股份). Other spans keep <paramref name="length"/>.
    /// </summary>
    public int WithoutSharesAfterVerb(string text, TokenBoundaries words, int start, int length, EntityLabel label)
    {
        if (label != EntityLabel.Company || length < Shares.Length + 2 || !text.AsSpan(start, length).EndsWith(Shares, StringComparison.Ordinal)
            || !words.IsBoundary(start + length - Shares.Length)) return length;
        var before = words.StartOfWordEndingAt(start);
        return before >= 0 && names.Common.IsVerb(text.AsSpan(before, start - before)) ? length - Shares.Length : length;
    }

    private const string Shares = "股份";

    /// <summary>
    /// The length of a LOC span without a closing word for a network of roads or waterways (高速公路, 公路, 铁路, 河道) when the
    /// words before it are a listed place or end in a division's suffix (江苏|高速公路, 大伙房|水源|区|河道): the place's roads or
    /// channels, not a named road (京沪高速公路, 余梁公路, whose first part is no place). Other spans keep <paramref name="length"/>.
    /// </summary>
    public int WithoutNetworkAfterPlace(string text, TokenBoundaries words, int start, int length, EntityLabel label)
    {
        var end = start + length;
        var wordStart = words.StartOfWordEndingAt(end);
        if (label != EntityLabel.Location || wordStart - start < 2 || !IsNetworkWord(text.AsSpan(wordStart, end - wordStart))) return length;
        var place = text.AsSpan(start, wordStart - start);
        return names.AllPlaces.All.Contains(place) || DivisionSuffixes.Contains(place[^1]) ? wordStart - start : length;
    }

    /// <summary>Common words for all the roads or channels of an area, which no name after a place is made of.</summary>
    private static readonly string[] NetworkWords = ["高速公路", "公路", "铁路", "河道"];

    private static bool IsNetworkWord(ReadOnlySpan<char> word)
    {
        foreach (var network in NetworkWords) if (word.SequenceEqual(network)) return true;
        return false;
    }

    private const string DivisionSuffixes = "省市县区";

    /// <summary>True when the list particle 等 is a word of its own inside the span (not 高等 or 等级, words that hold it).</summary>
    private static bool HoldsListParticle(ReadOnlySpan<char> span, TokenBoundaries words, int start)
    {
        for (var at = 1; at < span.Length - 1; at++)
            if (span[at] == ListParticle && words.StartOfWordEndingAt(start + at + 1) == start + at) return true;
        return false;
    }

    private const char ListParticle = '等';

    /// <summary>A span that opens with a risk-warning prefix is a name only as the whole short name the rule reads (*ST圣亚).</summary>
    private static bool IsRiskWarningName(string text, TokenBoundaries words, int start, int length) =>
        CompanyRiskWarningName.End(text, words, start + text.AsSpan(start, length).IndexOf("ST"), out var nameStart) == start + length && nameStart == start;

    /// <summary>
    /// A noun after 等 that says a list's members are or may be firms (企业, 厂商, 龙头, 巨头). The unit nouns (机构, 单位) are
    /// left out: an organisation's descriptive name may hold them (电子认证机构中国金融认证中心).
    /// </summary>
    private bool IsFirmGroupNoun(string word) =>
        names.Lexicons.FirmGroupNouns.Contains(word) || names.Lexicons.ProjectGroupNouns.Contains(word) || names.Lexicons.BrandGroupNouns.Contains(word);

    /// <summary>
    /// A span that opens with a counter standing alone after a numeral word (几|大|租车公司 of 国内几大租车公司): jieba cut the
    /// quantity in two, and the counted kind is no name. A brand that holds the character stays (一|家乐福: 家 is no word there).
    /// </summary>
    private bool OpensWithCounterAfterNumeral(string text, TokenBoundaries words, int start, int length) =>
        start > 0 && length > 1 && words.IsBoundary(start - 1) && words.StartOfWordEndingAt(start + 1) == start
        && words.StartOfWordEndingAt(start) == start - 1 && names.Prefix.IsQuantity(text.AsSpan(start - 1, 2));

    /// <summary>
    /// Two to four ideographs (two only with a common surname), not an ordinary dictionary word, not ending in an
    /// administrative suffix (纳雍县); or a transliterated foreign name: ideograph parts joined by the interpunct
    /// (马克·休斯), or two to six transliteration characters that are not a common word (温格, 马尔科维奇).
    /// </summary>
    private bool IsPersonShaped(ReadOnlySpan<char> span, bool singleWord)
    {
        if (span.Contains('·')) return IsTransliteratedName(span);
        if (span.Length is >= 2 and <= 6 && names.Lexicons.IsTransliteration(span))
            return !singleWord || !names.Common.IsCommon(span.ToString()); // 温格, 马尔科维奇: a foreign name, surname or not
        if (span.Length > 4 || "县市省区镇村乡州".Contains(span[^1])) return false;
        if (span.Length == 2 && !names.Lexicons.StartsWithSurname(span)) return false; // two characters without a surname are rarely a name
        foreach (var c in span) if (!CharClass.IsIdeograph(c)) return false;
        return !singleWord || names.Common.Frequency(span.ToString()) == 0 || names.Common.IsProperNoun(span);
    }

    /// <summary>True when the span's final run of Latin letters (the whole run, not a tail of it) is in <paramref name="acronyms"/>.</summary>
    private bool EndsWithAcronymOf(ReadOnlySpan<char> span, SpanTable<bool> acronyms)
    {
        var start = span.Length;
        while (start > 0 && char.IsAsciiLetter(span[start - 1])) start--;
        return start < span.Length && acronyms.Contains(span[start..]);
    }

    /// <summary>Two or more non-empty runs of ideographs joined by single interpuncts, at most ten ideographs in all.</summary>
    private bool IsTransliteratedName(ReadOnlySpan<char> span)
    {
        var ideographs = 0;
        var run = 0;
        foreach (var c in span)
        {
            if (c == '·')
            {
                if (run == 0) return false;
                run = 0;
            }
            else if (CharClass.IsIdeograph(c)) { run++; ideographs++; }
            else return false;
        }
        return run > 0 && ideographs <= 10;
    }

    /// <summary>
    /// An ordinary noun of jieba's (tag n, no proper noun) that is common vocabulary (<see cref="CommonWords.IsCommon(string)"/>:
    /// 招标 430, 酒店, 龙头) and that no list gives as a firm's own name (苹果, 大众 of 苹果公司, 大众集团): a trade or a thing, not
    /// a brand. A short form that the exchange list derives by rule (招标 of 招标股份, 龙头 of 龙头股份) is no such name.
    /// </summary>
    private bool IsTradeNoun(string word) => names.Common.IsCommonNoun(word) && names.Common.IsCommon(word) && !IsListedOwnName(word);

    /// <summary>
    /// A firm's own name on the public lists, not a short form derived by rule (微软, 苹果, 大众 as the lists give them; not
    /// 招标 of 招标股份): where the model reads such a common word as a company, the context has made it the firm.
    /// </summary>
    private bool IsListedOwnName(string word) =>
        listedCompanies is not null && listedCompanies.Forms.TryLongestStartingAt(word, 0, out var length, out var form)
        && length == word.Length && !form.Derived;

    private bool EndsWithHead(string word) => names.Lexicons.EndsWithCompanyHead(word) || names.Lexicons.EndsWithOrganizationHead(word);

    private bool HasSpecificPart(string text, int headStart, bool knownName, EntityLabel label)
    {
        if (headStart == text.Length) return true;
        if (text.Length - headStart == 1 && text.Length >= 2 && names.Common.IsCommon(text[^2..])) return false; // 格局, 布局
        var part = text[..headStart];
        // a head of two or more characters (银行), not 新格局 (tagged nt); a firm's also after a part that is no kind (建设银行,
        // not 中资银行 or 外资银行, nt too; the firms' lists name 中国银行)
        if (knownName && text.Length - headStart >= 2 && !(label == EntityLabel.Company && names.Prefix.IsGeneric(part))) return true;
        var legalForm = names.Lexicons.LegalFormOf(text) is not null;
        if (legalForm && names.Lexicons.CompanySuffixes.TryLongestEndingAt(part, part.Length, 2, out var industryStart, out _))
            part = part[..industryStart]; // 期货公司, 背景期货公司: before 期货 there must be a brand, not nothing or a common word
        // a trade that is common vocabulary right before the legal form is a kind of firm (招标公司, 酒店集团, 龙头公司)
        if (label == EntityLabel.Company && legalForm && part.Length == headStart && IsTradeNoun(part)) return false;
        return part.Length > 0 && !names.Prefix.IsGeneric(part) && !names.Common.IsFrequentNonNameWord(part) && !BodyKinds.IsKindOfFirm(names, part)
            && !(headStart > part.Length && names.Common.IsCommon(part));
    }
}
