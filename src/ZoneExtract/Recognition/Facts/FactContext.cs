namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the period and the subject a sentence gives an indicator (contract §6.1). The period is the nearest DATE before
/// the indicator, except a comparison period (较1-9月, 比上年同期), a date that qualifies a noun
/// (2019年引进落地的企业) and one that spans a record (创今年新高). The subject is the named body right before the
/// indicator (重庆高新区实现地区生产总值), or else the first one of the sentence, its topic; list members (瑞智电子、世纪联合…等), bodies that publish figures
/// (统计局, 海关) or that are the source of a clause (据南京海关通报…) and people are never subjects.
/// </summary>
internal sealed class FactContext(IndicatorLexicon lexicon)
{
    /// <summary>The word after a date that makes it the same period of that year (去年同期), a comparison base.</summary>
    private const string SamePeriod = "同期";

    /// <summary>Longest bracketed note on a list item (福州（不含平潭）), brackets included.</summary>
    private const int MaxListNote = 12;


    public DateEntity? Period(string text, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        for (var i = sentenceEntities.Count - 1; i >= 0; i--)
        {
            if (sentenceEntities[i] is not DateEntity date || date.End > before) continue;
            if (IsComparison(text, date, sentenceEntities) || QualifiesNoun(text, date, sentenceEntities, before) || IsQuoted(text, date) || IsSpeaker(text, date, before)
                || lexicon.RecordWords.TryLongestEndingAt(text, date.Start, 1, out _, out _)) continue;
            return date;
        }
        return null;
    }

    /// <summary>
    /// A date between the indicator and its first figure, in the same clause, right after 在/于/至/到 (深圳GDP在2021年突破3万亿元):
    /// the period when none stands before the indicator. A comparison period (比2019年同期) never is.
    /// </summary>
    public DateEntity? PeriodAfter(string text, IReadOnlyList<Entity> sentenceEntities, int mentionEnd, int figureStart)
    {
        foreach (var entity in sentenceEntities)
        {
            if (entity is not DateEntity date || date.Start < mentionEnd || date.End > figureStart) continue;
            if (HasClauseBreak(text, mentionEnd, date.Start) || IsComparison(text, date, sentenceEntities)) return null;
            foreach (var word in lexicon.PeriodAfterWords)
            {
                if (date.Start >= word.Length && text.AsSpan(date.Start - word.Length, word.Length).SequenceEqual(word)) return date;
            }
        }
        return null;
    }

    /// <summary>
    /// A level joined by 的 to what it measures, in the same clause as a comparison word and its date before both the
    /// indicator and the level (相比2020年广东GDP总量110760.94亿元的数据; 相比2020年102719亿元的GDP): the level compared with
    /// is stated for that date, which is its period.
    /// </summary>
    public DateEntity? ComparedLevelPeriod(string text, IReadOnlyList<Entity> sentenceEntities, int mentionStart, int mentionEnd, Entity level)
    {
        if (level.End >= text.Length || text[level.End] != '的') return null;
        foreach (var entity in sentenceEntities)
        {
            if (entity is not DateEntity date || date.End > Math.Min(mentionStart, level.Start)) continue;
            if (lexicon.Comparisons.TryLongestEndingAt(text, date.Start, 1, out var wordStart, out _)
                && !HasClauseBreak(text, wordStart, Math.Max(level.End, mentionEnd))) return date;
        }
        return null;
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (SentenceSplitter.IsClauseBreak(text[i])) return true;
        }
        return false;
    }

    public Entity? Subject(string text, int sentenceStart, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        Entity? first = null;
        Entity? firstAfterColon = null;
        Entity? itemOpener = null;
        Entity? clauseOpener = null;
        Entity? last = null;
        Entity? speaker = null;
        var colon = LastColon(text, sentenceEntities.Count == 0 ? before : sentenceEntities[0].Start, before);
        var itemOpening = ItemOpening(text, sentenceStart, sentenceEntities, before);
        Entity? zoneOfBody = null;
        Entity? investor = null;
        var itemOpensWithList = false;
        foreach (var entity in sentenceEntities)
        {
            if (entity.End > before || !CanBeSubject(entity)) continue;
            if (IsListMember(text, entity, sentenceEntities))
            {
                itemOpensWithList |= entity.Start == itemOpening;
                continue;
            }
            if (IsNested(entity, sentenceEntities))
            {
                if (entity.Label == EntityLabel.Zone && IsInsideOrganization(entity, sentenceEntities)) zoneOfBody ??= entity;
                continue;
            }
            if (IsPublisher(entity) || IsSource(text, sentenceStart, entity) || QualifiesNext(entity, sentenceEntities) || IsDateline(text, entity)) continue;
            // The source of a reporter (记者从苏州工业园区获悉，…) speaks as much as a speaker does.
            if (IsSpeaker(text, entity, before))
            {
                if (SpeaksForItself(text, entity)) speaker ??= entity;
                continue;
            }
            if (IsLocative(text, entity)) continue;
            if (IsInvestor(text, entity)) investor ??= entity;
            // 坐稳中国最大工业城市王座的上海，…: the body after 的 that ends the clause is its head; the bodies before it qualify it.
            if (IsClauseHead(text, entity))
            {
                var clauseStart = FigureAttacher.ClauseStart(text, sentenceStart, entity.Start);
                if (first is not null && first.Start >= clauseStart) first = entity;
                if (firstAfterColon is not null && firstAfterColon.Start >= clauseStart) firstAfterColon = entity;
            }
            first ??= entity;
            if (entity.Start > colon) firstAfterColon ??= entity;
            if (entity.Start == itemOpening) itemOpener = entity;
            if (entity.Start >= itemOpening && OpensClause(text, sentenceStart, entity, sentenceEntities)) clauseOpener = entity;
            last = entity;
        }
        var linked = last is not null && IsLinked(text, last.End, before, sentenceEntities) ? last : null;
        if (investor is not null && linked is not CompanyEntity) return investor;
        if (RespectiveListHead(text, sentenceEntities, before, itemOpensWithList ? itemOpening : -1) is { } head) return head;
        // A ；-item that opens with a list of bodies (…；海南、北京紧随其后，增速分别为12.8%、10.7%) states their figures: no
        // body of an earlier item is their subject.
        if (itemOpensWithList) return linked ?? clauseOpener;
        return linked ?? clauseOpener ?? itemOpener ?? firstAfterColon ?? first
            ?? FirmBehindAnaphor(text, sentenceStart, sentenceEntities, before) ?? speaker ?? zoneOfBody;
    }

    /// <summary>A body right after 的 and right before a comma heads its clause (被誉为“世界工厂”的东莞，).</summary>
    private static bool IsClauseHead(string text, Entity entity) =>
        entity.Start > 0 && text[entity.Start - 1] == '的' && entity.End < text.Length && text[entity.End] is '，' or ',';

    /// <summary>
    /// A firm or body right after 由 and before an investment verb (由富士康投资的成都产业园项目…) owns or makes the project
    /// (contract §6.1: a project's investment belongs to its firm), even where a zone stands right before the indicator.
    /// </summary>
    private bool IsInvestor(string text, Entity entity)
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
    /// A zone that speaks (两江新区方面表示，上半年新区实现…) or a firm that speaks through its side (万士达方面表示，…) states its own
    /// figures: when the sentence names no other body, it is their subject. Other speakers (analysts: 东吴证券认为…; publishers)
    /// state figures of others.
    /// </summary>
    private bool SpeaksForItself(string text, Entity entity) =>
        entity.Label == EntityLabel.Zone || entity.Label == EntityLabel.Company && text.AsSpan(entity.End).StartsWith(lexicon.OwnSide, StringComparison.Ordinal);

    /// <summary>
    /// A firm anaphor before the indicator (…公告显示，公司将出资1亿元) refers to the first firm of the sentence, the one that
    /// announces (宁德时代与…基金合伙企业签署的…公告), even though it is no subject where it stands (the speaker of the clause). 公司的… names the firm's people or parts, not the firm.
    /// </summary>
    private Entity? FirmBehindAnaphor(string text, int sentenceStart, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        foreach (var anaphor in lexicon.FirmAnaphors)
        {
            for (var at = text.IndexOf(anaphor, sentenceStart, before - sentenceStart, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < before ? text.IndexOf(anaphor, at + 1, before - at - 1, StringComparison.Ordinal) : -1)
            {
                var end = at + anaphor.Length;
                if (end > before || end < text.Length && text[end] == '的' || sentenceEntities.Any(e => e.Start <= at && end <= e.End)) continue;
                if (sentenceEntities.FirstOrDefault(e => e is CompanyEntity && e.End <= at) is { } firm) return firm;
            }
        }
        return null;
    }

    /// <summary>
    /// The body opens its clause, after a continuation word or a date (…，其中浙江省增速达到27.3%，一般预算收入2042.5亿元): it is the
    /// topic of that clause and of the clauses after it, until another clause opens with a body.
    /// </summary>
    private bool OpensClause(string text, int sentenceStart, Entity entity, IReadOnlyList<Entity> sentenceEntities)
    {
        var opening = Opening(text, FigureAttacher.ClauseStart(text, sentenceStart, entity.Start), entity.Start, sentenceEntities);
        return opening == entity.Start;
    }

    /// <summary>Where the words of a clause or item begin, after the continuation words (其中) and dates that open it.</summary>
    private int Opening(string text, int opening, int before, IReadOnlyList<Entity> sentenceEntities)
    {
        while (opening < before && char.IsWhiteSpace(text[opening])) opening++;
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var word in lexicon.Continuations)
            {
                if (!text.AsSpan(opening, before - opening).StartsWith(word, StringComparison.Ordinal)) continue;
                (opening, moved) = (opening + word.Length, true);
            }
            foreach (var entity in sentenceEntities)
            {
                if (entity is DateEntity && entity.Start == opening) (opening, moved) = (entity.End, true);
            }
        }
        return opening;
    }

    /// <summary>
    /// The last colon before the indicator: what precedes it introduces the statement (盘点福建各地的外贸，…：今年上半年，漳州…),
    /// so the topic is looked for after it first.
    /// </summary>
    private static int LastColon(string text, int from, int before)
    {
        for (var i = before - 1; i >= from; i--)
        {
            if (text[i] is '：' or ':') return i;
        }
        return -1;
    }

    /// <summary>
    /// Where the words of the indicator's ；-list item begin, after a date or a continuation word (其中) that opens it: an
    /// item that opens with a body states that body's figures (…；宝钢股份一季度实现净利润…; …；其中宁德时代…), one that opens
    /// otherwise shares the sentence's (…；完成商务部口径实际利用外资…). -1 outside a list.
    /// </summary>
    private int ItemOpening(string text, int sentenceStart, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        var opening = SentenceSplitter.LastListBreak(text, sentenceStart, before);
        return opening < 0 ? -1 : Opening(text, opening + 1, before, sentenceEntities);
    }

    /// <summary>
    /// A date inside quotation marks or title marks with more words names something (“2011年度车辆采购说明会”), it dates no
    /// figure; a period quoted on its own (“十三五”时期) still does, and so does a date in quoted speech, whose quote runs on
    /// past a clause break (“今年沿海的劳动力成本，比去年至少增长20%…”).
    /// </summary>
    private static bool IsQuoted(string text, DateEntity date)
    {
        if (date.End < text.Length && text[date.End] is '”' or '》') return false;
        for (var i = date.Start - 1; i >= 0 && !SentenceSplitter.IsClauseBreak(text[i]); i--)
        {
            if (text[i] is '”' or '》') return false;
            if (text[i] is '“' or '《') return ClosesBeforeClauseBreak(text, date.End);
        }
        return false;
    }

    /// <summary>A closing quote or title mark comes before the next clause break: a name; a quote that runs on is speech.</summary>
    private static bool ClosesBeforeClauseBreak(string text, int from)
    {
        for (var i = from; i < text.Length && !SentenceSplitter.IsClauseBreak(text[i]); i++)
        {
            if (text[i] is '”' or '》') return true;
        }
        return false;
    }

    /// <summary>A place in a dateline (南京报道, 北京讯) is where the news was filed.</summary>
    private bool IsDateline(string text, Entity entity)
    {
        foreach (var word in lexicon.Datelines)
        {
            if (text.AsSpan(entity.End).StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The entity is in a clause that ends with a speech verb before a comma or colon (商务部外资司司长…介绍，; 某公司表示：):
    /// it says who speaks (a body is no subject) and when (a date is no period), and what follows is what they say. A clause
    /// that reaches the indicator is the statement itself.
    /// </summary>
    private bool IsSpeaker(string text, Entity entity, int before)
    {
        var end = entity.End;
        while (end < before && !SentenceSplitter.IsClauseBreak(text[end])) end++;
        if (end >= before || text[end] is not ('，' or ',' or '：' or ':')) return false;
        foreach (var verb in lexicon.SpeechVerbs)
        {
            if (end - verb.Length >= entity.End && text.AsSpan(end - verb.Length, verb.Length).SequenceEqual(verb)) return true;
        }
        return false;
    }

    /// <summary>A place right after a locative word (在漳州投资) is where the figure happens, not whose it is.</summary>
    private bool IsLocative(string text, Entity entity)
    {
        // 对于中国联通，…其覆盖比例达到95%: 于 ends a preposition of topic there, not a locative.
        if (lexicon.NotLocatives.TryLongestEndingAt(text, entity.Start, 2, out _, out _)) return false;
        foreach (var word in lexicon.Locatives)
        {
            if (entity.Start >= word.Length && text.AsSpan(entity.Start - word.Length, word.Length).SequenceEqual(word)) return true;
        }
        return false;
    }

    /// <summary>The labels a subject may have: ZONE, COMPANY, LOC or ORG.</summary>
    public static bool CanBeSubject(Entity entity) => entity.Label is EntityLabel.Zone or EntityLabel.Company or EntityLabel.Location or EntityLabel.Organization;

    /// <summary>
    /// Only link words (实现, 完成, 的) or nothing stand between the subject and the indicator, after a date that may follow the
    /// subject (宝钢股份一季度实现净利润).
    /// </summary>
    private bool IsLinked(string text, int end, int before, IReadOnlyList<Entity> sentenceEntities)
    {
        while (end < before && char.IsWhiteSpace(text[end])) end++;
        foreach (var entity in sentenceEntities)
        {
            if (entity is DateEntity && entity.Start == end && entity.End <= before) end = entity.End;
        }
        var between = text.AsSpan(end, before - end).Trim();
        if (between.IsEmpty) return true;
        foreach (var link in lexicon.SubjectLinks)
        {
            if (between.SequenceEqual(link)) return true;
        }
        return false;
    }

    /// <summary>
    /// A comparison word stands right before the date, or before a date joined to it (增速分别比上月末和上年同期低…: both
    /// are compared with), or 同期 follows it (去年同期: the base of a comparison).
    /// </summary>
    private bool IsComparison(string text, DateEntity date, IReadOnlyList<Entity> sentenceEntities)
    {
        // 由去年同期的5.7∶…调整为…: the same period of an earlier year is what the figures are compared with.
        if (text.AsSpan(date.End).StartsWith(SamePeriod, StringComparison.Ordinal)) return true;
        for (var start = date.Start; ;)
        {
            if (lexicon.Comparisons.TryLongestEndingAt(text, start, 1, out _, out _)) return true;
            if (start == 0 || text[start - 1] is not ('和' or '及' or '与' or '、')) return false;
            var joined = sentenceEntities.FirstOrDefault(e => e is DateEntity && e.End == start - 1);
            if (joined is null) return false;
            start = joined.Start;
        }
    }

    /// <summary>
    /// The date starts a relative clause about an event (2019年引进落地的…: an event verb before the 的) that reaches no named
    /// body before the indicator; a date with 的 right after it (1-8月的数值), or with words naming whose figure it is
    /// (上半年科创板的业绩), still gives the period.
    /// </summary>
    private bool QualifiesNoun(string text, DateEntity date, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        if (date.End < text.Length && text[date.End] == '的') return false;
        for (var i = date.End; i < before; i++)
        {
            var c = text[i];
            if (SentenceSplitter.IsClauseBreak(c)) return false;
            if (c != '的') continue;
            foreach (var entity in sentenceEntities)
            {
                if (entity.Start >= date.End && entity.End <= i && CanBeSubject(entity)) return false;
            }
            return NamesEvent(text.AsSpan(date.End, i - date.End));
        }
        return false;
    }

    private bool NamesEvent(ReadOnlySpan<char> words)
    {
        foreach (var verb in lexicon.EventVerbs)
        {
            if (words.Contains(verb, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The first body of a list whose figures 分别 pairs with them, in order: the list stands right before the indicator
    /// (福州、龙岩、厦门固定资产投资增速分别为12.4%、12.0%…; 深圳和广州的GDP分别为…) or opens the ；-item at <paramref name="itemOpening"/> (…；海南、北京
    /// 紧随其后，增速分别为12.8%、10.7%). The indicator's first figure is the first body's (contract §6.1: the shared name anchors
    /// the first item's fact); null when 分别 does not follow the indicator in its ；-item.
    /// </summary>
    private Entity? RespectiveListHead(string text, IReadOnlyList<Entity> sentenceEntities, int before, int itemOpening)
    {
        if (!RespectiveFollows(text, before, sentenceEntities)) return null;
        for (var i = sentenceEntities.Count - 1; i >= 0; i--)
        {
            var entity = sentenceEntities[i];
            if (entity.Start != itemOpening && entity.End != before && (entity.End != before - 1 || text[entity.End] != '的')) continue;
            for (var j = i - 1; j >= 0 && PreviousItemEnd(text, entity.Start) is var end && end >= 0; j--)
            {
                if (sentenceEntities[j].End == end) entity = sentenceEntities[j];
                else if (sentenceEntities[j].End < end) break;
            }
            // 向日本和欧洲出口的…分别…; 来自于法国、…的葡萄酒分别…: the list names the other party, not whose figures they are.
            return CanBeSubject(entity) && !IsLocative(text, entity) && !IsPublisher(entity) && !IsNested(entity, sentenceEntities) ? entity : null;
        }
        return null;
    }

    /// <summary>
    /// Where the list item before the one at <paramref name="start"/> ends: right before the separator (、, 和), or before a
    /// bracketed note on it (福州（不含平潭）、龙岩); -1 when no separator stands there.
    /// </summary>
    private static int PreviousItemEnd(string text, int start)
    {
        if (start < 2 || text[start - 1] is not ('、' or '和' or '及' or '与')) return -1;
        var end = start - 1;
        if (text[end - 1] is not ('）' or ')')) return end;
        var open = text.AsSpan(0, end - 1).LastIndexOfAny('（', '(');
        return open < 0 || end - open > MaxListNote ? -1 : open;
    }

    /// <summary>
    /// 分别 (依次) follows <paramref name="position"/> before the end of its ；-item, or figures joined only by 、和及与 do, which
    /// pair with the items the same way (核心城市深圳、广州GDP占都市圈的比重达到68.61%和65.4%).
    /// </summary>
    private bool RespectiveFollows(string text, int position, IReadOnlyList<Entity> sentenceEntities)
    {
        var end = position;
        while (end < text.Length && text[end] is not ('；' or ';' or '。' or '\n')) end++;
        var item = text.AsSpan(position, end - position);
        foreach (var marker in lexicon.Respective)
        {
            if (item.Contains(marker, StringComparison.Ordinal)) return true;
        }
        Entity? previous = null;
        foreach (var entity in sentenceEntities)
        {
            if (entity.Start < position || entity.End > end || entity is not (MoneyEntity or PercentEntity)) continue;
            if (previous is not null && RespectiveLists.IsJoined(text, previous, entity)) return true;
            previous = entity;
        }
        return false;
    }

    /// <summary>
    /// The entity is an item of a list: 、 joins it to another, 等 closes the list after it, or 和/及/与 joins it as the last
    /// item to a list joined by 、 (东盟、欧盟、美国、韩国和日本).
    /// </summary>
    private static bool IsListMember(string text, Entity entity, IReadOnlyList<Entity> sentenceEntities) =>
        (entity.Start > 0 && text[entity.Start - 1] is '、') || (entity.End < text.Length && text[entity.End] is '、' or '等')
        || entity.Start > 1 && text[entity.Start - 1] is '和' or '及' or '与'
           && sentenceEntities.Any(e => e.End == entity.Start - 1 && e.Start > 0 && text[e.Start - 1] == '、');

    private bool IsPublisher(Entity entity)
    {
        foreach (var publisher in lexicon.Publishers)
        {
            if (entity.Text.EndsWith(publisher, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The entity is in a clause that names a source (据…通报, 据…显示): it tells where a figure comes from.</summary>
    private bool IsSource(string text, int sentenceStart, Entity entity)
    {
        var clauseStart = FigureAttacher.ClauseStart(text, sentenceStart, entity.Start);
        foreach (var cue in lexicon.SourceCues)
        {
            if (text.AsSpan(clauseStart, entity.Start - clauseStart).StartsWith(cue, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A place written right before a firm or an organisation qualifies it (美国雅培公司, 中国国电龙源电力集团): the body is the subject.</summary>
    private static bool QualifiesNext(Entity entity, IReadOnlyList<Entity> sentenceEntities)
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
    private static bool IsInsideOrganization(Entity zone, IReadOnlyList<Entity> sentenceEntities)
    {
        foreach (var other in sentenceEntities)
        {
            if (other.Label == EntityLabel.Organization && other.Start <= zone.Start && zone.End <= other.End && other.Length > zone.Length) return true;
        }
        return false;
    }

    /// <summary>A zone inside an organisation's name: the organisation is the body.</summary>
    private static bool IsNested(Entity entity, IReadOnlyList<Entity> sentenceEntities)
    {
        foreach (var other in sentenceEntities)
        {
            if (other.Start <= entity.Start && entity.End <= other.End && other.Length > entity.Length) return true;
        }
        return false;
    }
}
