namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// A date inside quotation marks or title marks with more words names something (“2011年度车辆采购说明会”), it dates no
/// figure; a period quoted on its own (“十三五”时期) still does, and so does a date in quoted speech, whose quote runs on
/// past a clause break (“今年沿海的劳动力成本，比去年至少增长20%…”).
/// </summary>
internal static class QuotedDate
{
    /// <summary>The date is part of a quoted name.</summary>
    public static bool IsInName(string text, DateEntity date)
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
}
