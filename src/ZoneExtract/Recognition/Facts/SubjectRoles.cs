using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// The role a named body plays in its sentence, which decides whether it may be the subject of a figure (contract §6.1):
/// list members (瑞智电子、世纪联合…等), bodies that publish figures (统计局, 海关), that are the source of a clause
/// (据南京海关通报…), that are nested in another or qualify the next, places of a dateline or after a locative are not;
/// the other party of a deal (与…签订) are not; investors (由富士康投资的…), zones and firms that speak for themselves and the
/// heads of clauses are.
/// </summary>
internal sealed class SubjectRoles(IndicatorLexicon lexicon)
{
    /// <summary>The labels a subject may have: ZONE, COMPANY, LOC or ORG.</summary>
    public static bool CanBeSubject(Entity entity) => entity.Label is EntityLabel.Zone or EntityLabel.Company or EntityLabel.Location or EntityLabel.Organization;

    /// <summary>A body right after 的 and right before a comma heads its clause (被誉为“世界工厂”的东莞，).</summary>
    public static bool IsClauseHead(string text, Entity entity) =>
        entity.Start > 0 && text[entity.Start - 1] == '的' && entity.End < text.Length && text[entity.End] is '，' or ',';

    /// <summary>
    /// The body stands in a description that a dash ends before the body it describes (中国最大的氧化铝生产商--中国铝业…; 中国最大的
    /// 多晶硅片和光伏产品生产商之一——赛维LDK太阳能有限公司本周宣布，…): it qualifies that body, as a place before a firm does. A
    /// description holds 的; a dash after a plain noun (两家赣州当地稀土分离企业——赣州红金稀土公司和…) lists instead.
    /// </summary>
    public bool Describes(string text, Entity entity, List<Entity> sentenceEntities)
    {
        for (var i = entity.End; i < text.Length && !SentenceSplitter.IsClauseBreak(text[i]); i++)
        {
            foreach (var dash in lexicon.AppositionDashes)
            {
                if (!text.AsSpan(i).StartsWith(dash, StringComparison.Ordinal)) continue;
                var described = i + dash.Length;
                if (!text.AsSpan(entity.End, i - entity.End).Contains('的')) return false;
                foreach (var other in sentenceEntities)
                {
                    if (other.Start == described && CanBeSubject(other)) return true;
                }
                return false;
            }
        }
        return false;
    }

    /// <summary>
    /// A firm or body right after 由 and before an investment verb (由富士康投资的成都产业园项目…) owns or makes the project
    /// (contract §6.1: a project's investment belongs to its firm), even where a zone stands right before the indicator.
    /// </summary>
    public bool IsInvestor(string text, Entity entity)
    {
        if (entity.Label is not (EntityLabel.Company or EntityLabel.Organization) || entity.Start == 0 || text[entity.Start - 1] != '由') return false;
        var after = text.AsSpan(entity.End);
        foreach (var verb in lexicon.InvestorVerbs)
        {
            if (after.StartsWith(verb, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A zone that speaks (两江新区方面表示，上半年新区实现…), a firm that speaks through its side (万士达方面表示，…) or of its own
    /// report (TCL集团公告显示，…; 好想你发布2011年上半年业绩快报称，…) states its own figures: when the sentence names no other
    /// body, it is their subject. Other speakers (analysts: 东吴证券认为…; publishers) state figures of others.
    /// </summary>
    public bool SpeaksForItself(string text, Entity entity) =>
        entity.Label == EntityLabel.Zone
        || entity.Label == EntityLabel.Company && (text.AsSpan(entity.End).StartsWith(lexicon.OwnSide, StringComparison.Ordinal) || NamesOwnReport(text, entity));

    /// <summary>The firm's clause, up to its break, names a report or announcement of the firm's own (年报, 公告).</summary>
    private bool NamesOwnReport(string text, Entity firm)
    {
        var end = firm.End;
        while (end < text.Length && !SentenceSplitter.IsClauseBreak(text[end])) end++;
        var clause = text.AsSpan(firm.End, end - firm.End);
        foreach (var report in lexicon.OwnReports)
        {
            if (clause.Contains(report, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// An organisation right before a colon (央行：5月末M2同比增长8.3%; 商务部：…) is who speaks, as headlines and digests write
    /// it: the figures after it are of others. A place, zone or firm there is the topic (长沙：未来五年数字经济占GDP比重要超45%).
    /// </summary>
    public static bool SpeaksBeforeColon(string text, Entity entity) =>
        entity.Label == EntityLabel.Organization && entity.End < text.Length && text[entity.End] is '：' or ':';

    /// <summary>
    /// A place in a dateline (南京报道, 北京讯) is where the news was filed; so is the place of a wire-service dateline, where the
    /// day stands between the place and 电 or 讯 (中新社北京12月12日电, 新华社海口1月4日电), as the agencies write it.
    /// </summary>
    public bool IsDateline(string text, Entity entity)
    {
        var after = text.AsSpan(entity.End);
        foreach (var word in lexicon.Datelines)
        {
            if (after.StartsWith(word, StringComparison.Ordinal)) return true;
        }
        var dayEnd = DayLength(after);
        return dayEnd > 0 && dayEnd < after.Length && after[dayEnd] is '电' or '讯';
    }

    /// <summary>
    /// The body stands in a clause that opens with 在 and ends with a meeting (在中国工业和信息化部12日举行的新闻发布会上，…;
    /// 在漳州市委第一季度经济形势分析会上，…): the clause says where the figures were told, not whose they are.
    /// </summary>
    public bool IsInSetting(string text, int sentenceStart, Entity entity)
    {
        // 在 opens the clause, or follows the closing bracket of a byline (中新社北京12月12日电 (记者 刘育英)在…).
        var clauseStart = FigureAttacher.ClauseStart(text, sentenceStart, entity.Start);
        if (entity.Start <= clauseStart) return false;
        var at = text.LastIndexOf('在', entity.Start - 1, entity.Start - clauseStart);
        if (at < 0) return false;
        var opens = at == clauseStart || text[at - 1] is ')' or '）' || char.IsWhiteSpace(text[at - 1]);
        if (!opens) return false;
        var end = entity.End;
        while (end < text.Length && !SentenceSplitter.IsClauseBreak(text[end])) end++;
        return WordLists.EndsWithAny(text.AsSpan(0, end), lexicon.Settings);
    }

    /// <summary>Length of a day written as 12月12日 or 4日 at the start of <paramref name="text"/>, or 0.</summary>
    private static int DayLength(ReadOnlySpan<char> text)
    {
        var i = Digits(text, 0);
        if (i > 0 && i < text.Length && text[i] == '月')
        {
            var day = Digits(text, i + 1);
            if (day == i + 1) return 0;
            i = day;
        }
        return i > 0 && i < text.Length && text[i] == '日' ? i + 1 : 0;
    }

    /// <summary>Index after the run of up to two digits (ASCII, full-width or ideographic) that starts at <paramref name="start"/>.</summary>
    private static int Digits(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length && i - start < 3 && (char.IsAsciiDigit(text[i]) || text[i] is >= '０' and <= '９' || "一二三四五六七八九十".Contains(text[i]))) i++;
        return i;
    }

    /// <summary>Longest name of a project between a place and its project word (乌鲁木齐市|集中供热节能改造|项目).</summary>
    private const int MaxProjectName = 12;

    /// <summary>
    /// A place opens a project's own name (余梁公路北延工程…总投资; 乌鲁木齐市集中供热节能改造项目总投资): it names the project, which
    /// it neither owns nor makes (contract §6.1). A class word in the name (贵阳市在建市政重点工程共有37个) makes the words a class of
    /// the place's projects instead, an adverb or verb (江苏又布局了…项目) its predicate; a digit, 个 or a joining word
    /// (厦门市111个省重点在建项目) ends the search. The place may also end right before the project word (余梁公路北延|工程).
    /// </summary>
    public bool NamesProject(string text, Entity entity)
    {
        if (entity.Label != EntityLabel.Location) return false;
        var limit = Math.Min(text.Length, entity.End + MaxProjectName);
        for (var at = entity.End; at <= limit; at++)
        {
            var name = text.AsSpan(entity.End, at - entity.End);
            var added = name.IsEmpty ? '\0' : name[^1];
            if (added is '的' or '个' or '、' or '和' or '与' or '及' || char.IsAsciiDigit(added) || char.IsWhiteSpace(added) || SentenceSplitter.IsClauseBreak(added)) return false;
            if (!WordLists.StartsWithAny(text.AsSpan(at), lexicon.ProjectNameEnds) || WordLists.StartsWithAny(text.AsSpan(at), lexicon.ProjectCompounds)) continue;
            foreach (var word in lexicon.ProjectClassWords)
            {
                if (name.Contains(word, StringComparison.Ordinal)) return false;
            }
            return true;
        }
        return false;
    }

    /// <summary>A place right after a locative word (在漳州投资) is where the figure happens, not whose it is.</summary>
    public bool IsLocative(string text, Entity entity)
    {
        // 对于中国联通，…其覆盖比例达到95%: 于 ends a preposition of topic there, not a locative; 由于 is a conjunction.
        if (lexicon.NotLocatives.TryLongestEndingAt(text, entity.Start, 2, out _, out _) || lexicon.Causes.TryLongestEndingAt(text, entity.Start, 2, out _, out _)) return false;
        foreach (var word in lexicon.Locatives)
        {
            if (entity.Start >= word.Length && text.AsSpan(entity.Start - word.Length, word.Length).SequenceEqual(word)) return true;
        }
        return false;
    }

    /// <summary>
    /// The body is the other party of a deal: 与 or 同 stands right before it and its clause goes on to a verb of agreement
    /// (湖南长沙县与省农业发展银行营业部签订…协议; 其与中川国际矿业控股公司已签署…协议). The deal's figures are the first party's,
    /// as a trade between the two is (<see cref="IsTradePartner"/>).
    /// A body followed by another 与 before the verb is one of the first parties (该公司与山东新能泰山发电股份有限公司在6月7日与…市府签订).
    /// </summary>
    public bool IsPartner(string text, Entity entity)
    {
        if (!WordLists.EndsWithAny(text.AsSpan(0, entity.Start), lexicon.PartnerWords)) return false;
        if (IsTradePartner(text, entity)) return true;
        for (var i = entity.End; i < text.Length && !SentenceSplitter.IsClauseBreak(text[i]); i++)
        {
            if (WordLists.EndsWithAny(text.AsSpan(0, i), lexicon.PartnerWords)) return false;
            if (WordLists.EndsWithAny(text.AsSpan(0, i), lexicon.AgreementVerbs)) return true;
        }
        return false;
    }

    /// <summary>
    /// The body is the partner of a deal or trade here or elsewhere in the sentence (欧盟是我国第二大贸易伙伴，…我国与欧盟贸易总值…):
    /// the same name is not whose the figures are either.
    /// </summary>
    public bool IsNamedPartner(string text, Entity entity, List<Entity> sentenceEntities)
    {
        foreach (var other in sentenceEntities)
        {
            if (other.Text == entity.Text && IsPartner(text, other)) return true;
        }
        return false;
    }

    /// <summary>
    /// A name of a trade between two parties follows the body right away or after 的 (我国与东盟贸易总值; 我国与欧盟的进出口累计额),
    /// outside a 分别 list (深圳与广州进出口总额分别为…).
    /// </summary>
    private bool IsTradePartner(string text, Entity entity)
    {
        var trade = entity.End < text.Length && text[entity.End] == '的' ? entity.End + 1 : entity.End;
        if (!WordLists.StartsWithAny(text.AsSpan(trade), lexicon.BilateralNames)) return false;
        var end = trade;
        while (end < text.Length && !SentenceSplitter.IsClauseBreak(text[end])) end++;
        return !WordLists.ContainsAny(text.AsSpan(trade, end - trade), lexicon.Respective);
    }

    /// <summary>
    /// The body opens a clause of cause (由于俄罗斯的小麦产量有所提高，…) that ends before the indicator at <paramref name="before"/>:
    /// the figures after that clause are not its.
    /// </summary>
    public bool CausesOnlyEarlierClause(string text, Entity entity, int before)
    {
        if (!lexicon.Causes.TryLongestEndingAt(text, entity.Start, 2, out _, out _)) return false;
        for (var i = entity.End; i < before; i++)
        {
            if (SentenceSplitter.IsClauseBreak(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// The entity is an item of a list: 、 joins it to another, 等 closes the list after it, or 和/及/与 joins it as the last
    /// item to a list joined by 、 (东盟、欧盟、美国、韩国和日本).
    /// </summary>
    public static bool IsListMember(string text, Entity entity, List<Entity> sentenceEntities) =>
        (entity.Start > 0 && text[entity.Start - 1] is '、') || (entity.End < text.Length && text[entity.End] is '、' or '等')
        || entity.Start > 1 && text[entity.Start - 1] is '和' or '及' or '与'
           && sentenceEntities.Any(e => e.End == entity.Start - 1 && e.Start > 0 && text[e.Start - 1] == '、');

    public bool IsPublisher(Entity entity)
    {
        foreach (var publisher in lexicon.Publishers)
        {
            if (entity.Text.EndsWith(publisher, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// An organisation right before its statistics (工信部数据显示…; 国家能源局统计，…; 商务部监测的3000家重点零售企业; 纳入中钢协统计的
    /// 77家大中型钢企), 的 or 最新 allowed between, publishes the figures. Organisations only: a firm counts its own business.
    /// </summary>
    public bool PublishesStatistics(string text, Entity entity)
    {
        if (entity.Label != EntityLabel.Organization) return false;
        var after = text.AsSpan(entity.End);
        if (after.StartsWith("的", StringComparison.Ordinal)) after = after[1..];
        if (after.StartsWith("最新", StringComparison.Ordinal)) after = after[2..];
        foreach (var noun in lexicon.StatisticsNouns)
        {
            if (after.StartsWith(noun, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The entity is in a clause that names a source (据…通报, 据…显示): it tells where a figure comes from.</summary>
    public bool IsSource(string text, int sentenceStart, Entity entity)
    {
        var clauseStart = FigureAttacher.ClauseStart(text, sentenceStart, entity.Start);
        foreach (var cue in lexicon.SourceCues)
        {
            if (text.AsSpan(clauseStart, entity.Start - clauseStart).StartsWith(cue, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A place written right before a firm or an organisation qualifies it (美国雅培公司, 中国国电龙源电力集团): the body is the subject.</summary>
    public static bool QualifiesNext(Entity entity, List<Entity> sentenceEntities)
    {
        if (entity.Label is not EntityLabel.Location) return false;
        foreach (var other in sentenceEntities)
        {
            if (other.Start == entity.End && other.Label is EntityLabel.Company or EntityLabel.Organization) return true;
        }
        return false;
    }

    /// <summary>
    /// The zone is part of an organisation's name (中新天津生态城管委会, 横琴粤澳深度合作区统计局): that body speaks for the zone or
    /// publishes its figures, so when the sentence names no other body the zone is the subject
    /// (中新天津生态城管委会数据显示，上半年生态城完成税收收入20亿元).
    /// </summary>
    public static bool IsInsideOrganization(Entity zone, List<Entity> sentenceEntities)
    {
        foreach (var other in sentenceEntities)
        {
            if (other.Label == EntityLabel.Organization && other.Start <= zone.Start && zone.End <= other.End && other.Length > zone.Length) return true;
        }
        return false;
    }

    /// <summary>A zone inside an organisation's name: the organisation is the body.</summary>
    public static bool IsNested(Entity entity, List<Entity> sentenceEntities)
    {
        foreach (var other in sentenceEntities)
        {
            if (other.Start <= entity.Start && entity.End <= other.End && other.Length > entity.Length) return true;
        }
        return false;
    }
}
