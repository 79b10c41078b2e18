namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the period and the subject a sentence gives an indicator (contract §6.1). The period is the nearest DATE before
/// the indicator, except a comparison period (较1-9月, 比上年同期) and a date that qualifies a noun
/// (2019年引进落地的企业). The subject is the named body right before the indicator (重庆高新区实现地区生产总值), or
/// else the first one of the sentence, its topic; list members (瑞智电子、世纪联合…等), bodies that publish figures
/// (统计局, 海关) or that are the source of a clause (据南京海关通报…) and people are never subjects.
/// </summary>
internal sealed class FactContext(IndicatorLexicon lexicon)
{
    public DateEntity? Period(string text, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        for (var i = sentenceEntities.Count - 1; i >= 0; i--)
        {
            if (sentenceEntities[i] is not DateEntity date || date.End > before) continue;
            if (IsComparison(text, date) || QualifiesNoun(text, date, sentenceEntities, before)) continue;
            return date;
        }
        return null;
    }

    public Entity? Subject(string text, int sentenceStart, IReadOnlyList<Entity> sentenceEntities, int before)
    {
        Entity? first = null;
        Entity? firstAfterColon = null;
        Entity? last = null;
        var colon = LastColon(text, sentenceEntities.Count == 0 ? before : sentenceEntities[0].Start, before);
        foreach (var entity in sentenceEntities)
        {
            if (entity.End > before || !CanBeSubject(entity) || IsListMember(text, entity) || IsPublisher(entity) || IsSource(text, sentenceStart, entity)
                || IsLocative(text, entity) || IsNested(entity, sentenceEntities)) continue;
            first ??= entity;
            if (entity.Start > colon) firstAfterColon ??= entity;
            last = entity;
        }
        return last is not null && IsLinked(text, last.End, before) ? last : firstAfterColon ?? first;
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

    /// <summary>A place right after a locative word (在漳州投资) is where the figure happens, not whose it is.</summary>
    private bool IsLocative(string text, Entity entity)
    {
        foreach (var word in lexicon.Locatives)
        {
            if (entity.Start >= word.Length && text.AsSpan(entity.Start - word.Length, word.Length).SequenceEqual(word)) return true;
        }
        return false;
    }

    /// <summary>The labels a subject may have: ZONE, COMPANY, LOC or ORG.</summary>
    public static bool CanBeSubject(Entity entity) => entity.Label is EntityLabel.Zone or EntityLabel.Company or EntityLabel.Location or EntityLabel.Organization;

    /// <summary>Only link words (实现, 完成, 的) or nothing stand between the subject and the indicator.</summary>
    private bool IsLinked(string text, int end, int before)
    {
        var between = text.AsSpan(end, before - end).Trim();
        if (between.IsEmpty) return true;
        foreach (var link in lexicon.SubjectLinks)
        {
            if (between.SequenceEqual(link)) return true;
        }
        return false;
    }

    private bool IsComparison(string text, DateEntity date) =>
        lexicon.Comparisons.TryLongestEndingAt(text, date.Start, 1, out _, out _);

    /// <summary>
    /// The date starts a relative clause (2019年引进落地的…) that reaches no named body before the indicator; a date with 的
    /// right after it (1-8月的数值) still gives the period.
    /// </summary>
    private static bool QualifiesNoun(string text, DateEntity date, IReadOnlyList<Entity> sentenceEntities, int before)
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
            return true;
        }
        return false;
    }

    private static bool IsListMember(string text, Entity entity) =>
        (entity.Start > 0 && text[entity.Start - 1] is '、') || (entity.End < text.Length && text[entity.End] is '、' or '等');

    private bool IsPublisher(Entity entity) => lexicon.Publishers.Any(p => entity.Text.EndsWith(p, StringComparison.Ordinal));

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
