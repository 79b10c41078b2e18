using System.Runtime.InteropServices;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the facts of a text among its merged entities (contract §6.1): in each sentence with a MONEY or PERCENT figure,
/// the indicators named, the figures they take, and their period and subject. A sentence that continues the previous
/// one of its paragraph (其中…, 同期…, an anaphor: 全市…, 公司…, or an indicator right at its start) and names no period or
/// subject takes the previous sentence's (<see cref="SentenceChain"/>); nothing is inherited across paragraphs, and nothing
/// is guessed from a headline or the publication date.
/// </summary>
internal sealed class FactRecognizer
{
    /// <summary>Longest summary clause (工业生产较快增长) that may open a sentence carrying on the statement before.</summary>
    private const int MaxSummaryClause = 12;

    /// <summary>Longest sector noun (化学原料和化学制品制造业) that may open a sentence before its change word.</summary>
    private const int MaxSectorHead = 14;

    private readonly IndicatorLexicon _lexicon;
    private readonly IndicatorFinder _finder;
    private readonly FigureAttacher _attacher;
    private readonly PeriodFinder _periods;
    private readonly SubjectFinder _subjects;

    public FactRecognizer(IndicatorLexicon lexicon)
    {
        _lexicon = lexicon;
        _finder = new IndicatorFinder(lexicon);
        _attacher = new FigureAttacher(lexicon);
        _periods = new PeriodFinder(lexicon);
        _subjects = new SubjectFinder(lexicon);
    }

    /// <summary>The facts of the text, in the order of their indicators.</summary>
    /// <param name="original">The caller's string (indicator texts are slices of it).</param>
    /// <param name="folded">Its width-folded twin, same indices, on which the words are matched.</param>
    /// <param name="merged">The merged entities, sorted by start.</param>
    /// <param name="words">The document's word boundaries, which further mentions of a name must respect (null: not tested).</param>
    public IReadOnlyList<Fact> Recognize(string original, string folded, IReadOnlyList<Entity> merged, TokenBoundaries? words = null)
    {
        // Read as a span and passed on as a List: the rules loop over the entities many times per sentence, and through
        // IReadOnlyList each item and each foreach step was an interface call (a dispatch stub in every profile).
        var span = merged switch { Entity[] array => array, List<Entity> list => CollectionsMarshal.AsSpan(list), _ => [.. merged] };
        if (!HasFigure(span)) return [];
        var (entities, repeats) = SubjectMentions.Add(folded, span, words);
        var facts = new List<Fact>();
        var chain = new SentenceChain(_lexicon, _periods, _subjects, folded, entities);
        var first = 0;
        foreach (var sentence in SentenceSplitter.Split(folded))
        {
            while (first < entities.Count && entities[first].Start < sentence.Start) first++;
            var last = first;
            while (last < entities.Count && entities[last].Start < sentence.End) last++;
            chain.Add(sentence, first, last);
            // Most sentences state no figure: what they pass on is only worked out when a later one with figures asks.
            if (!HasFigure(CollectionsMarshal.AsSpan(entities)[first..last])) continue;
            var inSentence = InSentence(entities, first, last, sentence);
            var mentions = FindMentions(folded, sentence, inSentence);
            if (OpensWithIndicator(folded, sentence, inSentence, mentions) || OpensWithSectorChange(folded, sentence, inSentence)
                || mentions.Count > 0 && chain.OpensWithGenericBodyBefore(mentions[0].Start)) chain.MarkContinuing();
            AddFacts(original, folded, sentence, inSentence, mentions, chain.Inherited(), repeats, facts);
        }
        return facts;
    }

    private List<IndicatorMention> FindMentions(string folded, FactSentence sentence, List<Entity> inSentence)
    {
        // Extensions and shares never leave the sentence, so its own entities are all the lookups need.
        var entityEnds = new HashSet<int>(inSentence.Count);
        // Where the figures start, each with whether it is a PERCENT (a share ends right before one).
        var figureStarts = new Dictionary<int, bool>();
        foreach (var entity in inSentence)
        {
            entityEnds.Add(entity.End);
            if (IsFigure(entity)) figureStarts[entity.Start] = entity is PercentEntity;
        }
        return _finder.Find(folded, sentence.Start, sentence.End, figureStarts, entityEnds);
    }

    /// <summary>
    /// The sentence opens, after its own date (…。3月当月，规上工业增加值…), with an indicator, or with a place and its indicator
    /// (…同比增长12%。东莞工业五大支柱产业增加值3295.26亿元…; 东莞的出口总额…; 宁波实现地区生产总值…), or with a short summary clause and then its
    /// indicator (工业生产较快增长，规上工业增加值增长10%):
    /// it carries on the statement before, and a period it does not name is that statement's. A firm that opens a sentence
    /// more often starts a statement of its own.
    /// </summary>
    private bool OpensWithIndicator(string folded, FactSentence sentence, List<Entity> inSentence, List<IndicatorMention> mentions)
    {
        if (mentions.Count == 0) return false;
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(folded[start])) start++;
        start = AfterDate(folded, AfterSummaryClause(folded, start, sentence.End, inSentence), sentence.End, inSentence);
        foreach (var entity in inSentence)
        {
            if (entity.Start != start || entity.Label is not (EntityLabel.Location or EntityLabel.Zone)) continue;
            start = entity.End + LinkAt(folded, entity.End, sentence.End); // 东莞的出口总额…; 宁波实现地区生产总值…
        }
        return mentions[0].Start == start;
    }

    /// <summary>Where the words start after a date at <paramref name="start"/> (3月当月，), or <paramref name="start"/>.</summary>
    private int AfterDate(string folded, int start, int end, List<Entity> inSentence)
    {
        foreach (var entity in inSentence)
        {
            if (entity.Start != start || entity is not DateEntity) continue;
            start = entity.End;
            foreach (var tail in _lexicon.DateTails)
            {
                if (folded.AsSpan(start, end - start).StartsWith(tail, StringComparison.Ordinal)) start += tail.Length;
            }
            if (start < end && folded[start] is '，' or ',') start++;
        }
        return start;
    }

    /// <summary>
    /// The sentence opens, after its date, with a sector and its change word (…41个大类行业中有34个行业增加值保持同比增长。
    /// 农副食品加工业增长9.6%，纺织业下降1.3%…, the NBS wording of a breakdown by industry): a clause head that continues the
    /// statement before as an indicator would.
    /// </summary>
    private bool OpensWithSectorChange(string folded, FactSentence sentence, List<Entity> inSentence)
    {
        var start = sentence.Start;
        while (start < sentence.End && char.IsWhiteSpace(folded[start])) start++;
        start = AfterDate(folded, start, sentence.End, inSentence);
        var end = _lexicon.SectorNames.TryLongestStartingAt(folded, start, out var length, out _) ? start + length : SectorEnd(folded, start, sentence.End);
        if (end < 0 || inSentence.Any(e => e.Start >= start && e.Start < end)) return false;
        return IsChangeWord(folded, end);
    }

    /// <summary>A change word starts at <paramref name="at"/> that opens no indicator name (增长, not the 增加 of 工业增加值).</summary>
    private bool IsChangeWord(string folded, int at) =>
        _lexicon.Changes.TryLongestStartingAt(folded, at, out _, out _) && !_lexicon.Names.TryLongestStartingAt(folded, at, out _, out _);

    /// <summary>The end of the sector noun (…业) that the ideographs from <paramref name="start"/> form before a change word, or -1.</summary>
    private int SectorEnd(string folded, int start, int end)
    {
        for (var i = start + 2; i < end && i - start <= MaxSectorHead && Text.CharClass.IsIdeograph(folded[i - 1]); i++)
        {
            if (_lexicon.IsSectorEnd(folded, i) && IsChangeWord(folded, i)) return i;
        }
        return -1;
    }

    /// <summary>The length of the subject link (的, 实现, 完成…) written at <paramref name="at"/>, or 0.</summary>
    private int LinkAt(string folded, int at, int end)
    {
        var longest = 0;
        foreach (var link in _lexicon.SubjectLinks)
        {
            if (link.Length > longest && folded.AsSpan(at, end - at).StartsWith(link, StringComparison.Ordinal)) longest = link.Length;
        }
        return longest;
    }

    /// <summary>
    /// Where the second clause starts when the first, from <paramref name="start"/>, is a short summary that names nothing and
    /// ends with a trend word (工业生产较快增长，; 消费市场持续回暖，); else <paramref name="start"/>.
    /// </summary>
    private int AfterSummaryClause(string folded, int start, int end, List<Entity> inSentence)
    {
        var comma = start;
        while (comma < end && comma - start <= MaxSummaryClause && !SentenceSplitter.IsClauseBreak(folded[comma])) comma++;
        if (comma >= end || folded[comma] is not ('，' or ',') || comma - start > MaxSummaryClause) return start;
        foreach (var entity in inSentence)
        {
            if (entity.Start < comma && entity.End > start) return start;
        }
        var clause = folded.AsSpan(start, comma - start);
        foreach (var ending in _lexicon.SummaryEndings)
        {
            if (clause.EndsWith(ending, StringComparison.Ordinal)) return comma + 1;
        }
        return start;
    }

    private void AddFacts(
        string original, string folded, FactSentence sentence, List<Entity> inSentence, List<IndicatorMention> mentions, FactSetting inherited,
        Dictionary<Entity, Entity> repeats, List<Fact> facts)
    {
        var figures = new List<Entity>(inSentence.Count);
        foreach (var entity in inSentence)
        {
            if (IsFigure(entity)) figures.Add(entity);
        }
        foreach (var draft in _attacher.Attach(folded, sentence, mentions, figures, inSentence))
        {
            if (!draft.HasFigure) continue;
            var (start, end) = (draft.Mention.Start, draft.Mention.End);
            var subject = draft.Subject ?? _subjects.Subject(folded, sentence.Start, inSentence, ShareOwnerEnd(folded, start)) ?? inherited.Subject;
            facts.Add(new Fact(
                start, end - start, original[start..end],
                subject is not null && repeats.TryGetValue(subject, out var found) ? found : subject,
                draft.Value,
                draft.Change,
                (draft.Framed ? _periods.Period(folded, inSentence, FirstFigureStart(draft)) : null)
                ?? (draft.Value is { } level ? _periods.ComparedLevelPeriod(folded, inSentence, start, end, level) : null)
                ?? _periods.Period(folded, inSentence, start) ?? _periods.PeriodAfter(folded, inSentence, end, FirstFigureStart(draft)) ?? inherited.Period));
        }
    }

    /// <summary>
    /// Where the owner of an indicator starting at <paramref name="start"/> must end: before the quantity named right before a
    /// share (深圳、广州GDP占都市圈的比重…; 上海GDP占全国的3.8%: the share of 深圳's GDP), else before the indicator.
    /// </summary>
    private int ShareOwnerEnd(string text, int start) =>
        text[start] == '占' && _lexicon.Names.TryLongestEndingAt(text, start, 2, out var nameStart, out _) ? nameStart : start;

    private static int FirstFigureStart(FactDraft draft) => Math.Min(draft.Value?.Start ?? int.MaxValue, draft.Change?.Rate.Start ?? int.MaxValue);

    /// <summary>The entities of [first, last) that end inside the sentence.</summary>
    internal static List<Entity> InSentence(List<Entity> entities, int first, int last, FactSentence sentence)
    {
        var list = new List<Entity>(last - first);
        for (var i = first; i < last; i++)
        {
            if (entities[i].End <= sentence.End) list.Add(entities[i]);
        }
        return list;
    }

    private static bool HasFigure(ReadOnlySpan<Entity> entities)
    {
        foreach (var entity in entities)
        {
            if (IsFigure(entity)) return true;
        }
        return false;
    }

    private static bool IsFigure(Entity entity) => entity is MoneyEntity or PercentEntity;
}
