using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>A period and a subject that a sentence gives or passes on, and the firm it names (for 公司 to refer back to).</summary>
/// <remarks><see cref="ProjectFirm"/> is the firm it names last, the one that owns or makes a project it names (for 该项目).</remarks>
internal readonly record struct FactSetting(DateEntity? Period, Entity? Subject, Entity? Firm = null, Entity? ProjectFirm = null);

/// <summary>
/// The sentences of the current paragraph and what each passes on to a sentence that continues it (contract §6.1): its
/// own period and subject (those that govern its first figure), else those it inherited itself. Worked out only when a
/// sentence with figures asks, and then once per sentence, without recursion, so that long paragraphs stay linear.
/// </summary>
internal sealed class SentenceChain(IndicatorLexicon lexicon, PeriodFinder periods, SubjectFinder subjects, string text, List<Entity> entities)
{
    /// <summary>Longest first clause that opens a breakdown (规模以上工业中).</summary>
    private const int MaxBreakdownClause = 12;

    /// <summary>Longest first item of a list that opens a breakdown (新能源汽车、…).</summary>
    private const int MaxListItem = 10;

    /// <summary>How many sentences back an anaphor or a breakdown looks for what the sentence right before does not give.</summary>
    private const int MaxReach = 3;

    /// <summary>Longest summary line (工业生产稳步回升。) that a topic runs through.</summary>
    private const int MaxSummaryLine = 16;

    private readonly List<(FactSentence Sentence, int First, int Last)> _sentences = [];
    private readonly List<bool?> _continues = [];
    private readonly List<FactSetting?> _passedOn = [];

    /// <summary>Adds the next sentence, whose entities are [first, last); a new paragraph forgets the previous one.</summary>
    public void Add(FactSentence sentence, int first, int last)
    {
        if (_sentences.Count > 0 && _sentences[^1].Sentence.Paragraph != sentence.Paragraph)
        {
            _sentences.Clear();
            _continues.Clear();
            _passedOn.Clear();
        }
        _sentences.Add((sentence, first, last));
        _continues.Add(null);
        _passedOn.Add(null);
    }

    /// <summary>The last sentence added continues the one before (it opens with an indicator the lexicon alone does not see).</summary>
    public void MarkContinuing() => _continues[^1] = true;

    /// <summary>What the last sentence added inherits: nothing unless it continues the one before.</summary>
    public FactSetting Inherited()
    {
        var last = _sentences.Count - 1;
        if (last == 0 || !Continues(last)) return default;
        var passed = PassedOn(last - 1);
        var (sentence, first, end) = _sentences[last];
        // 全省… refers to a place, not to a firm or body that governed the sentence before (…华盛天龙…。2010年全省光伏产业…).
        // The place is then looked for further back, but not a period: the sentence before gave the one it had.
        var toPlace = HoldsAnaphor(sentence, first, end, lexicon.PlaceAnaphors);
        var placeOnly = toPlace && IsFirmOrBody(passed.Subject);
        if (placeOnly) passed = passed with { Subject = null };
        // 全省… refers to the place named last, even when the sentence right before names none (…福建外贸…受挫。受…影响，4月
        // 外贸增速曾出现短暂下滑…。尤其是6月，全省进出口…); a breakdown (规模以上工业中，…) breaks down the paragraph's
        // statement, even past a sentence that gave none.
        var reaches = passed.Subject is null && HoldsAnaphor(sentence, first, end, lexicon.Anaphors)
                      || passed.Subject is null && passed.Period is null && OpensWithBreakdown(sentence, first, end);
        for (var i = last - 2; reaches && (passed.Subject is null || passed.Period is null) && i >= Math.Max(0, last - 1 - MaxReach); i--)
        {
            var earlier = PassedOn(i);
            var earlierSubject = toPlace && IsFirmOrBody(earlier.Subject) ? null : earlier.Subject;
            passed = passed with { Subject = passed.Subject ?? earlierSubject, Period = passed.Period ?? (placeOnly ? null : earlier.Period) };
        }
        if (OpensWithOwnPeriod(sentence)) passed = passed with { Period = null };
        // 全年… carries on the year the sentence before named, not a month of it (…从1月平均90美元/吨攀升至…。全年进口铁矿石平均价格…).
        if (passed.Period is { } period && !IsWholeYear(period) && OpensWith(sentence, lexicon.WholeYearOpenings)) passed = passed with { Period = null };
        // 该项目总投资… is the investment of the firm that owns or makes the project (contract §6.1), named last before it
        // (…同样传出宁德时代第四期项目动工建设的消息。据报道，该项目总投资125亿元).
        if (passed.ProjectFirm is not null && HoldsAnaphor(sentence, first, end, lexicon.ProjectAnaphors)) return passed with { Subject = passed.ProjectFirm };
        // 公司上半年营业收入… refers back to a firm, even after a sentence whose topic is a place.
        return passed.Firm is not null && HoldsAnaphor(sentence, first, end, lexicon.FirmAnaphors) ? passed with { Subject = passed.Firm } : passed;
    }

    private static bool IsFirmOrBody(Entity? subject) => subject is CompanyEntity or OrganizationEntity;

    private FactSetting PassedOn(int index)
    {
        if (_passedOn[index] is { } known) return known;
        var start = index;
        while (start > 0 && _passedOn[start - 1] is null && PassesThrough(start)) start--;
        for (var i = start; i <= index; i++)
        {
            var inherited = i > 0 && PassesThrough(i) ? _passedOn[i - 1] ?? default : default;
            if (OpensWithOwnPeriod(_sentences[i].Sentence)) inherited = inherited with { Period = null };
            var own = Own(i);
            _passedOn[i] = new FactSetting(own.Period ?? inherited.Period, own.Subject ?? inherited.Subject, own.Firm ?? inherited.Firm, own.ProjectFirm ?? inherited.ProjectFirm);
        }
        return _passedOn[index]!.Value;
    }

    /// <summary>
    /// The sentence passes on what the one before passed on: it continues it, or it is a short summary line that names
    /// nothing (no date, body or figure), as releases write them (…。高技术产品较快增长。…等服务业营业收入…: the topic runs on).
    /// </summary>
    private bool PassesThrough(int index)
    {
        var (sentence, first, last) = _sentences[index];
        return first == last && sentence.End - sentence.Start <= MaxSummaryLine || Continues(index);
    }

    /// <summary>The period and subject that govern the sentence's first figure (or its end, without figures).</summary>
    private FactSetting Own(int index)
    {
        var (sentence, first, last) = _sentences[index];
        var inSentence = FactRecognizer.InSentence(entities, first, last, sentence);
        var before = sentence.End;
        foreach (var entity in inSentence)
        {
            if (entity is not (MoneyEntity or PercentEntity)) continue;
            before = entity.Start;
            break;
        }
        Entity? firm = null, lastFirm = null;
        foreach (var entity in inSentence)
        {
            if (entity is not CompanyEntity || entity.End > before) continue;
            firm ??= entity;
            lastFirm = entity;
        }
        return new FactSetting(periods.Period(text, inSentence, before), subjects.Subject(text, sentence.Start, inSentence, before), firm, lastFirm);
    }

    /// <summary>
    /// The sentence opens with 其中/同期 or with an indicator (…同比增长12%。利润总额4.2万亿元…: it names no topic of its
    /// own), or refers back with an anaphor (全市, 公司).
    /// </summary>
    private bool Continues(int index)
    {
        if (_continues[index] is { } known) return known;
        var (sentence, first, last) = _sentences[index];
        var continues = sentence.Start < sentence.End && lexicon.MayStartName(text[sentence.Start])
                        && lexicon.Names.TryLongestStartingAt(text, sentence.Start, out var length, out _) && sentence.Start + length <= sentence.End
                        || Opens(text.AsSpan(sentence.Start, sentence.End - sentence.Start)) || OpensWithBreakdown(sentence, first, last)
                        || OpensWithoutSubject(sentence, first, last)
                        || HoldsAnaphor(sentence, first, last, lexicon.Anaphors);
        _continues[index] = continues;
        return continues;
    }

    /// <summary>
    /// The sentence opens with a word for a month or quarter of its own that no DATE names (当月进出口总量创历史新高，…): the period
    /// of the statement before is not its period.
    /// </summary>
    private bool OpensWithOwnPeriod(FactSentence sentence) => OpensWith(sentence, lexicon.DateTails);

    private bool OpensWith(FactSentence sentence, IReadOnlyList<string> words)
    {
        foreach (var word in words)
        {
            if (text.AsSpan(sentence.Start, sentence.End - sentence.Start).StartsWith(word, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>A period that spans a calendar year (2021年), or an unresolved one written as a year (今年 without a date).</summary>
    private static bool IsWholeYear(DateEntity period) =>
        period is { First: { Month: 1, Day: 1 } first, Last: { Month: 12, Day: 31 } last } && first.Year == last.Year
        || period.First is null && period.Text.EndsWith('年');

    private bool Opens(ReadOnlySpan<char> sentence)
    {
        foreach (var marker in lexicon.Continuations)
        {
            if (sentence.StartsWith(marker, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// After its date, the sentence opens with a statement verb (1-9月，完成固定资产投资…; 上半年实现营业收入…; 截至5月底，已完成
    /// 投资…), or with a zone's bare class noun before one (1-9月，园区实现…): its subject is the one of the sentence before,
    /// which it does not name again.
    /// </summary>
    private bool OpensWithoutSubject(FactSentence sentence, int first, int last)
    {
        var start = AfterGenericBody(sentence, first, last, out _);
        return LongestAt(start, sentence.End, lexicon.SubjectlessOpenings) > 0;
    }

    /// <summary>
    /// The last sentence added opens, after its date, with a zone's bare class noun, and <paramref name="indicatorStart"/>
    /// follows in the same clause with no entity between (上半年，园区基础设施累计完成投资…; 园区固定资产投资完成…): the noun
    /// stands for the zone the paragraph is about.
    /// </summary>
    public bool OpensWithGenericBodyBefore(int indicatorStart)
    {
        var (sentence, first, last) = _sentences[^1];
        var start = AfterGenericBody(sentence, first, last, out var generic);
        if (!generic || indicatorStart < start) return false;
        for (var i = start; i < indicatorStart; i++)
        {
            if (SentenceSplitter.IsClauseBreak(text[i])) return false;
        }
        for (var i = first; i < last; i++)
        {
            if (entities[i].Start >= start && entities[i].Start < indicatorStart) return false;
        }
        return true;
    }

    /// <summary>
    /// Where the sentence's words start after its opening date (截至5月底，) and a zone's bare class noun (园区) that follows it
    /// (a date may follow the noun instead: 园区今年上半年…); <paramref name="generic"/> tells whether there was such a noun.
    /// </summary>
    private int AfterGenericBody(FactSentence sentence, int first, int last, out bool generic)
    {
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        var dated = SkipDate(ref start, sentence.End, first, last, lexicon.DateLeads);
        var length = LongestAt(start, sentence.End, lexicon.GenericBodies);
        generic = length > 0 && !StartsEntity(start, first, last);
        if (!generic) return start;
        start += length;
        if (!dated) SkipDate(ref start, sentence.End, first, last, []);
        return start;
    }

    /// <summary>Moves past a date that opens the rest of the sentence (after one of <paramref name="leads"/>, 截至) and its comma.</summary>
    private bool SkipDate(ref int start, int end, int first, int last, IReadOnlyList<string> leads)
    {
        var at = start + LongestAt(start, end, leads);
        for (var i = first; i < last && entities[i].Start <= at; i++)
        {
            if (entities[i] is not DateEntity date || date.Start != at) continue;
            start = date.End;
            if (start < end && text[start] is '，' or ',') start++;
            return true;
        }
        return false;
    }

    private int LongestAt(int start, int end, IReadOnlyList<string> words)
    {
        var span = text.AsSpan(start, end - start);
        var longest = 0;
        foreach (var word in words)
        {
            if (word.Length > longest && span.StartsWith(word, StringComparison.Ordinal)) longest = word.Length;
        }
        return longest;
    }

    private bool StartsEntity(int start, int first, int last)
    {
        for (var i = first; i < last && entities[i].Start <= start; i++)
        {
            if (entities[i].Start == start) return true;
        }
        return false;
    }

    /// <summary>
    /// The sentence's first clause names a part of what the previous one stated, as statistical releases break a total
    /// down: 规模以上工业中，…; 分行业看，…; 从产业看，… (a short clause without figures, dates or bodies, ending in a
    /// breakdown word), or a list of items closed by 等 (集成电路、电工器材…等进口…) or paired with figures by 分别.
    /// </summary>
    private bool OpensWithBreakdown(FactSentence sentence, int first, int last)
    {
        var clauseEnd = sentence.Start;
        while (clauseEnd < sentence.End && !SentenceSplitter.IsClauseBreak(text[clauseEnd])) clauseEnd++;
        var clause = text.AsSpan(sentence.Start, clauseEnd - sentence.Start).Trim();
        var listEnd = clause.IndexOf(lexicon.ListEnd, StringComparison.Ordinal);
        if (listEnd > 0 && clause[..listEnd].Contains('、') || OpensWithItemList(clause, sentence, first, last)) return true;
        if (clauseEnd >= sentence.End || clause.Length > MaxBreakdownClause || (first < last && entities[first].Start < clauseEnd)) return false;
        // Latin letters name indicators there too (从GDP总量来看，; 从CPI看，).
        foreach (var c in clause)
        {
            if (!Text.CharClass.IsIdeograph(c) && !char.IsAsciiLetter(c)) return false;
        }
        foreach (var ending in lexicon.BreakdownEndings)
        {
            if (clause.EndsWith(ending, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// The clause opens with a list of sectors or products that are no entities and pairs them with figures (新能源汽车、工程机械和
    /// 电子信息产业增加值分别增长…; 战略性新兴产业和高技术产业增加值分别增长…, the NBS wording): a breakdown of the statement
    /// before, as a list closed by 等 is.
    /// </summary>
    private bool OpensWithItemList(ReadOnlySpan<char> clause, FactSentence sentence, int first, int last)
    {
        var comma = clause.IndexOfAny('、', '和');
        if (comma <= 0 || comma > MaxListItem) return false;
        foreach (var c in clause[..comma])
        {
            if (!Text.CharClass.IsIdeograph(c) && !char.IsAsciiLetterOrDigit(c)) return false;
        }
        // The clause was trimmed: its first item starts after the sentence's leading blanks.
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(text[start])) start++;
        if (first < last && entities[first].Start < start + comma) return false;
        return WordLists.ContainsAny(clause[comma..], lexicon.Respective);
    }

    /// <summary>
    /// An anaphor outside the sentence's entities: the 公司 of 某某有限公司 names a firm, it does not refer back. The
    /// sentence is searched once for the anaphors' first characters (<see cref="IndicatorLexicon.AnaphorStarts"/>, which
    /// cover <paramref name="anaphors"/>), not once per anaphor.
    /// </summary>
    private bool HoldsAnaphor(FactSentence sentence, int first, int last, IReadOnlyList<string> anaphors)
    {
        var span = text.AsSpan(sentence.Start, sentence.End - sentence.Start);
        for (var offset = span.IndexOfAny(lexicon.AnaphorStarts); offset >= 0; offset = NextIndexOfAny(span, offset + 1, lexicon.AnaphorStarts))
        {
            var at = sentence.Start + offset;
            foreach (var anaphor in anaphors)
            {
                if (span[offset..].StartsWith(anaphor, StringComparison.Ordinal) && !InsideEntity(at, at + anaphor.Length, first, last)) return true;
            }
        }
        return false;
    }

    private static int NextIndexOfAny(ReadOnlySpan<char> span, int from, string values)
    {
        var found = span[from..].IndexOfAny(values);
        return found < 0 ? -1 : from + found;
    }

    private bool InsideEntity(int start, int end, int first, int last)
    {
        for (var i = first; i < last; i++)
        {
            if (entities[i].Start <= start && end <= entities[i].End) return true;
        }
        return false;
    }
}
