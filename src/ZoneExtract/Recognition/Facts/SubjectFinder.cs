namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the subject a sentence gives an indicator (contract §6.1): the named body right before the indicator
/// (重庆高新区实现地区生产总值), else the body that opens the indicator's clause or ；-item, else the first one of the sentence
/// after its last colon, else its first, its topic; <see cref="SubjectRoles"/> says which bodies may be one.
/// </summary>
internal sealed class SubjectFinder(IndicatorLexicon lexicon)
{
    /// <summary>Longest place phrase after 在 between a firm and its indicator (夏普在日本市场电视销售…: six characters).</summary>
    private const int MaxPlacePhrase = 8;

    /// <summary>An average over the industry (行业平均销售毛利率), and the longest name part before the indicator after it (销售).</summary>
    private const string Average = "平均";
    private const int MaxAveragedName = 4;

    private readonly SubjectRoles _roles = new(lexicon);
    private readonly RespectiveSubject _respective = new(lexicon);
    private readonly ClauseOpening _opening = new(lexicon);

    /// <summary>The body whose figure the indicator at <paramref name="before"/> states; null when the sentence names none.</summary>
    public Entity? Subject(string text, int sentenceStart, List<Entity> sentenceEntities, int before)
    {
        var subject = BodyOf(text, sentenceStart, sentenceEntities, before);
        // A firm's figure compared with its industry's (…，行业平均销售毛利率为57.31%): the industry's is not the firm's. A place's
        // industry (我国…，行业总产值已逾150亿元) is still the place's.
        return subject is CompanyEntity && IsIndustryFigure(text, sentenceStart, before) ? null : subject;
    }

    private Entity? BodyOf(string text, int sentenceStart, List<Entity> sentenceEntities, int before)
    {
        Entity? first = null;
        Entity? firstAfterColon = null;
        Entity? itemOpener = null;
        Entity? clauseOpener = null;
        Entity? last = null;
        Entity? speaker = null;
        var colon = ClauseOpening.LastColon(text, sentenceEntities.Count == 0 ? before : sentenceEntities[0].Start, before);
        var itemOpening = _opening.ItemOpening(text, sentenceStart, sentenceEntities, before);
        Entity? zoneOfBody = null;
        Entity? investor = null;
        var itemOpensWithList = false;
        foreach (var entity in sentenceEntities)
        {
            if (entity.End > before || !SubjectRoles.CanBeSubject(entity)) continue;
            if (SubjectRoles.IsListMember(text, entity, sentenceEntities))
            {
                itemOpensWithList |= entity.Start == itemOpening;
                continue;
            }
            if (SubjectRoles.IsNested(entity, sentenceEntities))
            {
                if (entity.Label == EntityLabel.Zone && SubjectRoles.IsInsideOrganization(entity, sentenceEntities)) zoneOfBody ??= entity;
                continue;
            }
            if (_roles.IsPublisher(entity) || _roles.IsSource(text, sentenceStart, entity) || SubjectRoles.QualifiesNext(entity, sentenceEntities) || _roles.Describes(text, entity, sentenceEntities) || _roles.IsDateline(text, entity)
                || _roles.IsInSetting(text, sentenceStart, entity) || _roles.PublishesStatistics(text, entity)
                || SubjectRoles.SpeaksBeforeColon(text, entity)) continue;
            // The source of a reporter (记者从苏州工业园区获悉，…) speaks as much as a speaker does.
            if (SpeakerClause.Holds(lexicon, text, entity, before))
            {
                if (_roles.SpeaksForItself(text, entity)) speaker ??= entity;
                continue;
            }
            if (_roles.IsLocative(text, entity) || _roles.NamesProject(text, entity) || _roles.IsNamedPartner(text, entity, sentenceEntities) || _roles.CausesOnlyEarlierClause(text, entity, before)) continue;
            if (_roles.IsInvestor(text, entity)) investor ??= entity;
            // 坐稳中国最大工业城市王座的上海，…: the body after 的 that ends the clause is its head; the bodies before it qualify it.
            if (SubjectRoles.IsClauseHead(text, entity))
            {
                var clauseStart = FigureAttacher.ClauseStart(text, sentenceStart, entity.Start);
                if (first is not null && first.Start >= clauseStart) first = entity;
                if (firstAfterColon is not null && firstAfterColon.Start >= clauseStart) firstAfterColon = entity;
            }
            first ??= entity;
            if (entity.Start > colon) firstAfterColon ??= entity;
            if (entity.Start == itemOpening) itemOpener = entity;
            if (entity.Start >= itemOpening && _opening.OpensClause(text, sentenceStart, entity, sentenceEntities)) clauseOpener = entity;
            last = entity;
        }
        var linked = last is not null && (IsLinked(lexicon, text, last.End, before, sentenceEntities) || IsLinkedByPlace(text, last, before)) ? last : null;
        if (investor is not null && linked is not CompanyEntity) return investor;
        if (_respective.ListHead(text, sentenceEntities, before, itemOpensWithList ? itemOpening : -1) is { } head) return head;
        // A ；-item that opens with a list of bodies (…；海南、北京紧随其后，增速分别为12.8%、10.7%) states their figures: no
        // body of an earlier item is their subject.
        if (itemOpensWithList) return linked ?? clauseOpener;
        return linked ?? clauseOpener ?? itemOpener ?? firstAfterColon ?? first
            ?? FirmBehindAnaphor(text, sentenceStart, sentenceEntities, before) ?? speaker ?? zoneOfBody;
    }

    /// <summary>
    /// The indicator's clause opens with an industry word right before it (，行业平均销售毛利率为57.31%; 平均 and a few characters
    /// of the name may stand between, and a conjunction before it: 而行业平均…): the figure is the industry's, compared with a firm's, not the firm's.
    /// </summary>
    private bool IsIndustryFigure(string text, int sentenceStart, int before)
    {
        var clauseStart = FigureAttacher.ClauseStart(text, sentenceStart, before);
        var opening = text.AsSpan(clauseStart, before - clauseStart).TrimStart('而');
        foreach (var word in lexicon.Industries)
        {
            // The name itself may have run on over the industry word (而行业毛利率为…).
            if (opening.IsEmpty && text.AsSpan(before).TrimStart('而').StartsWith(word, StringComparison.Ordinal)) return true;
            if (!opening.StartsWith(word, StringComparison.Ordinal)) continue;
            var rest = opening[word.Length..];
            if (rest.IsEmpty || rest.SequenceEqual("的") || rest.StartsWith(Average, StringComparison.Ordinal) && rest.Length - Average.Length <= MaxAveragedName) return true;
        }
        return false;
    }

    /// <summary>
    /// A firm anaphor before the indicator (…公告显示，公司将出资1亿元) refers to the first firm of the sentence, the one that
    /// announces (宁德时代与…基金合伙企业签署的…公告), even though it is no subject where it stands (the speaker of the clause). 公司的… names the firm's people or parts, not the firm.
    /// </summary>
    private Entity? FirmBehindAnaphor(string text, int sentenceStart, List<Entity> sentenceEntities, int before)
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
    /// A firm or body is followed by a place phrase and then the indicator (首钢集团将在漳州投资; 东方光大集团在该区计划投资): an
    /// adverb may open it, 在 starts it, and it runs at most <see cref="MaxPlacePhrase"/> characters with no break and no 的.
    /// </summary>
    private bool IsLinkedByPlace(string text, Entity body, int before)
    {
        if (body.Label is not (EntityLabel.Company or EntityLabel.Organization)) return false;
        var at = body.End;
        foreach (var adverb in lexicon.PlaceLinkAdverbs)
        {
            if (text.AsSpan(at, Math.Max(0, before - at)).StartsWith(adverb, StringComparison.Ordinal)) { at += adverb.Length; break; }
        }
        if (at >= before || text[at] != '在') return false;
        var place = text.AsSpan(at + 1, before - at - 1);
        return !place.IsEmpty && place.Length <= MaxPlacePhrase && !place.Contains('的') && !place.ContainsAny("，,；;：:。");
    }

    /// <summary>
    /// Only link words (实现, 完成, 的) or nothing stand between the subject and the indicator, after a date that may follow the
    /// subject (宝钢股份一季度实现净利润), or a list of subjects (深圳都市圈和广州都市圈2021年的GDP…).
    /// </summary>
    internal static bool IsLinked(IndicatorLexicon lexicon, string text, int end, int before, List<Entity> sentenceEntities)
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
}
