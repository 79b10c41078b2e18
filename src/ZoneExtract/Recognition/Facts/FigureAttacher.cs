using System.Diagnostics.CodeAnalysis;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Gives each figure of a sentence to the indicator named last before it in the same list item (；), after the 分别 lists
/// (<see cref="RespectiveLists"/>). A level must be in the indicator's clause (or in the next clause opening with 达/为);
/// a change may also be in a later clause that opens with its change word, a comparison or a qualifier (，增长6.4%;
/// ，较1-9月回落0.2个百分点; ，同比大幅减少…), or else names what changed itself (，医疗保健和个人用品上涨2%). The first rate of a
/// mention is its change; further rates (比2019年同期增长20.5%) are optional facts and are dropped, as is a second level.
/// A mention left without a figure takes one written right before it (44.05%股权).
/// </summary>
internal sealed class FigureAttacher
{
    private const int MaxHead = 12;

    private readonly IndicatorLexicon _lexicon;
    private readonly FigureReader _reader;
    private readonly RespectiveLists _lists;

    public FigureAttacher(IndicatorLexicon lexicon)
    {
        _lexicon = lexicon;
        _reader = new FigureReader(lexicon);
        _lists = new RespectiveLists(lexicon, _reader);
    }

    public List<FactDraft> Attach(string text, FactSentence sentence, List<IndicatorMention> mentions, List<Entity> figures, List<Entity> sentenceEntities)
    {
        var drafts = new List<FactDraft>(mentions.Count);
        foreach (var mention in mentions) drafts.Add(new FactDraft(mention));
        var used = _lists.Attach(text, sentence, drafts, figures, sentenceEntities);
        foreach (var figure in figures)
        {
            if (used.Contains(figure)) continue;
            var clauseStart = ClauseStart(text, sentence.Start, figure.Start);
            var role = _reader.Read(text, figure, clauseStart);
            if (role == FigureRole.None) continue;
            var hasOwner = TryOwner(text, sentence, drafts, figure.Start, out var draft);
            // A share takes a difference in points (占比…，同比提高0.5个百分点); a percentage change in a later clause
            // (…增加值2306亿元，占GDP的26.7%，同比增长16.7%) is the change of the amount named before it.
            if (hasOwner && role != FigureRole.Level && IsShare(text, draft!.Mention) && draft.Mention.Start < clauseStart
                && figure is PercentEntity { Kind: PercentKind.Percent } && TryOwner(text, sentence, drafts, draft.Mention.Start, out var amount))
            {
                draft = amount;
            }
            // A topic frame's indicator (从GDP总量来看，…) takes the figures of the clauses after it that name no other.
            var framed = hasOwner && draft!.Mention.Start < clauseStart
                && TopicFrame.IsFrame(_lexicon, text, ClauseStart(text, sentence.Start, draft.Mention.Start), draft.Mention);
            var fitsClause = framed || hasOwner && FitsClause(text, sentence, draft!, role, clauseStart);
            if (!fitsClause && (role != FigureRole.Level ? ClauseHead(text, figure, clauseStart, sentenceEntities) : SectorHead(text, figure, clauseStart, sentenceEntities)) is { } head)
            {
                // A change whose clause names its own subject matter (，医疗保健和个人用品上涨2%), or a level whose clause is a
                // sector (；化学药品制剂制造业1583亿元，增长23.4%).
                (draft, fitsClause) = (new FactDraft(head), true);
                drafts.Add(draft);
            }
            if (!fitsClause) continue;
            if (role != FigureRole.Decrease && RatedBefore(text, sentence, drafts, draft!, figure, figures) is { } rated) (draft, role) = (rated, FigureRole.Increase);
            // A growth rate's level is its change (其增速…，达到9.6%).
            if (role == FigureRole.Level && figure is PercentEntity && IsGrowth(text, draft!.Mention)) role = FigureRole.Increase;
            if (!Assign(text, draft!, figure, role, sentenceEntities)) continue;
            used.Add(figure);
            if (!framed) continue;
            draft!.Framed = true;
            draft.Subject ??= ClauseBody(text, sentence, draft.Mention.End, clauseStart, figure, sentenceEntities);
        }
        AttachFiguresBefore(text, sentence, drafts, figures, used, sentenceEntities);
        drafts.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        return drafts;
    }

    private bool FitsClause(string text, FactSentence sentence, FactDraft draft, FigureRole role, int clauseStart)
    {
        if (draft.Mention.Start >= clauseStart) return true;
        return role == FigureRole.Level
            ? _lexicon.TryLevelOpening(text, clauseStart, out _) && IsPreviousClause(text, sentence, draft, clauseStart)
            : _lexicon.Changes.TryLongestStartingAt(text, clauseStart, out _, out _) || _lexicon.Comparisons.TryLongestStartingAt(text, clauseStart, out _, out _) || _lexicon.ChangeOpenings.TryLongestStartingAt(text, clauseStart, out _, out _);
    }

    /// <summary>
    /// The words that open a clause before its change word (，医疗保健和个人用品上涨2%; see <see cref="Head"/>).
    /// </summary>
    private IndicatorMention? ClauseHead(string text, Entity figure, int clauseStart, List<Entity> sentenceEntities)
    {
        return _reader.TryChangeWord(text, figure, clauseStart, out var end, out _) ? Head(text, clauseStart, end, sentenceEntities) : null;
    }

    /// <summary>
    /// The sector noun that opens a clause, after any entity or connective (其中), right before a MONEY level (…;化学药品制剂制造业
    /// 1583亿元，增长23.4%): a release's breakdown by industry, whose sector is the indicator.
    /// </summary>
    private IndicatorMention? SectorHead(string text, Entity figure, int clauseStart, List<Entity> sentenceEntities) =>
        figure is MoneyEntity && _lexicon.IsSectorEnd(text, figure.Start) ? Head(text, clauseStart, figure.Start, sentenceEntities) : null;

    /// <summary>
    /// The words from <paramref name="clauseStart"/> to <paramref name="end"/>, after any entity or connective that opens them:
    /// 2 to 12 ideographs that hold no adverbial of a further rate (两年平均, 比上年, 同比).
    /// </summary>
    private IndicatorMention? Head(string text, int clauseStart, int end, List<Entity> sentenceEntities)
    {
        var start = clauseStart;
        for (var moved = true; moved;)
        {
            moved = false;
            if (EntityOpening(sentenceEntities, start, end) is { } entity) (start, moved) = (entity.End, true);
            if (_lexicon.Boundaries.TryLongestStartingAt(text, start, out var length, out _) && start + length <= end) (start, moved) = (start + length, true);
        }
        // A name of the industrial classification (；电力、热力、燃气及水生产和供应业增长19.8%) is a head of its own.
        if (_lexicon.SectorNames.TryLongestStartingAt(text, start, out var sectorLength, out _) && start + sectorLength == end) return new IndicatorMention(start, end, IndicatorKind.Amount);
        if (end - start is < 2 or > MaxHead) return null;
        for (var i = start; i < end; i++)
        {
            if (!Text.CharClass.IsIdeograph(text[i])) return null;
        }
        var head = text.AsSpan(start, end - start);
        foreach (var word in _lexicon.NotHeads)
        {
            if (head.Contains(word, StringComparison.Ordinal)) return null;
        }
        return new IndicatorMention(start, end, IndicatorKind.Amount);
    }

    /// <summary>
    /// The body that opens a figure's clause, after any connective (其中) or date, or else the nearest clause before it after
    /// the topic frame that ends at <paramref name="frameEnd"/>: whose figure the frame's clauses state (从GDP总量来看，…，其中广东以
    /// 28498.79亿元居第一位; 从GDP总量来看，广东依旧稳居全国第一，为124369.67亿元).
    /// </summary>
    private Entity? ClauseBody(string text, FactSentence sentence, int frameEnd, int clauseStart, Entity figure, List<Entity> sentenceEntities)
    {
        for (var (start, end) = (clauseStart, figure.Start); start > frameEnd; (start, end) = (ClauseStart(text, sentence.Start, start - 1), start - 1))
        {
            for (var moved = true; moved;)
            {
                moved = false;
                if (EntityOpening(sentenceEntities, start, end) is DateEntity date) (start, moved) = (date.End, true);
                if (_lexicon.Boundaries.TryLongestStartingAt(text, start, out var length, out _) && start + length <= end) (start, moved) = (start + length, true);
            }
            if (EntityOpening(sentenceEntities, start, end) is { } body) return SubjectRoles.CanBeSubject(body) ? body : null;
        }
        return null;
    }

    /// <summary>The first entity that starts at <paramref name="start"/> and ends by <paramref name="end"/>.</summary>
    private static Entity? EntityOpening(List<Entity> sentenceEntities, int start, int end)
    {
        foreach (var entity in sentenceEntities)
        {
            if (entity.Start == start && entity.End <= end) return entity;
        }
        return null;
    }

    /// <summary>
    /// The amount whose growth a bare growth word opening a later clause states (社会消费品零售总额达到4000亿元，增速为12.5%;
    /// 出口额0.72亿美元，同比增幅达到…): the name before it in the list item, which has no change yet and has its level or is
    /// named with a number in the clause right before (GDP达到3万亿，增速9.8%; 产量为864.3万吨，同比增幅5.6%: levels that are no MONEY). The growth
    /// word names no quantity of its own there. A difference in points (，增速比上月末高0.2个百分点) is a further rate; a clause
    /// of several figures (，增幅分别达36.36%、124.85%…) is a list whose items the rules for lists pair.
    /// </summary>
    private FactDraft? RatedBefore(string text, FactSentence sentence, List<FactDraft> drafts, FactDraft growth, Entity figure, List<Entity> figures)
    {
        if (growth.Mention.Kind != IndicatorKind.Growth || figure is not PercentEntity { Kind: PercentKind.Percent }) return null;
        var clauseStart = ClauseStart(text, sentence.Start, growth.Mention.Start);
        if (clauseStart == sentence.Start || growth.Mention.Start != clauseStart
            && !(_lexicon.GrowthQualifiers.TryLongestStartingAt(text, clauseStart, out var length, out _) && clauseStart + length == growth.Mention.Start))
            return null;
        if (figures.Count(f => f.Start > clauseStart && ClauseStart(text, sentence.Start, f.Start) == clauseStart) > 1) return null;
        return TryOwner(text, sentence, drafts, clauseStart, out var rated)
            && rated.Mention.Kind == IndicatorKind.Amount && rated.Change is null
            && (rated.Value is not null || IsPreviousClause(text, sentence, rated, clauseStart) && HasNumber(text, rated.Mention.End, clauseStart)) ? rated : null;
    }

    /// <summary>
    /// Whether a number is written between <paramref name="start"/> and <paramref name="end"/>: the level of a quantity
    /// that is no MONEY (产量为864.3万吨, 销量达到139130辆), without which the name is more often compared with (高于固定资产投资).
    /// </summary>
    private static bool HasNumber(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (char.IsDigit(text[i])) return true;
        }
        return false;
    }

    /// <summary>
    /// A growth rate named on its own (增速), or a name right before a growth word (固定资产投资增速为12.4%; GDP实际增速同比大涨13.3%).
    /// </summary>
    private bool IsGrowth(string text, IndicatorMention mention) =>
        mention.Kind == IndicatorKind.Growth
        || _lexicon.IsGrowthAt(text, mention.End);

    /// <summary>
    /// A mention left without a figure takes one written right before it (44.05%股权, 泉州2.5%的增速), if no other
    /// mention took that figure and it makes a fact where it stands. When 的 links them, a body right before the figure is the subject (泉州); without it the
    /// body before the figure is more often the other party (持有天风期货44.05%股权).
    /// </summary>
    private void AttachFiguresBefore(string text, FactSentence sentence, List<FactDraft> drafts, List<Entity> figures, HashSet<Entity> used, List<Entity> sentenceEntities)
    {
        foreach (var draft in drafts)
        {
            if (draft.HasFigure) continue;
            var start = draft.Mention.Start;
            var figure = figures.FirstOrDefault(f => !used.Contains(f) && (f.End == start || f.End == start - 1 && text[f.End] == '的'));
            // A figure that makes no fact where it stands (高于同期全省18.6%的增速: the figure compared with) gives none here either.
            if (figure is null || _reader.Read(text, figure, ClauseStart(text, sentence.Start, figure.Start)) == FigureRole.None) continue;
            var role = figure is PercentEntity && IsGrowth(text, draft.Mention) ? FigureRole.Increase : FigureRole.Level;
            if (!Assign(text, draft, figure, role, sentenceEntities)) continue;
            used.Add(figure);
            if (figure.End < start) draft.Subject ??= sentenceEntities.FirstOrDefault(e => e.End == figure.Start && SubjectRoles.CanBeSubject(e));
        }
    }

    /// <summary>
    /// Gives the figure to the draft as its level or change, unless it already has one (or the level does not fit);
    /// returns whether it did. A negative rate is a decrease whatever word stands before it.
    /// </summary>
    public static bool Assign(string text, FactDraft draft, Entity figure, FigureRole role, List<Entity> sentenceEntities)
    {
        if (role == FigureRole.Level)
        {
            if (draft.Value is not null || !Fits(draft.Mention.Kind, figure)) return false;
            draft.Value = figure;
            draft.Subject ??= SubjectAfter(text, figure, sentenceEntities);
            return true;
        }
        if (draft.Change is not null || figure is not PercentEntity rate) return false;
        // A negative rate after a growth word (增速为-12.9%, 同比增长-2.1%) is a fall: the contract's increase is a positive rate.
        draft.Change = new FactChange(rate, role == FigureRole.Increase && rate.Value >= 0 ? ChangeDirection.Increase : ChangeDirection.Decrease);
        return true;
    }

    /// <summary>A share written 占+whole (占GDP, 占园区产值总量).</summary>
    private static bool IsShare(string text, IndicatorMention mention) => mention.Kind == IndicatorKind.Rate && text[mention.Start] == '占';

    /// <summary>The last mention before <paramref name="position"/> (a figure's start) in its list item.</summary>
    private static bool TryOwner(string text, FactSentence sentence, List<FactDraft> drafts, int position, [NotNullWhen(true)] out FactDraft? owner)
    {
        var listBreak = SentenceSplitter.LastListBreak(text, sentence.Start + 1, position);
        var itemStart = listBreak < 0 ? sentence.Start : listBreak + 1;
        owner = null;
        foreach (var draft in drafts) // not in text order: a clause head is appended where its figure is met
        {
            if (draft.Mention.End <= position && draft.Mention.Start >= itemStart && (owner is null || draft.Mention.Start > owner.Mention.Start))
                owner = draft;
        }
        return owner is not null;
    }

    /// <summary>An amount indicator takes a MONEY level, a rate or share a PERCENT one.</summary>
    public static bool Fits(IndicatorKind kind, Entity figure) => kind switch
    {
        IndicatorKind.Rate => figure is PercentEntity { Kind: PercentKind.Percent }, // points are a difference, never a level
        IndicatorKind.Amount => figure is MoneyEntity,
        _ => false, // a growth rate's figure is its change
    };

    /// <summary>The body right after 的 that the figure qualifies: 总投资25亿元的瑞智电子 is 瑞智电子's investment.</summary>
    private static Entity? SubjectAfter(string text, Entity figure, List<Entity> sentenceEntities)
    {
        if (figure.End >= text.Length || text[figure.End] != '的') return null;
        return sentenceEntities.FirstOrDefault(e => e.Start == figure.End + 1 && SubjectRoles.CanBeSubject(e));
    }

    private static bool IsPreviousClause(string text, FactSentence sentence, FactDraft draft, int clauseStart) =>
        clauseStart > sentence.Start && ClauseStart(text, sentence.Start, clauseStart - 1) <= draft.Mention.Start;

    /// <summary>Start of the clause holding <paramref name="position"/>: just after the last comma, semicolon or colon before it.</summary>
    public static int ClauseStart(string text, int sentenceStart, int position)
    {
        var start = sentenceStart;
        for (var i = position - 1; i >= sentenceStart; i--)
        {
            if (!SentenceSplitter.IsClauseBreak(text[i])) continue;
            start = i + 1;
            break;
        }
        while (start < position && char.IsWhiteSpace(text[start])) start++;
        return start;
    }
}
