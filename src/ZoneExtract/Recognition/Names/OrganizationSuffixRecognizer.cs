using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// ORG by the head of the name (局, 委员会, 研究所, 大学, 医院, 实验室, 中心, 日报…) after a name-like prefix:
/// a place, a zone or a proper word (重庆市石墨烯技术创新中心, 贵阳高新区社会事务局, 海淀医院). A head word
/// that is itself an abbreviation longer than the suffix (药监局, 人社局) needs no proper word before it.
/// A zone inside the name is kept as a nested ZONE by the merger. A name that starts with a listed firm's name is that
/// firm's own unit (华为研发中心, 鞍钢股份董事会办公室), not an organisation, unless it is a research institute (中国银行研究院). A local government's department after its territory
/// comes from its list (<see cref="TerritorialDepartments"/>). A listed body whose name the walk cut at a joining word
/// (住房|和|城乡建设部标准定额司) gives the name its start.
/// </summary>
internal sealed class OrganizationSuffixRecognizer(NameResources names, NameLexicon companies, NameLexicon organizations) : IEntityRecognizer
{
    private readonly TerritorialDepartments _departments = new(names);
    private readonly PersonNameShape _personShape = new(names);
    private readonly CharBits _headOrTitleEnds = HeadOrTitleEnds(names.Lexicons, names.Lexicons.OrganizationSuffixes);

    public EntityLabel Labels => EntityLabel.Organization;

    public int Precedence => RecognizerPrecedence.OrganizationSuffix;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        var suffixes = names.Lexicons.OrganizationSuffixes;
        var tokens = TokenList.AsSpan(document.Tokens);
        for (var k = 0; k < tokens.Length; k++)
        {
            // most words end in no head and no title: one bit rules them out before any look-up
            if (!MayEndHeadOrTitle(_headOrTitleEnds, text, tokens[k].End)) continue;
            var token = HeadToken(text, tokens[k]);
            if (!suffixes.TryLongestEndingAt(text, token.End, 1, out var suffixStart, out _)) continue;
            // a head that the segmenter splits, leaving a last word that is no head, is no head (供应商|会 is not 商会), unless
            // the body's officer follows (房地产商|会|秘书长: 商会 is the head)
            if (suffixStart < token.Start && !suffixes.Contains(token.Text) && !names.Lexicons.TitleStartsAt(text, token.End)
                && !IsSplitLearnedSociety(text, tokens, k, suffixStart)) continue;
            // 漳州|市委: a Party committee is named by its place, though 市委 alone is an ordinary word; 中共 before it is its own
            // (沙坪坝区|委: the place may hold the level)
            if (IsPartyCommittee(token.Text) && (names.AllPlaces.All.TryLongestEndingAt(text, token.End - 1, 3, out var placeStart, out _)
                    || names.AllPlaces.All.TryLongestEndingAt(text, token.End - 2, 2, out placeStart, out _)))
            {
                placeStart = WithParty(text, WithHigherPlaces(text, placeStart));
                candidates.Add(new OrganizationEntity(placeStart, token.End - placeStart, document.Slice(placeStart, token.End - placeStart)));
                continue;
            }
            if (EngineeringBureau.StartEndingAt(text, token.End) >= 0) continue; // 中铁一局 is a firm
            if (LegalFormStartsAt(text, token.End)) continue; // 招商局|集团, 中国科学院|控股有限公司: the head is inside a firm's name
            // 常德|市中心, 巴塞罗那|市中心: the centre of a city, a place (but 杭州市中心|支行 is the central bank's branch)
            if (text.AsSpan(0, token.End).EndsWith("市中心") && !text.AsSpan(token.End).StartsWith("支行")) continue;
            // 天山路|处, 路口处, 交界处: 处 after a road, a crossing, a corner or a border is the place there, no office
            if (token.End - suffixStart == 1 && text[suffixStart] == '处' && suffixStart > 0 && "路街巷道桥口角界".Contains(text[suffixStart - 1])) continue;
            // the head starts at the word boundary at or before the suffix (技术创新|中心 for 创新中心)
            var headStart = suffixStart;
            while (headStart > 0 && !words.IsBoundary(headStart)) headStart--;
            // a one-character head (局, 委, 厅, 署) closes a name only as a word of its own or in an abbreviation
            // of three or more characters (人社局, 发改委; jieba may cut it 人/社局): 格局, 部署, 大厅 are ordinary words
            if (token.End - suffixStart == 1 && token.Length == 2)
            {
                if (k == 0 || tokens[k - 1].Length != 1 || !NamePrefix.IsNameMaterial(tokens[k - 1].Text)
                    || names.Prefix.IsStopWord(tokens[k - 1].Text)) continue;
                headStart = tokens[k - 1].Start;
            }
            // 新格局, 大布局: the last two characters are an ordinary word, so the one-character head is no head; but a branch
            // or head office of a body (分局, 总局, 总署) closing a longer word is one (公安分局, 新闻出版总署)
            if (token.End - suffixStart == 1 && !(token.Length > 2 && IsBranchOrHeadOffice(text, token.End))
                && (token.End < 2 || IsOrdinaryHeadWord(text.AsSpan(token.End - 2, 2)))) continue;
            // 大|变局, 新|困局: an adjective before a word that ends in the head, however rare the word (变局 19), is a phrase
            if (token.End - suffixStart == 1 && token.Length == 3 && Adjectives.Contains(token.Text[0])
                && names.Common.Frequency(text.AsSpan(token.End - 2, 2)) > 0) continue;
            // the part of the head word before the suffix (药监 in 药监局) makes the name specific unless it is generic (技术创新中心)
            var extra = text.AsSpan(headStart, suffixStart - headStart);
            if (!extra.IsEmpty && names.Prefix.IsStopWord(extra)) continue; // 某|大学, 该|医院 glued into one word: no one body
            var specificHead = !extra.IsEmpty && NamePrefix.IsNameMaterial(extra) && !names.Prefix.IsGeneric(extra);
            var start = names.Prefix.FindStart(document, words, headStart, maxWords: 5, maxLength: 14, requireProperWord: !specificHead);
            if (OverFieldJoiner(document, words, headStart) is var joined and >= 0 && (start < 0 || joined < start)) start = joined;
            start = OverFieldWords(document, words, start, headStart, text.AsSpan(suffixStart, token.End - suffixStart));
            start = OverRenewable(document, words, start);
            // a head word that is a name by itself may stand alone: an abbreviation with a one-character head
            // (药监局, 发改委) or a word jieba knows whole (长江日报, 北京大学)
            var standsAlone = (token.End - suffixStart == 1 ? token.End - headStart >= 3 : extra.Length >= 2)
                && !BodyKinds.IsKindOfBody(names, text.AsSpan(headStart, token.End - headStart)); // 购物中心 names a kind
            // after 其 (its: 人民代表大会及其常务委员会) a head word alone refers back to a body named before, it names none
            if (start < 0 && specificHead && standsAlone && !names.Prefix.IsStopWord(text.AsSpan(headStart, 1))
                && (headStart == 0 || text[headStart - 1] != '其')) start = headStart;
            if (start < 0 || names.Lexicons.LegalFormOf(text.AsSpan(start, token.End - start)) is not null) continue; // 旭硝子株式会社 is a firm
            // a head after a firm's registered name is the firm's own body (江苏沙钢集团有限公司|董事局)
            if (WordLists.EndsWithAny(text.AsSpan(start, headStart - start), FullLegalForms)) continue;
            // but a research institute or centre publishes under its own name, one ORG (中国银行研究院, 赛迪顾问数字经济产业研究中心),
            // and a foundation or an association is a body of its own (北京文化发展基金会)
            if (!IsBodyOfItsOwn(text.AsSpan(suffixStart, token.End - suffixStart)) && StartsWithFirm(text, words, start, headStart)) continue;
            // 东方光大集团|董事局 is the firm's board; a venue (会议中心, 展示中心) is a place, which the walk would name wrongly (以金贸中心);
            // a centre before 项目 is a building to be built (演艺中心|项目)
            if (OrganizationHeadContext.IsBoard(text.AsSpan(headStart, token.End - headStart)) || OrganizationHeadContext.IsVenue(names.Lexicons, text, token.End)
                || OrganizationHeadContext.IsProjectFacility(text, token.End)) continue;
            start = AfterEarlierUniversity(text, words, start, headStart, text.AsSpan(suffixStart, token.End - suffixStart));
            start = AfterMissionCountry(text, start);
            start = AtPlaceAfterLeadingWord(text, words, start, headStart);
            start = AfterReportingFrame(text, words, start, headStart);
            if (start < 0 || start == headStart && !(specificHead && standsAlone)) continue;
            start = AtListedBodyStart(text, words, start, headStart);
            start = WithCenturyNumber(text, start);
            start = NationalCentreStart(text, start, headStart, token.End);
            // a name that only its generic head made specific needs a place or a word that is no common vocabulary before it:
            // 冰箱研发中心, 消费者体验中心 and 行业协会 are kinds of bodies
            if (!specificHead && !HasNameEvidence(text, words, start, headStart)) continue;
            // 处 names a unit of a body (成都海关|关税处, 银监会|新闻处), else the place where something is (两条路|交叉处, 收银台|处)
            if (IsUnitOffice(text, suffixStart, token.End, headStart) && !HasBodyBefore(text, words, start, headStart)) continue;
            if (IsTerritorialHead(text.AsSpan(suffixStart, token.End - suffixStart)))
            {
                start = TerritoryStart(text, start, suffixStart);
                if (start < 0) continue;
            }
            candidates.Add(new OrganizationEntity(start, token.End - start, document.Slice(start, token.End - start)));
        }
        _departments.Find(document, candidates);
    }

    /// <summary>
    /// jieba cuts 可再生 (renewable) into the modal 可 and 再生 (中国|可|再生能源|学会), and the modal ends a walk everywhere else: before
    /// 再生 it is the field's first character, and the walk goes on before it (中国可再生能源学会, 中国可再生能源协会太阳能分会).
    /// </summary>
    private int OverRenewable(Document document, TokenBoundaries words, int start)
    {
        var text = document.Text;
        if (start < 1 || text[start - 1] != Can || !text.AsSpan(start).StartsWith(Renewable)) return start;
        var before = names.Prefix.FindStart(document, words, start - 1, maxWords: 5, maxLength: 14, requireProperWord: false);
        return before >= 0 ? before : start - 1;
    }

    private const char Can = '可';
    private const string Renewable = "再生";

    /// <summary>
    /// The characters that may close a key of <paramref name="heads"/> or a title: a word that ends in none of them ends in no
    /// head, nor in a head before a title glued to it, and one bit rules it out before any look-up (most words of a text).
    /// </summary>
    internal static CharBits HeadOrTitleEnds(NameLexicons lexicons, SpanTable<bool> heads) =>
        CharBits.Where(c => heads.MayEndWith(c) || lexicons.MayEndTitle(c));

    /// <summary>True when the word ending at <paramref name="end"/> may end in a head or a title (<see cref="HeadOrTitleEnds"/>).</summary>
    internal static bool MayEndHeadOrTitle(CharBits ends, string text, int end) => end > 0 && ends.Contains(text[end - 1]);

    /// <summary>
    /// Two characters ending in a one-character head that are an ordinary word: a frequent one (格局, 布局), or an ordinary noun
    /// of some use that names no body (僵局 274, 展厅 105: tag n); an abbreviation or an organisation's word (党委 j) is a head, and
    /// so are the committees and offices that jieba tags as nouns (工委 of 北京市教工委, 公署 of 地区行政公署).
    /// </summary>
    private bool IsOrdinaryHeadWord(ReadOnlySpan<char> word) =>
        names.Common.Frequency(word) >= CommonWords.Threshold
        || word[^1] is not ('委' or '署') && names.Common.Frequency(word) >= CommonWords.PhraseThreshold && names.Common.IsCommonNoun(word);

    private bool LegalFormStartsAt(string text, int at) =>
        WordLists.StartsWithAny(text.AsSpan(at), names.Lexicons.LegalForms);

    /// <summary>
    /// The unit head 处 (关税处, 新闻处, 公关|处), not an office that a place or a body sends (广州办事处, 驻南京代表处, 联络处),
    /// which its place names.
    /// </summary>
    private static bool IsUnitOffice(string text, int suffixStart, int end, int headStart) =>
        end - suffixStart == 1 && text[suffixStart] == '处' && text.AsSpan(headStart, end - headStart) is not ("办事处" or "代表处" or "联络处");

    /// <summary>
    /// True when a body stands between <paramref name="start"/> and the unit's head: a word closed by a body's head
    /// (海关|关税|处, 中心|公关|处), a listed body (银监会|新闻处) or a word jieba tags an organisation or an abbreviation.
    /// </summary>
    private bool HasBodyBefore(string text, TokenBoundaries words, int start, int headStart)
    {
        for (var wordStart = start; wordStart < headStart;)
        {
            var wordEnd = words.WordEnd(wordStart, headStart);
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(text, wordEnd, 1, out var bodyStart, out _) && bodyStart >= start
                || organizations.Forms.TryGet(word, out _) || names.Common.IsOrganizationName(word) || names.Common.IsAbbreviation(word))
                return true;
            wordStart = wordEnd;
        }
        return false;
    }

    /// <summary>
    /// True when a word of the prefix names something: a place at any level (成都, 中关村), a word jieba tags a proper noun or
    /// an abbreviation (华夏, 人社), or a word that is no vocabulary, one jieba counts fewer than 50 times (石墨烯, 蓝橙; not
    /// 配送 96 of 配送中心, 公立 of 公立大学).
    /// </summary>
    private bool HasNameEvidence(string text, TokenBoundaries words, int start, int end)
    {
        for (var at = start; at < end;)
        {
            var wordEnd = words.WordEnd(at, end);
            var word = text.AsSpan(at, wordEnd - at);
            if (names.AllPlaces.All.Contains(word) || names.Common.IsProperNoun(word) || names.Common.IsAbbreviation(word)
                || names.Common.Frequency(word) < CommonWords.PhraseThreshold && !names.Prefix.IsGeneric(word))
                return true;
            at = wordEnd;
        }
        return false;
    }

    /// <summary>
    /// The start of the century's number that a name opened by 世纪 carries (21|世纪经济研究院): the walk stops
    /// at digits; a number of three or more digits is no century.
    /// </summary>
    private static int WithCenturyNumber(string text, int start)
    {
        if (!text.AsSpan(start).StartsWith("世纪", StringComparison.Ordinal)) return start;
        var at = start;
        while (at > 0 && start - at < 2 && char.IsAsciiDigit(text[at - 1])) at--;
        return at > 0 && char.IsAsciiDigit(text[at - 1]) ? start : at;
    }

    /// <summary>
    /// The start of a national centre that names its city before the head (国家超级计算|长沙|中心, 国家超级计算天津中心): when the
    /// walk stopped at a place that alone stands before 中心, and 国家 opens a run of two to six ideographs right before the place,
    /// the name starts at 国家; else <paramref name="start"/>.
    /// </summary>
    private int NationalCentreStart(string text, int start, int headStart, int end)
    {
        if (!text.AsSpan(headStart, end - headStart).SequenceEqual("中心")
            || !names.AllPlaces.All.TryLongestStartingAt(text, start, out var placeLength, out _) || start + placeLength != headStart) return start;
        for (var at = start - 3; at >= Math.Max(0, start - 8); at--)
        {
            if (!Text.CharClass.IsIdeograph(text[at + 2])) return start;
            if (at == start - 3) continue; // two ideographs at least between 国家 and the place
            if (text.AsSpan(at).StartsWith("国家", StringComparison.Ordinal)) return at;
        }
        return start;
    }

    /// <summary>
    /// A research institute's head (研究院, 研究所, 研究中心): a firm's institute is named as a body of its own; so are a
    /// foundation and an association (基金会, 协会, 商会…), non-profit bodies with members or a charter of their own, which a
    /// firm's name may open (北京文化|发展基金会, 中国银行|业协会).
    /// </summary>
    private static bool IsBodyOfItsOwn(ReadOnlySpan<char> head) => head is "研究院" or "研究所" or "研究中心"
        or "基金会" or "协会" or "学会" or "商会" or "联合会" or "促进会" or "研究会";

    /// <summary>
    /// True when a listed firm's name takes the words from <paramref name="start"/> up to a word boundary before the head
    /// (华为|研发中心, 中国人寿|研发中心): the body is the firm's unit. A listed form that is a place (连云港, 中关村 in
    /// 中关村管委会) or common vocabulary (苹果 the fruit in 苹果研究所) does not count.
    /// </summary>
    private bool StartsWithFirm(string text, TokenBoundaries words, int start, int headStart)
    {
        for (var end = headStart; end >= start + 2; end--)
        {
            if (!words.IsBoundary(end) || !companies.Forms.TryGet(text.AsSpan(start, end - start), out var form)) continue;
            var name = text.AsSpan(start, end - start);
            return !form.Derived && !names.AllPlaces.All.Contains(name) && !names.Common.IsPlaceName(name) && !names.Common.IsCommonNonProperWord(name);
        }
        return false;
    }

    /// <summary>
    /// The start of a name whose head follows two fields joined by 与, 及 or 和 (中国|物流|与|采购|联合会, 印度|国防|研究|与|发展|局,
    /// 中国|房地产|及|住宅|研究会), or -1: the words on both sides of the joiner are common vocabulary of two or more characters
    /// and no place, and a place or a proper word opens the name (企业|和|研究|中心 names no body). A body or a firm before the
    /// joiner (省委|与|省政府, 公司|与|研究院, 集团|与) is a second party, not a field; an industry (物流) is one.
    /// </summary>
    private int OverFieldJoiner(Document document, TokenBoundaries words, int headStart)
    {
        var text = document.Text;
        var right = headStart;
        for (var taken = 0; taken < 3 && right > 1 && !FieldJoiners.Contains(text[right - 1]); taken++)
        {
            var wordStart = words.StartOfWordEndingAt(right);
            if (wordStart < 0 || !IsFieldRun(text, words, wordStart, right)) return -1;
            right = wordStart;
        }
        if (right == headStart || right < 2 || !FieldJoiners.Contains(text[right - 1])) return -1;
        var leftEnd = right - 1;
        var leftStart = words.StartOfWordEndingAt(leftEnd);
        if (leftStart < 0 || !IsFieldRun(text, words, leftStart, leftEnd)
            || names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(text, leftEnd, 1, out _, out _)
            || WordLists.EndsWithAny(text.AsSpan(leftStart, leftEnd - leftStart), names.Lexicons.LegalForms)) return -1;
        // more fields may stand before, and a place or proper noun opens the name (张元端|中国|房地产|及…: the name starts at 中国)
        for (var at = leftStart; leftEnd - at <= MaxFieldName;)
        {
            var wordStart = words.StartOfWordEndingAt(at);
            if (wordStart < 0) return -1;
            var word = text.AsSpan(wordStart, at - wordStart);
            if (names.AllPlaces.All.Contains(word) || names.Common.IsPlaceName(word) || names.Common.IsProperNoun(word)) return wordStart;
            if (!IsFieldRun(text, words, wordStart, at)) return -1;
            at = wordStart;
        }
        return -1;
    }

    /// <summary>True when the words from <paramref name="start"/> to <paramref name="end"/> are common vocabulary of two or more characters, no place and no proper noun.</summary>
    private bool IsFieldRun(string text, TokenBoundaries words, int start, int end)
    {
        for (var at = start; at < end;)
        {
            var wordEnd = words.WordEnd(at, end);
            var word = text.AsSpan(at, wordEnd - at);
            if (word.Length < 2 || !NamePrefix.IsNameMaterial(word) || !names.Common.IsCommon(word) || names.Common.IsProperNoun(word)
                || names.Common.IsPlaceName(word) || names.AllPlaces.All.Contains(word)) return false;
            at = wordEnd;
        }
        return end > start;
    }

    private const string FieldJoiners = "与及和";

    /// <summary>The most characters of fields before the joiner (国防研究 in 印度国防研究与发展局).</summary>
    private const int MaxFieldName = 8;

    /// <summary>
    /// Where a listed body that the name starts inside begins (住房和城乡建设部 for 城乡建设部|标准定额司, 国家发展和改革委员会):
    /// the walk stopped at the joining word of its official name, which is the start of the body's name all the same.
    /// </summary>
    private int AtListedBodyStart(string text, TokenBoundaries words, int start, int headStart)
    {
        for (var end = headStart; end > start; end--)
        {
            if (words.IsBoundary(end) && organizations.Forms.TryLongestEndingAt(text, end, end - start + 1, out var bodyStart, out _)
                && bodyStart < start && (bodyStart == 0 || !CharClass.IsIdeograph(text[bodyStart - 1]) || words.IsBoundary(bodyStart)))
                return bodyStart;
        }
        return start;
    }

    /// <summary>
    /// The token without a title that jieba glued to the head (行业|协会会长 → 协会): the head ends where the title starts.
    /// </summary>
    private Token HeadToken(string text, Token token)
    {
        var titleStart = names.Lexicons.TitleStartEndingAt(text, token.End);
        if (titleStart <= token.Start || titleStart >= token.End) return token;
        return new Token(token.Start, titleStart - token.Start, text[token.Start..titleStart], token.Tag);
    }

    /// <summary>
    /// A name that opens with a frequent ordinary word before a place starts at the place: the word belongs to the sentence
    /// (前来|唐山国际会展中心, 保送|中国人民大学, 现任|广东省韶关人民广播电台, 经|广东省科学院测试分析研究所), and so do
    /// the words between it and the place (必须|严格遵守|福建省质量技术监督局), unless one of them names a body or a firm
    /// (新华社, 国家统计局: the place is then inside the name). A proper noun, a generic modifier (国家, 全国) or a level
    /// (省, 市) may open a name, and 驻 opens a mission's.
    /// </summary>
    private int AtPlaceAfterLeadingWord(string text, TokenBoundaries words, int start, int headStart)
    {
        var wordEnd = words.WordEnd(start, headStart);
        if (wordEnd >= headStart || !IsSentenceWord(text.AsSpan(start, wordEnd - start))) return start;
        for (var at = wordEnd; at < headStart; at = words.WordEnd(at, headStart))
        {
            if (names.AllPlaces.All.TryLongestStartingAt(text, at, out _, out _)) return at;
            if (NamesBodyOrFirm(text, at, words.WordEnd(at, headStart))) return start;
        }
        return start;
    }

    /// <summary>A frequent ordinary word, no proper noun, place, generic modifier or level: a word of the sentence, not of a name.</summary>
    private bool IsSentenceWord(ReadOnlySpan<char> word) =>
        names.Common.IsCommon(word) && !names.Common.IsProperNoun(word) && !names.Prefix.IsGeneric(word) && !names.AllPlaces.All.Contains(word)
        && !(word.Length == 1 && (LevelWords.Contains(word[0]) || word[0] == '驻'));

    /// <summary>True when the word from <paramref name="start"/> to <paramref name="end"/> names a body or a firm: listed, tagged so by jieba, or closed by a body's head.</summary>
    private bool NamesBodyOrFirm(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        return organizations.Forms.TryGet(word, out _) || companies.Forms.TryGet(word, out _) || names.Common.IsOrganizationName(word)
            || names.Common.IsAbbreviation(word) || names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(text, end, 1, out var headStart, out _) && headStart >= start;
    }

    /// <summary>
    /// Where the name starts when the walk took words of the sentence's reporting frame: after a person's title the name starts
    /// at the first place or level after it (记者从|市发改委, 主任|薛良率|临港|新城|管委会), and there is none without one (-1); a
    /// preposition that jieba glued to the level of the body belongs to the sentence (从市|发改委, 据县|商务局,
    /// 由市|住建委: the body is 市发改委), as does a pronoun (该省|保监局 → 省保监局); a level after a distributive word names no
    /// one body (各市|科技局, 全省: none).
    /// </summary>
    private int AfterReportingFrame(string text, TokenBoundaries words, int start, int headStart)
    {
        var (afterTitle, atLevel, afterFrameVerb) = (-1, -1, -1);
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (IsFrameVerb(word)) (afterTitle, atLevel, afterFrameVerb) = (-1, -1, at + word.Length);
            else if (names.Lexicons.EndsWithTitle(word.ToString())) (afterTitle, atLevel) = (at + word.Length, -1);
            else if (word.Length == 2 && LevelWords.Contains(word[1]) && TerritorialDepartments.Distributives.Contains(word[0])) return -1;
            else if (TerritorialDepartments.IsLevelGluedToSentence(word)) atLevel = at + 1;
        }
        if (atLevel >= 0) return atLevel;
        if (afterTitle < 0) return afterFrameVerb >= 0 ? afterFrameVerb : start;
        for (var at = afterTitle; at < headStart; at = words.WordEnd(at, headStart))
        {
            if (at + 1 == words.WordEnd(at, headStart) && LevelWords.Contains(text[at])
                || names.AllPlaces.All.TryLongestStartingAt(text, at, out _, out _)) return at;
        }
        return -1;
    }

    /// <summary>
    /// A verb by which a source cites another (新华社|援引|国家统计局), a caption's opener (图为|北京市房地产协会), the part a body
    /// plays at an event (感谢|主办单位|中国摄影家协会: organization-frame-words.tsv) or a verb by which a biography names a post
    /// (曾任|国家科委主任, 卸任: post-verbs.tsv; a name glued to 任), set before a body's name: the name starts after it.
    /// </summary>
    private bool IsFrameVerb(ReadOnlySpan<char> word) =>
        names.Lexicons.OrganizationFrameWords.Contains(word) || names.Lexicons.PostVerbs.Contains(word) || IsNameGluedToPostVerb(word);

    /// <summary>
    /// True when jieba glued a person's name to the one-character verb of a post (李保俊任|民政部|办公厅|主任: X任Y主任 of a
    /// biography): the person and the verb are the sentence's.
    /// </summary>
    private bool IsNameGluedToPostVerb(ReadOnlySpan<char> word) => word.Length is 3 or 4 && word[^1] == '任' && _personShape.Fits(word[..^1]);

    /// <summary>
    /// True when jieba cut a learned society after its discipline (广东|经济学|会, 中国|心理学|会): after a place, the discipline
    /// and 会 are the society's name; elsewhere 会 may be the modal verb (学习经济学|会有帮助).
    /// </summary>
    private bool IsSplitLearnedSociety(string text, ReadOnlySpan<Token> tokens, int k, int suffixStart) =>
        k >= 2 && tokens[k].Length == 1 && text[tokens[k].Start] == '会' && suffixStart == tokens[k].Start - 1
        && tokens[k - 1].Length >= 3 && names.AllPlaces.All.Contains(tokens[k - 2].Text);

    /// <summary>
    /// The start of a research body, an association or a committee whose field holds a word that ends an ordinary walk as a
    /// verb (商务部国际贸易经济|合作|研究院, 中国国际城市化|发展|战略研究委员会, 科技部中国科学技术|发展|战略研究院): the walk goes
    /// on before the word; and a body that 中国 opens with its pilot place in brackets starts at 中国 (中国（海南）改革发展研究院,
    /// 中国（深圳）综合开发研究院). Else <paramref name="start"/>. The name still needs a place or a proper word (checked after).
    /// </summary>
    private int OverFieldWords(Document document, TokenBoundaries words, int start, int headStart, ReadOnlySpan<char> head)
    {
        if (!IsFieldHead(head)) return start;
        var text = document.Text;
        var at = names.Prefix.FindStart(document, words, headStart, maxWords: 5, maxLength: 14, requireProperWord: false);
        if (at < 0) at = headStart;
        var extended = -1;
        while (words.StartOfWordEndingAt(at) is var wordStart and >= 0 && IsFieldWord(text.AsSpan(wordStart, at - wordStart)))
        {
            var before = names.Prefix.FindStart(document, words, wordStart, maxWords: 5, maxLength: 14, requireProperWord: false);
            at = extended = before >= 0 ? before : wordStart;
        }
        if (WithBracketedPlace(text, at) is var bracketed && bracketed < at) return bracketed;
        if (extended >= 0) extended = AtNameOpener(text, words, extended, headStart);
        return extended >= 0 && (start < 0 || extended < start) ? extended : start;
    }

    /// <summary>
    /// The first word from <paramref name="start"/> on that may open a name (a place, a proper noun, an abbreviation, a listed
    /// body or a generic modifier such as 国家), or -1: a walk that took no proper word also takes the sentence's words before
    /// the name (图为|北京市规划委员会 → 北京市规划委员会).
    /// </summary>
    private int AtNameOpener(string text, TokenBoundaries words, int start, int headStart)
    {
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (names.AllPlaces.All.Contains(word) || names.Common.IsProperNoun(word) || names.Common.IsAbbreviation(word)
                || organizations.Forms.TryGet(word, out _) || names.Prefix.IsGeneric(word)) return at;
        }
        return -1;
    }

    /// <summary>
    /// Heads of research bodies, associations, alliances and committees, whose names spell out their field (华东进口商合作联盟,
    /// 中国生态城建设与区域发展联盟).
    /// </summary>
    private static bool IsFieldHead(ReadOnlySpan<char> head) => head is "研究院" or "研究所" or "研究中心" or "研究会" or "委员会"
        or "协会" or "学会" or "促进会" or "联合会" or "基金会" or "联盟";

    /// <summary>
    /// Fields that end a name's walk as verbs (name-boundary-words.tsv, or frequent verbs: 研究, 改革, 开发, 综合, 工作) but name a body's
    /// field before its head (发展研究院, 合作委员会, 战略研究委员会, 老龄工作委员会).
    /// </summary>
    private static bool IsFieldWord(ReadOnlySpan<char> word) => word is "发展" or "合作" or "管理" or "服务" or "建设" or "投资" or "规划"
        or "促进" or "研究" or "战略" or "改革" or "开发" or "综合" or "工作";

    /// <summary>
    /// Where a place starts that stands before a place in brackets right before <paramref name="start"/> (中国（海南）|改革…),
    /// or <paramref name="start"/>.
    /// </summary>
    private int WithBracketedPlace(string text, int start)
    {
        if (start < 4 || text[start - 1] is not ('）' or ')')) return start;
        var open = text.LastIndexOfAny(['（', '('], start - 2, Math.Min(8, start - 1));
        if (open < 2 || !names.AllPlaces.All.Contains(text.AsSpan(open + 1, start - 2 - open))) return start;
        return names.AllPlaces.All.TryLongestEndingAt(text, open, 2, out var placeStart, out _) ? placeStart : start;
    }

    /// <summary>分 (branch) or 总 (head office) before the one-character head ending at <paramref name="end"/>: 分局, 总局, 总署.</summary>
    private static bool IsBranchOrHeadOffice(string text, int end) => end >= 2 && text[end - 2] is '分' or '总';

    /// <summary>
    /// A university's name starts after an earlier university's name that closes a word before it (上海大学|中国科学技术大学,
    /// 清华大学|北京大学): a university holds no other university, so the walk back crossed into a second name written
    /// right before, which the lists or the rules name on their own.
    /// </summary>
    private static int AfterEarlierUniversity(string text, TokenBoundaries words, int start, int headStart, ReadOnlySpan<char> head)
    {
        if (start < 0 || !head.SequenceEqual(University)) return start;
        var earlier = text.AsSpan(start, headStart - start).LastIndexOf(University, StringComparison.Ordinal);
        var after = start + earlier + University.Length;
        return earlier >= 1 && words.IsBoundary(after) ? after : start;
    }

    private const string University = "大学";

    /// <summary>A diplomatic mission starts at the country that sends it (日本驻|广州总领事馆): X驻 before the name takes X in.</summary>
    private int AfterMissionCountry(string text, int start)
    {
        if (start < 3 || text[start - 1] != '驻') return start;
        return names.AllPlaces.All.TryLongestEndingAt(text, start - 1, 2, out var countryStart, out _) ? countryStart : start;
    }

    /// <summary>
    /// The Party committee of a level (省委, 市委, 县委, 区委, 州委), alone or closing a word (重庆|市委, 重庆市委), or of a
    /// prefecture or league (丽水|地委, 锡林郭勒|盟委), the levels that biographies and Inner Mongolia's news still name.
    /// </summary>
    private static bool IsPartyCommittee(string word) => word.Length >= 2 && word[^1] == '委' && (LevelWords.Contains(word[^2]) || word[^2] is '地' or '盟');

    /// <summary>The Party's or the Youth League's name before a committee's place is the committee's (中共|重庆市委, 共青团|重庆市委).</summary>
    private static int WithParty(string text, int placeStart)
    {
        foreach (var party in Parties)
        {
            if (placeStart >= party.Length && text.AsSpan(placeStart - party.Length, party.Length).SequenceEqual(party)) return placeStart - party.Length;
        }
        return placeStart;
    }

    private static readonly string[] Parties = ["中共", "共青团"];

    /// <summary>
    /// The places of higher levels written before a committee's place are its territory too (成都市|郫都区委, 江苏省南京市|江宁区委):
    /// the name starts at the first of them.
    /// </summary>
    private int WithHigherPlaces(string text, int placeStart)
    {
        while (names.AllPlaces.All.TryLongestEndingAt(text, placeStart, 2, out var higher, out _)) placeStart = higher;
        return placeStart;
    }

    /// <summary>A government (政府, 人民政府) is named by its territory alone: 当地政府, 地方政府 and 落实政府 name none.</summary>
    private static bool IsTerritorialHead(ReadOnlySpan<char> head) => head is "政府" or "人民政府";

    /// <summary>
    /// Where the territory of a government starts: walking back from its head over places at any level (美国, 江苏省, 广州) and
    /// zones of a place (广州开发区), with a level word before the head (江苏省省政府, 仰光州政府); -1 when no place stands
    /// there (高新区政府, 区县政府). Words before the territory are not part of the name (网传美国政府, 得益于广州开发区政府).
    /// </summary>
    private int TerritoryStart(string text, int limit, int headStart)
    {
        var at = headStart;
        if (at - 1 > limit && LevelWords.Contains(text[at - 1])) at--;
        var start = -1;
        while (at > limit)
        {
            if (names.AllPlaces.All.TryLongestEndingAt(text, at, 2, out var placeStart, out _) && placeStart >= limit)
            {
                at = start = placeStart;
                continue;
            }
            if (start < 0 && names.ZoneSuffixes.TryMatchEndingAt(text, at, out var zoneSuffix, out _) && at - zoneSuffix.Length > limit)
            {
                at -= zoneSuffix.Length;
                continue;
            }
            break;
        }
        return start;
    }

    /// <summary>Legal forms that only a registered company's name ends with.</summary>
    private static readonly string[] FullLegalForms = ["有限公司", "有限责任公司", "株式会社"];

    /// <summary>One-character adjectives that open a phrase (大变局, 新困局), not an organisation's abbreviation.</summary>
    private const string Adjectives = "大新小老";

    /// <summary>A level word between a territory and its government (省政府, 市政府, 州政府).</summary>
    private const string LevelWords = "省市县区州";
}
