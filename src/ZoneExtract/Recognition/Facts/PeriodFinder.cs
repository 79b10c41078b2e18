namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the period a sentence gives an indicator (contract §6.1): the nearest DATE before the indicator, except a
/// comparison period (较1-9月, 比上年同期), a date that qualifies a noun (2019年引进落地的企业), one that spans a record
/// (创今年新高), one inside a quoted name and one in a speaker's clause.
/// </summary>
internal sealed class PeriodFinder(IndicatorLexicon lexicon)
{
    /// <summary>The word after a date that makes it the same period of that year (去年同期), a comparison base.</summary>
    private const string SamePeriod = "同期";

    /// <summary>The nearest date before <paramref name="before"/> that dates a figure; null when none does.</summary>
    public DateEntity? Period(string text, List<Entity> sentenceEntities, int before)
    {
        for (var i = sentenceEntities.Count - 1; i >= 0; i--)
        {
            if (sentenceEntities[i] is not DateEntity date || date.End > before) continue;
            if (IsComparison(text, date, sentenceEntities) || QualifiesNoun(text, date, sentenceEntities, before) || QuotedDate.IsInName(text, date)
                || SpeakerClause.Holds(lexicon, text, date, before) && !DatesReport(text, date)
                || lexicon.RecordWords.TryLongestEndingAt(text, date.Start, 1, out _, out _)) continue;
            return date;
        }
        return null;
    }

    /// <summary>
    /// A date between the indicator and its first figure, in the same clause, right after the indicator (深圳GDP去年达到…) or
    /// after 在/于/至/到 (深圳GDP在2021年突破3万亿元): the period when none stands before the indicator. A comparison period
    /// (比2019年同期) never is.
    /// </summary>
    public DateEntity? PeriodAfter(string text, List<Entity> sentenceEntities, int mentionEnd, int figureStart)
    {
        foreach (var entity in sentenceEntities)
        {
            if (entity is not DateEntity date || date.Start < mentionEnd || date.End > figureStart) continue;
            if (HasClauseBreak(text, mentionEnd, date.Start) || IsComparison(text, date, sentenceEntities)) return null;
            // 深圳GDP去年达到…; 招商银行营业收入2021年为…: a date written right after the indicator dates it.
            if (date.Start == mentionEnd) return date;
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
    public DateEntity? ComparedLevelPeriod(string text, List<Entity> sentenceEntities, int mentionStart, int mentionEnd, Entity level)
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

    /// <summary>
    /// A date of more than one day right before a report noun, 的 allowed between (宝钢股份2010年年报显示，…; 发布2011年上半年
    /// 业绩快报称，…; 海关总署发布的2011年1-5月数据显示，…), is the period the report covers, even in a speaker's clause; a day
    /// (国家统计局25日发布数据显示) is when it was released.
    /// </summary>
    private bool DatesReport(string text, DateEntity date)
    {
        if (date.First is not { } first || date.Last is not { } last || first == last) return false;
        var after = text.AsSpan(date.End);
        if (after.StartsWith("的", StringComparison.Ordinal)) after = after[1..];
        foreach (var noun in lexicon.ReportNouns)
        {
            if (after.StartsWith(noun, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool HasClauseBreak(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (SentenceSplitter.IsClauseBreak(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// A comparison word stands right before the date, or before a date joined to it (增速分别比上月末和上年同期低…: both
    /// are compared with), or 同期 follows it (去年同期: the base of a comparison).
    /// </summary>
    private bool IsComparison(string text, DateEntity date, List<Entity> sentenceEntities)
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
    private bool QualifiesNoun(string text, DateEntity date, List<Entity> sentenceEntities, int before)
    {
        if (date.End < text.Length && text[date.End] == '的') return false;
        for (var i = date.End; i < before; i++)
        {
            var c = text[i];
            if (SentenceSplitter.IsClauseBreak(c)) return false;
            if (c != '的') continue;
            foreach (var entity in sentenceEntities)
            {
                if (entity.Start >= date.End && entity.End <= i && SubjectRoles.CanBeSubject(entity)) return false;
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
}
