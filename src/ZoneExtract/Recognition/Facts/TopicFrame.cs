namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// A topic frame: a clause that only names an indicator, between a frame opening and a breakdown ending (从GDP总量来看，;
/// 在财政收入指标中，; 就产量而言，). News on statistics names the quantity there once and gives its figures in the clauses
/// after it without naming it again (从进口葡萄酒总额来看，2017年达到27.89亿美元; …，其中广东以28498.79亿元居第一位), so the
/// frame's indicator takes them as if they stood in its own clause.
/// </summary>
internal static class TopicFrame
{
    /// <summary>Whether <paramref name="mention"/> is the whole of a topic frame, its clause opening at <paramref name="clauseStart"/>.</summary>
    /// <remarks>在 opens one only with a link (在财政收入指标中，): 在固定资产投资中，… breaks the whole down into parts.</remarks>
    public static bool IsFrame(IndicatorLexicon lexicon, string text, int clauseStart, IndicatorMention mention) =>
        OneOf(lexicon.FrameOpenings, text, clauseStart, mention.Start)
        && ClosesAt(lexicon, text, mention.End, OneOf(lexicon.PartFrameOpenings, text, clauseStart, mention.Start));

    /// <summary>
    /// Whether a frame's closing (a growth word, 上, 指标, then a breakdown ending and a comma: 来看，; 指标中，) starts at
    /// <paramref name="end"/>; with <paramref name="needsLink"/>, only one with a link.
    /// </summary>
    public static bool ClosesAt(IndicatorLexicon lexicon, string text, int end, bool needsLink = false)
    {
        if (lexicon.IsGrowthAt(text, end)) end = GrowthEnd(lexicon, text, end); // 从GDP同比增速来看，
        var linked = false;
        foreach (var link in lexicon.FrameLinks)
        {
            if (!text.AsSpan(end).StartsWith(link, StringComparison.Ordinal)) continue;
            end += link.Length;
            linked = true;
        }
        if (needsLink && !linked) return false;
        foreach (var ending in lexicon.BreakdownEndings)
        {
            var comma = end + ending.Length;
            if (comma < text.Length && text[comma] is '，' or ',' && text.AsSpan(end, ending.Length).SequenceEqual(ending)) return true;
        }
        return false;
    }

    /// <summary>Where the growth word (同比增速) that starts at <paramref name="start"/> ends.</summary>
    private static int GrowthEnd(IndicatorLexicon lexicon, string text, int start)
    {
        if (lexicon.GrowthQualifiers.TryLongestStartingAt(text, start, out var length, out _)) start += length;
        return lexicon.Names.TryLongestStartingAt(text, start, out length, out _) ? start + length : start;
    }

    /// <summary>Whether [start, end) is exactly one of the words.</summary>
    private static bool OneOf(IReadOnlyList<string> words, string text, int start, int end)
    {
        foreach (var word in words)
        {
            if (word.Length == end - start && text.AsSpan(start, end - start).SequenceEqual(word)) return true;
        }
        return false;
    }
}
