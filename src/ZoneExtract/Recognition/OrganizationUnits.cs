using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition;

/// <summary>
/// An organisation's unit written right after its name is part of one ORG (南开大学金融发展研究院, 商务部外资司, 人民网福建频道):
/// after merging, an ORG followed by a few name characters that end in a unit head (Names/Data/organization-unit-heads.tsv)
/// on a word boundary grows over them, and entities inside the unit (福建 in 人民网福建频道) give way. The unit may not hold a
/// joining word (清华大学与北京大学 is two bodies), punctuation, a person's title or a function word (财联社记者从工信部), and is at
/// most <see cref="MaxUnit"/> characters.
/// </summary>
internal sealed class OrganizationUnits(SpanTable<bool> unitHeads, Names.NameResources names)
{
    private const int MaxUnit = 10;
    private const string Joiners = "和与及或跟同并";

    public Entity[] Extend(Document document, Entity[] accepted)
    {
        var result = accepted.ToList();
        AddZoneBodies(document, result);
        // an ORG absorbed into an earlier ORG's unit is gone and must not grow a unit of its own
        var removed = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        foreach (var found in accepted.Where(e => e.Label == EntityLabel.Organization))
        {
            if (removed.Contains(found)) continue;
            var organization = WithSession(document, found, result);
            var (end, headStart) = UnitEnd(document, organization);
            if (end < 0) continue;
            var inside = result.Where(e => !ReferenceEquals(e, organization) && e.Start >= organization.End && e.End <= end).ToList();
            // a title or a function word inside shows a clause, not a unit (财联社|记者从工信部: the outlet's reporter and the ministry)
            if (HoldsClauseWord(document, organization.End, headStart) && !JoinsFieldsOfStudy(document, organization.End, headStart)) continue;
            // the unit must be free: no entity may cross its edges
            if (result.Any(e => e.Start < end && e.End > organization.End && !inside.Contains(e) && !ReferenceEquals(e, organization))) continue;
            result.RemoveAll(e => inside.Contains(e) || ReferenceEquals(e, organization));
            removed.UnionWith(inside);
            result.Add(new OrganizationEntity(organization.Start, end - organization.Start, document.Slice(organization.Start, end - organization.Start)));
        }
        return result.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }

    /// <summary>
    /// A zone's administrative body written right after the zone's name is one ORG with the zone nested in it
    /// (西部（重庆）科学城|管委会, 中国（上海）自由贸易试验区临港新片区|管委会): the zone recognisers outrank the suffix walk, which
    /// stops at the zone's bracket, so the body is added after merging, where no accepted entity starts at its head.
    /// </summary>
    private static void AddZoneBodies(Document document, List<Entity> result)
    {
        var text = document.Text;
        foreach (var zone in result.Where(e => e.Label == EntityLabel.Zone).ToList())
        {
            var head = Text.WordLists.FirstStartingWith(text.AsSpan(zone.End), ZoneBodyHeads);
            if (head is null || !document.Words.IsBoundary(zone.End + head.Length)) continue;
            if (result.Any(e => e.Start < zone.End + head.Length && e.End > zone.End || e.Label == EntityLabel.Organization && e.Start <= zone.Start && e.End >= zone.End)) continue;
            result.Add(new OrganizationEntity(zone.Start, zone.Length + head.Length, document.Slice(zone.Start, zone.Length + head.Length)));
        }
    }

    /// <summary>The bodies that run a development zone (管委会, the Party working committee 党工委).</summary>
    private static readonly string[] ZoneBodyHeads = ["管理委员会", "管委会", "党工委"];

    /// <summary>The organisation with the term written before it (十三届全国人大常委会), in <paramref name="result"/> too; else itself.</summary>
    private static Entity WithSession(Document document, Entity organization, List<Entity> result)
    {
        var session = SessionStart(document.Text, organization.Start);
        if (session < 0 || !TermBodyHeads.Any(h => organization.Text.EndsWith(h, StringComparison.Ordinal)) || result.Any(e => e.Start < organization.Start && e.End > session)) return organization;
        var withSession = new OrganizationEntity(session, organization.End - session, document.Slice(session, organization.End - session));
        result[result.IndexOf(organization)] = withSession;
        return withSession;
    }

    /// <summary>
    /// Where the term of a body written before its name starts (十三届|全国人大常委会, 第五届|…组委会: the body of that term),
    /// or -1: an ordinal numeral, with or without 第, and 届 right before the name of a body elected for a term.
    /// </summary>
    private static int SessionStart(string text, int start)
    {
        if (start < 2 || text[start - 1] != '届') return -1;
        var at = start - 1;
        while (at > 0 && (SessionNumerals.Contains(text[at - 1]) || char.IsAsciiDigit(text[at - 1]))) at--;
        if (at == start - 1 || at == start - 2 && text[at] == '一') return -1; // 新的一届: a new term, no ordinal
        return at > 0 && text[at - 1] == '第' ? at - 1 : at;
    }

    private const string SessionNumerals = "一二三四五六七八九十百零";

    /// <summary>Bodies elected or appointed for a term (全国人大, 全国政协, 市委, 常委会, 组委会); an event (第80届奥斯卡) is none.</summary>
    private static readonly string[] TermBodyHeads = ["人大", "政协", "委", "委会", "委员会", "代表大会"];

    /// <summary>
    /// True when a word of the text between <paramref name="start"/> and <paramref name="end"/> is a title (记者), a function word (从)
    /// or a level glued to one (到市).
    /// </summary>
    private bool HoldsClauseWord(Document document, int start, int end)
    {
        for (var at = start + 1; at <= end; at++)
        {
            var wordStart = document.Words.StartOfWordEndingAt(at);
            if (wordStart < start) continue;
            var word = document.Text.AsSpan(wordStart, at - wordStart);
            // one-character function words (从, 在, 对) only: a unit's name may hold a stop-listed verb (金融发展研究院); a level
            // that jieba glued to such a word opens a body of its own (市人大常委会|领导|到市|发展|改革|局: 市发展改革局)
            if (word.Length == 1 && names.Prefix.IsStopWord(word) || names.Lexicons.EndsWithTitle(word.ToString())
                || Names.TerritorialDepartments.IsLevelGluedToSentence(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// Where the unit after <paramref name="organization"/> ends and where its head starts, or (-1, -1). An academy's institute
    /// may be named by 所 alone (中科院|计算所, 中科院|上海|有机|所), a head of no other body.
    /// </summary>
    private (int End, int HeadStart) UnitEnd(Document document, Entity organization)
    {
        var text = document.Text;
        var start = organization.End;
        var end = start;
        while (end < text.Length && end - start < MaxUnit && Text.CharClass.IsIdeograph(text[end])
               && (!Joiners.Contains(text[end]) || text[end] == FieldJoiner && end > start)) end++;
        for (var at = end; at > start + 1; at--)
        {
            if (!document.Words.IsBoundary(at) && at < text.Length && !StartsTitleInWord(document, at)) continue;
            // a head inside a word that is or ends with a firm's head (上市公司, 公司 for 司) closes no unit: 证监局召开辖区上市公司 is a clause
            // a branch word may follow the name right away (中国人民银行杭州中心|支行: the suffix took 中心 as the body's head)
            if (unitHeads.TryLongestEndingAt(text, at, 1, out var headStart, out _) && (headStart > start || IsBranchWord(text, headStart, at))
                && (document.Words.IsBoundary(headStart) || !IsFirmWord(text[document.Words.StartOfWordEndingAt(at)..at])
                    && !IsOrdinaryWordEndingInHead(text, document.Words, at))
                && (text.IndexOf(FieldJoiner, start, headStart - start) < 0 || JoinsFieldsOfStudy(document, start, headStart)))
                return (at, headStart);
            if (text[at - 1] == Institute && IsAcademy(organization.Text)) return (at, at - 1);
        }
        return (-1, -1);
    }

    /// <summary>
    /// True when a person's title that jieba glued to the unit's head starts at <paramref name="at"/> and closes its word
    /// (运行监测协调|局局长, 劳动关系|司司长), or runs on past it (消费指导|部副|主任: 副主任): the unit ends where the title starts.
    /// </summary>
    private bool StartsTitleInWord(Document document, int at)
    {
        var wordEnd = document.Words.WordEnd(at, document.Text.Length);
        return names.Lexicons.TitleStartEndingAt(document.Text, wordEnd) == at
            || wordEnd - at == 1 && document.Text[at] == Deputy && names.Lexicons.TitleStartsAt(document.Text, at);
    }

    /// <summary>The first character of a deputy's title (副主任, 副部长), which jieba glues to the unit's head (部副|主任).</summary>
    private const char Deputy = '副';

    /// <summary>
    /// A word of two characters whose last is a one-character head (查处, 出局, 联系, 全部; rare ones too: 山外|山科|创板): a word of
    /// the sentence, no unit (国家税务总局第一稽查局|查处|了案件, 安平中学|联系, 上海证券交易所|受理|山外|山科); a head office, a branch
    /// or a numbered bureau is one (总局, 分局, 三局).
    /// </summary>
    private bool IsOrdinaryWordEndingInHead(string text, Lexicon.TokenBoundaries words, int end)
    {
        var start = words.StartOfWordEndingAt(end);
        return start >= 0 && end - start == 2 && !UnitOpeners.Contains(text[start]);
    }

    /// <summary>Characters that open a unit of two characters: 总局, 分局, 三局.</summary>
    private const string UnitOpeners = "总分一二三四五六七八九十";

    /// <summary>A branch of a body (支行, 分行, 分局, 分会): two characters opened by 分 or 支.</summary>
    private static bool IsBranchWord(string text, int start, int end) => end - start == 2 && text[start] is '分' or '支';

    /// <summary>A firm's head (公司) or a word closed by one (上市公司).</summary>
    private bool IsFirmWord(string word) => names.Lexicons.CompanySuffixes.Contains(word) || names.Lexicons.EndsWithCompanyHead(word);

    private const char Institute = '所';

    /// <summary>与 joining two fields in the name of a school or institute (经济与管理学院, 世界经济与政治研究所).</summary>
    private const char FieldJoiner = '与';

    /// <summary>
    /// True when the unit between <paramref name="start"/> and <paramref name="headStart"/> holds one 与 joining two fields of
    /// study before an academic head (武汉大学|经济与管理学院, 中国社会科学院|世界经济与政治研究所): after the joiner only common
    /// words, no place or proper noun, stand before the head, so it starts no second body (清华大学与北京大学 is two).
    /// </summary>
    private bool JoinsFieldsOfStudy(Document document, int start, int headStart)
    {
        var text = document.Text;
        var joiner = text.IndexOf(FieldJoiner, start, headStart - start);
        if (joiner <= start || text.IndexOf(FieldJoiner, joiner + 1, headStart - joiner - 1) >= 0) return false;
        if (!AcademicHeads.Any(h => text.AsSpan(headStart).StartsWith(h, StringComparison.Ordinal))) return false;
        if (HoldsClauseWord(document, start, joiner) || !document.Words.IsBoundary(joiner + 1) || joiner + 1 == headStart) return false;
        for (var at = joiner + 1; at < headStart;)
        {
            var wordEnd = document.Words.WordEnd(at, headStart);
            var word = text.AsSpan(at, wordEnd - at);
            if (!names.Common.IsCommon(word) || names.Common.IsProperNoun(word) || names.Common.IsPlaceName(word) || names.AllPlaces.All.Contains(word))
                return false;
            at = wordEnd;
        }
        return true;
    }

    private static readonly string[] AcademicHeads = ["学院", "研究院", "研究所", "研究中心", "系"];

    /// <summary>An academy of sciences (中国科学院, 中科院, 中国社会科学院, 中国农业科学院).</summary>
    private static bool IsAcademy(string name) => name.EndsWith("科学院", StringComparison.Ordinal) || name.EndsWith("科院", StringComparison.Ordinal);
}
