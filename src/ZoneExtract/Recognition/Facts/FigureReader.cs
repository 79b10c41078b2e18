using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Reads the role of a figure from the words around it: a change word right before it (增长, 同比下降; filler words
/// such as 了, 达到, 约 may stand between) makes a PERCENT a change (an amount stays a level: 贷款增加1.5万亿元); a
/// target, forecast or contribution word earlier in its clause (力争, 预计, 目标, 拉动, 贡献), a threshold (5亿元以上的项目,
/// 超过10亿元的项目) or brackets around it (a reference figure: 高于全省平均水平（4.6%）) make no fact, nor does a gap
/// after a comparison (，较同期全国增速高24个百分点) or the earlier level of a change (从3.14亿元升至5.24亿元); anything
/// else is a level.
/// </summary>
internal sealed class FigureReader(IndicatorLexicon lexicon)
{
    /// <summary>How far before a figure 从 may stand (从2015年上半年的69.8%).</summary>
    private const int MaxFromDistance = 10;

    /// <summary>The currency word that may open a level (达到人民币1038.5亿元).</summary>
    private const string Renminbi = "人民币";

    /// <summary>The first characters of the from and to words (从, 由, 至, 到): only where one stands are the words sought.</summary>
    private readonly string _fromToStarts = new([.. lexicon.FromWords.Concat(lexicon.ToWords).Select(w => w[0]).Distinct()]);

    public FigureRole Read(string text, Entity figure, int clauseStart)
    {
        if (HasOptionalCue(text, clauseStart, figure.Start) || IsProjected(text, figure) || IsThreshold(text, figure) || IsPassedBound(text, figure) || IsBracketed(text, figure) || IsReference(text, figure, clauseStart) || IsEarlierLevel(text, figure, clauseStart)
            || figure is PercentEntity && OpensWithReference(text, clauseStart) || FollowsReference(text, figure, clauseStart))
            return FigureRole.None;
        // An amount after a change word (贷款增加1.5万亿元) is the size of the increment, stated as the indicator's level:
        // a change is a PERCENT (contract §6.1).
        if (figure is MoneyEntity || !TryChangeWord(text, figure, clauseStart, out _, out var direction)) return IsComparedWith(text, figure, clauseStart) ? FigureRole.None : FigureRole.Level;
        return direction == ChangeDirection.Increase ? FigureRole.Increase : FigureRole.Decrease;
    }

    /// <summary>
    /// A percentage without a change word in a clause that opens with a comparison (，较同期全国增速高24个百分点), or right after
    /// a gap word that follows a comparison in its clause (增幅比全国高1.8个百分点), is the gap to what it is compared with, not
    /// a level.
    /// </summary>
    private bool IsComparedWith(string text, Entity figure, int clauseStart)
    {
        if (figure is not PercentEntity) return false;
        if (lexicon.Comparisons.TryLongestStartingAt(text, clauseStart, out _, out _)) return true;
        if (!lexicon.GapWords.TryLongestEndingAt(text, figure.Start, 1, out var gapStart, out _) || gapStart <= clauseStart) return false;
        for (var i = clauseStart; i < gapStart; i++)
        {
            if (lexicon.Comparisons.TryLongestStartingAt(text, i, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>
    /// The clause opens with a comparison word of a reference (，超过沪深两市整体营收增幅26.15个百分点; ，高于全国5.6个百分点): its
    /// percentages are gaps to what it names, even after a change word.
    /// </summary>
    private bool OpensWithReference(string text, int clauseStart)
    {
        var clause = text.AsSpan(clauseStart);
        foreach (var cue in lexicon.ReferenceCues)
        {
            if (clause.StartsWith(cue, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A comparative reference word (高于, 低于, 超出…; not a bound such as 超过) stands before the figure in its clause with
    /// no change word after it (增速高于全市水平5.1个百分点; 广州GDP超出重庆337亿多元: the gap to what is compared, not the
    /// indicator's change or level).
    /// </summary>
    private bool FollowsReference(string text, Entity figure, int clauseStart)
    {
        var before = text.AsSpan(clauseStart, figure.Start - clauseStart);
        foreach (var cue in lexicon.ReferenceCues)
        {
            var at = before.LastIndexOf(cue, StringComparison.Ordinal);
            if (at < 0 || lexicon.Thresholds.Contains(cue)) continue; // 比重超过21%: a level, stated as a bound
            var cueEnd = clauseStart + at + cue.Length;
            return !TryChangeWord(text, figure, clauseStart, out var changeStart, out _) || changeStart < cueEnd;
        }
        return false;
    }

    /// <summary>The change word right before the figure (fillers skipped), with where it starts.</summary>
    public bool TryChangeWord(string text, Entity figure, int clauseStart, out int start, out ChangeDirection direction)
    {
        var end = figure.Start;
        while (end > clauseStart && text[end - 1] == ' ') end--; // a layout space before the figure (增长 5%)
        while (end > clauseStart && lexicon.ChangeFillers.TryLongestEndingAt(text, end, 1, out var fillerStart, out _) && fillerStart >= clauseStart) end = fillerStart;
        return lexicon.Changes.TryLongestEndingAt(text, end, 2, out start, out direction) && start >= clauseStart;
    }

    /// <summary>
    /// The figure follows 从/由 right away, after a date and 的 (从2015年的69.8%) or after a change word (由去年同期下降5.0%转为…),
    /// with no 至/到/转为 between: it is where a change started, not the level stated.
    /// </summary>
    private bool IsEarlierLevel(string text, Entity figure, int clauseStart)
    {
        for (var i = figure.Start - 1; i >= clauseStart && figure.Start - i <= MaxFromDistance; i--)
        {
            if (!_fromToStarts.Contains(text[i], StringComparison.Ordinal)) continue;
            if (WordLists.StartsWithAny(text.AsSpan(i, figure.Start - i), lexicon.ToWords)) return false;
            if (WordLists.StartsWithAny(text.AsSpan(i, figure.Start - i), lexicon.FromWords))
                return i + 1 == figure.Start || text[figure.Start - 1] == '的' || lexicon.Changes.TryLongestEndingAt(text, figure.Start, 2, out var changeStart, out _) && changeStart > i;
        }
        return false;
    }

    /// <summary>
    /// A figure joined by 的 to what it measures (全市10.5%的平均水平, 第一季度的2%) after a comparison word in its clause
    /// (远高于…, 超过全国9.8%的水平) is the figure compared with: another body's or period's.
    /// </summary>
    private bool IsReference(string text, Entity figure, int clauseStart)
    {
        var joined = figure.End < text.Length && text[figure.End] == '的' || figure.Start > 0 && text[figure.Start - 1] == '的';
        if (!joined) return false;
        var before = text.AsSpan(clauseStart, figure.Start - clauseStart);
        foreach (var cue in lexicon.ReferenceCues)
        {
            if (before.Contains(cue, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    private static bool IsBracketed(string text, Entity figure) =>
        figure.Start > 0 && figure.End < text.Length && text[figure.Start - 1] is '(' or '（' && text[figure.End] is ')' or '）';

    private bool HasOptionalCue(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        foreach (var cue in lexicon.OptionalCues)
        {
            if (span.Contains(cue, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A projection word stands earlier in the figure's sentence (项目建成投产后，预计年销售收入…; 工厂达产后，可新增销售收入…，
    /// 实现利税…): the figure is what the project is expected to yield.
    /// </summary>
    private bool IsProjected(string text, Entity figure)
    {
        var start = figure.Start;
        while (start > 0 && !SentenceSplitter.IsSentenceEnd(text[start - 1]) && text[start - 1] != '\n') start--;
        var before = text.AsSpan(start, figure.Start - start);
        foreach (var cue in lexicon.ProjectionCues)
        {
            if (before.Contains(cue, StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A round figure after a bound word (突破, 超过) whose next clause opens with a level word and a figure (全年地区生产总值
    /// 突破8万亿元，达到8.3万亿元; GDP均超过4万亿元，分别是44695.58亿元和…) is a threshold passed: the level is the figure after.
    /// </summary>
    private bool IsPassedBound(string text, Entity figure)
    {
        var end = figure.Start;
        if (end > 0 && text[end - 1] == '了') end--;
        if (!lexicon.Bounds.TryLongestEndingAt(text, end, 1, out _, out _)) return false;
        var after = figure.End;
        if (lexicon.BoundTails.TryLongestStartingAt(text, after, out var tail, out _)) after += tail;
        if (after >= text.Length || text[after] is not ('，' or ',')) return false;
        if (!lexicon.TryLevelOpening(text, after + 1, out var levelEnd)) return false;
        if (text.AsSpan(levelEnd).StartsWith(Renminbi, StringComparison.Ordinal)) levelEnd += Renminbi.Length; // 达到人民币1038.5亿元
        return levelEnd < text.Length && char.IsAsciiDigit(text[levelEnd]);
    }

    /// <summary>A figure qualifying a noun (…的) with a threshold word before it (超过) or after it (以上).</summary>
    private bool IsThreshold(string text, Entity figure)
    {
        var after = figure.End;
        var bounded = lexicon.Thresholds.TryLongestEndingAt(text, figure.Start, 2, out _, out _);
        if (after + 2 <= text.Length && lexicon.Thresholds.Contains(text.AsSpan(after, 2)))
        {
            bounded = true;
            after += 2;
        }
        return bounded && after < text.Length && text[after] == '的';
    }
}
