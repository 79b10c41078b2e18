namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// Binds the years that refer back in the text (同年12月, 次年6月, 当年, 上一年) to the year last named before them in
/// the same paragraph (2015年3月…同年12月 → 2015-12), walking a text's expressions in order. A year named so counts
/// as named for the next ones (2020年…次年…当年 → 2021). Without such a year, 同年 / 当年 are no date (当年的老厂房:
/// "back then"), and 次年 / 上一年 count from the reference year as before. 同年 / 当年 alone (no month or part after
/// them) need the year in the same sentence: across sentences they are as often "back then". 全年 alone at the opening
/// of a clause takes the year last named anywhere before it (an annual report names its year once at the top).
/// </summary>
internal sealed class AnaphoricYears(string text)
{
    private int _year;        // the year last named, 0 before any
    private int _yearEnd = -1; // where the expression that named it ends
    private int _reportedYear; // the year last named outside a comparison (与2019年相比, 比2019年), 0 before any

    /// <summary>
    /// Rewrites an anaphoric year of <paramref name="expression"/> to the year last named, and returns false when the
    /// expression is no date (同年 / 当年 with nothing to refer to).
    /// </summary>
    public bool TryBind(ref DateExpression expression)
    {
        if (!IsAnaphoric(expression.From) && !(expression.To is { } to && IsAnaphoric(to))) return true;
        var bare = expression.From.Year == 0 && IsBareYear(expression.From) && expression.To is null && !expression.UntilReference;
        if (expression.From.WholeYearAlone)
        {
            // 全年 alone takes the year last reported on anywhere before it, and is no date without one.
            if (_reportedYear == 0) return false;
            expression = expression with { From = expression.From with { YearKind = DateReference.Absolute, Year = _reportedYear } };
            return true;
        }
        else if (_year == 0 || Crosses(expression.Start, bare ? SentenceEnds : ParagraphEnds))
            return expression.From.Year != 0 || expression.From.YearKind != DateReference.Anaphoric;
        expression = expression with
        {
            From = Bind(expression.From),
            To = expression.To is { } t ? Bind(t) : null,
        };
        return true;
    }

    /// <summary>Remembers the year that <paramref name="expression"/> names (its last one, for a range), if it names one.</summary>
    public void Note(in DateExpression expression, DateOnly? first, DateOnly? last)
    {
        var point = expression.To ?? expression.From;
        var day = expression.To is null ? first : last;
        if (day is null || point.YearKind is DateReference.None || point.YearSpan > 0) return;
        _year = day.Value.Year;
        _yearEnd = expression.End;
        if (!IsCompared(expression.Start)) _reportedYear = _year;
    }

    /// <summary>A comparison word stands right before the date (与2019年相比, 比2019年同期, 较2019年): it is the year compared with.</summary>
    private bool IsCompared(int start) =>
        start > 0 && text[start - 1] is '与' or '比' or '较' or '同' or '和' or '跟';

    private static readonly char[] ParagraphEnds = ['\n'];
    private static readonly char[] SentenceEnds = ['\n', '。', '!', '?', '！', '？', ';', '；'];

    private bool Crosses(int start, char[] ends) =>
        start > _yearEnd && text.AsSpan(_yearEnd, start - _yearEnd).IndexOfAny(ends) >= 0;

    private DatePoint Bind(DatePoint point)
    {
        if (!IsAnaphoric(point)) return point;
        point.YearKind = DateReference.Absolute;
        point.Year += _year;
        return point;
    }

    private static bool IsAnaphoric(in DatePoint point) => point.YearKind == DateReference.Anaphoric;

    /// <summary>A point that is a year and nothing below it (当年, not 当年12月 or 当年底).</summary>
    private static bool IsBareYear(in DatePoint point) =>
        point.MonthKind == DateReference.None && point.Day == 0 && point.Part == DatePart.Whole && point.WeekKind == DateReference.None && point.Weekday == 0;
}
