namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Reads the role of a figure from the words around it: a change word right before it (增长, 同比下降; 了, 达, 约
/// may stand between) makes it a change; a target, forecast or contribution word earlier in its clause (力争, 预计,
/// 目标, 拉动, 贡献) or a threshold (5亿元以上的项目, 超过10亿元的项目) makes no fact; anything else is a level.
/// </summary>
internal sealed class FigureReader(IndicatorLexicon lexicon)
{
    /// <summary>Characters that may stand between a change word and its figure (增长了6%, 增长达10%).</summary>
    private const string Fillers = "了达约近逾超";

    public FigureRole Read(string text, Entity figure, int clauseStart)
    {
        if (HasOptionalCue(text, clauseStart, figure.Start) || IsThreshold(text, figure)) return FigureRole.None;
        var end = figure.Start;
        while (end > clauseStart && Fillers.Contains(text[end - 1], StringComparison.Ordinal)) end--;
        if (!lexicon.Changes.TryLongestEndingAt(text, end, 2, out _, out var direction)) return FigureRole.Level;
        return direction == ChangeDirection.Increase ? FigureRole.Increase : FigureRole.Decrease;
    }

    private bool HasOptionalCue(string text, int from, int to)
    {
        var span = text.AsSpan(from, to - from);
        foreach (var cue in lexicon.OptionalCues)
        {
            if (span.Contains(cue, StringComparison.Ordinal)) return true;
        }
        return false;
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
