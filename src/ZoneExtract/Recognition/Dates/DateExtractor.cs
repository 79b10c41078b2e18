using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// Finds calendar expressions in width-folded text and parses them into <see cref="DateExpression"/>s:
/// [year] [month [day | 上旬 | 月底 | 第N周 | 第N个星期X] | quarter | 前三季度 | 上半年 | 年底 | 第N周], days
/// (今天, 昨日), weeks and weekdays (本周, 上周一, 星期三), relative quarters (上个季度末), centuries and decades
/// (上世纪90年代), “十四五”, ranges of two such points (1-7月, 2018年至2020年, 2019年6月1日-6月30日, 2016-2018),
/// and 以来 / 至今. Parsing starts only at a digit or numeral that opens a run, or at the first character of a
/// calendar word or weekday.
/// </summary>
internal sealed class DateExtractor(DateWordTable words)
{
    private readonly DateTokenizer _tokenizer = new(words);

    // Whether a character can open an expression at all (the tests of IsTrigger on the character alone): one array
    // read rules out most characters of a text before the tests on their neighbours.
    private readonly Lexicon.CharBits _mayOpen = MayOpen(words);

    public void Find(string text, List<DateExpression> expressions)
    {
        var i = 0;
        while (i < text.Length)
        {
            // the one-array-read test inline: most characters open nothing, and IsTrigger is a call
            if (_mayOpen.Contains(text[i]) && IsTrigger(text, i) && TryParse(text, i, out var expression))
            {
                expressions.Add(expression);
                i = expression.End;
            }
            else i++;
        }
    }

    /// <summary>Whether an expression may start at <paramref name="i"/>, whose character <see cref="_mayOpen"/> holds.</summary>
    private bool IsTrigger(string text, int i)
    {
        var c = text[i];
        var previous = i > 0 ? text[i - 1] : '\0';
        // 每年1月, 每月5日, 每年年底: a recurring time, not a calendar date.
        if (previous == '每' || previous is '年' or '月' && i >= 2 && text[i - 2] == '每') return false;
        // not inside a number (3.2020, 1,200); a comma after a word is the clause's (full-width ， folds to ,)
        if (char.IsAsciiDigit(c)) return !char.IsAsciiDigit(previous) && previous != '.' && !(previous == ',' && i >= 2 && char.IsAsciiDigit(text[i - 2]));
        if (Numbers.ChineseNumerals.IsNumeralChar(c)) return !Numbers.ChineseNumerals.IsNumeralChar(previous);
        if (c is '年' or '月')
        {
            // 每年年底, 每月月底, 岁月初心: the word belongs to what precedes it.
            return previous is not ('年' or '月' or '每' or '岁' or '个' or '周' or '日');
        }
        // 今日头条 is an app, not today
        if (c == '今' && WordAt.Is(text, i, "今日头条")) return false;
        return c is '第' or 'Q' or '周' or '週' or '星' or '礼' or '禮' || words.StartsWord(c);
    }

    /// <summary>Per character: a digit, a numeral, 年 or 月, or the first character of a calendar word, weekday or 第N.</summary>
    private static Lexicon.CharBits MayOpen(DateWordTable words) =>
        Lexicon.CharBits.Where(c => char.IsAsciiDigit(c) || Numbers.ChineseNumerals.IsNumeralChar(c) || c is '年' or '月' or '今'
            || c is '第' or 'Q' or '周' or '週' or '星' or '礼' or '禮' || words.StartsWord(c));

    public bool TryParse(string text, int start, out DateExpression expression)
    {
        expression = default;
        var from = default(DatePoint);
        var position = ReadPoint(text, start, ref from, out var bare, closesRange: false);
        var end = position;
        DatePoint? to = null;

        var separator = _tokenizer.Read(text, position);
        if (separator.Kind == DateTokenKind.Separator && (!from.IsEmpty || bare.Kind == DateTokenKind.Bare))
        {
            var second = default(DatePoint);
            var secondEnd = ReadPoint(text, separator.End, ref second, out var secondBare, closesRange: true);
            if (second.IsEmpty && IsBareYear(secondBare) && (IsBareYear(bare) && from.IsEmpty && bare.Value <= secondBare.Value && EndsWord(text, secondBare.End)
                                                              || from.YearKind == DateReference.Absolute && bare.Kind == DateTokenKind.None))
            {
                // 2016-2018, 2008.03-2009: years in figures without 年
                if (IsBareYear(bare)) from = YearPoint(bare.Value);
                second = YearPoint(secondBare.Value);
                secondBare = default;
                bare = default;
            }
            if (!second.IsEmpty && secondBare.Kind == DateTokenKind.None
                && (bare.Kind == DateTokenKind.None || AssignBare(ref from, bare, second)))
            {
                Inherit(ref from, ref second);
                to = second;
                end = secondEnd;
                bare = default;
            }
        }
        if (bare.Kind == DateTokenKind.Bare) end = bare.Start;
        if (from.IsEmpty) return false;

        var since = _tokenizer.Read(text, end);
        var untilReference = since.Kind == DateTokenKind.Since && to is null;
        if (untilReference) end = since.End;
        expression = new DateExpression(start, end, from, to, untilReference);
        return true;
    }

    private static bool IsBareYear(DateToken token) => token.Kind == DateTokenKind.Bare && token.Digits == 4 && token.Value is >= 1000 and <= 2999;

    private static DatePoint YearPoint(int year) => new() { YearKind = DateReference.Absolute, Year = year };

    /// <summary>
    /// Reads [year] [lower parts] into <paramref name="point"/>; a trailing bare number is returned in <paramref name="bare"/>.
    /// <paramref name="closesRange"/>: the point follows 至 / 到 / -, where a lone day (到十二日) is safely a day.
    /// </summary>
    private int ReadPoint(string text, int position, ref DatePoint point, out DateToken bare, bool closesRange)
    {
        bare = default;
        var token = _tokenizer.Read(text, position);
        switch (token.Kind)
        {
            // dates in figures: 2020-10-30, 1999.08 (no day), 6·30 (no year)
            case DateTokenKind.FullDate or DateTokenKind.YearMonth or DateTokenKind.MonthDay:
                if (token.Kind != DateTokenKind.MonthDay)
                {
                    point.YearKind = DateReference.Absolute;
                    point.Year = token.Value;
                }
                point.MonthKind = DateReference.Absolute;
                point.Month = token.Month;
                point.Day = token.Day;
                return token.End;
            case DateTokenKind.RelativeDay:
                point.DayIsOffset = true;
                point.Day = token.Value;
                return token.End;
            case DateTokenKind.RelativeWeek:
                point.WeekKind = DateReference.Relative;
                point.Week = token.Value;
                point.Weekday = token.Day;
                point.Weekend = token.Weekend;
                return token.End;
            case DateTokenKind.Weekday:
                point.Weekday = token.Value;
                return token.End;
            case DateTokenKind.RelativeQuarter:
                point.Part = DatePart.Quarter;
                point.PartValue = token.Value;
                point.QuarterIsRelative = true;
                return ReadQuarterEdge(text, token.End, ref point);
            case DateTokenKind.PlanPeriod:
                point.YearKind = DateReference.Absolute;
                point.Year = token.Value;
                point.YearSpan = 5;
                return token.End;
            case DateTokenKind.Century or DateTokenKind.RelativeCentury or DateTokenKind.Decade:
                return ReadCentury(text, token, ref point);
            case DateTokenKind.Year or DateTokenKind.RelativeYear or DateTokenKind.AnaphoricYear or DateTokenKind.TwoDigitYear:
                point.YearKind = token.Kind switch
                {
                    DateTokenKind.Year => DateReference.Absolute,
                    DateTokenKind.TwoDigitYear => DateReference.TwoDigit,
                    DateTokenKind.AnaphoricYear => DateReference.Anaphoric,
                    _ => DateReference.Relative,
                };
                point.Year = token.Value;
                position = token.End;
                token = _tokenizer.Read(text, position);
                break;
        }
        return ReadBelowYear(text, position, token, ref point, out bare, closesRange);
    }

    private int ReadBelowYear(string text, int position, DateToken token, ref DatePoint point, out DateToken bare, bool closesRange)
    {
        bare = default;
        var hasYear = point.YearKind != DateReference.None;
        switch (token.Kind)
        {
            case DateTokenKind.Month or DateTokenKind.RelativeMonth:
                point.MonthKind = token.Kind == DateTokenKind.Month ? DateReference.Absolute : DateReference.Relative;
                point.Month = token.Value;
                return ReadBelowMonth(text, token.End, ref point, out bare);
            // A day with no month opens a date only as 6日 in Arabic digits: 一日游, 十日谈, 海角七号 and 学院路30号 are not dates.
            case DateTokenKind.Day when !hasYear && (closesRange || !token.WithHao && char.IsAsciiDigit(text[token.Start])):
                point.Day = token.Value;
                return token.End;
            case DateTokenKind.Quarter:
                point.Part = DatePart.Quarter;
                point.PartValue = token.Value;
                return ReadQuarterEdge(text, token.End, ref point);
            case DateTokenKind.WeekOrdinal or DateTokenKind.WeekdayOrdinal when hasYear:
                SetRank(ref point, token); // 20年第52周, 21年第一个礼拜
                return token.End;
            case DateTokenKind.LastMonths when hasYear:
                point.Part = DatePart.LastMonths;
                point.PartValue = token.Value;
                return token.End;
            // 前N个月 needs its year (今年前10个月): alone it is as often "the previous N months" (较前两个月); 前5月 is the year's,
            // and so is a bare 前N个月 that opens a clause (据统计，前两个月挖掘机增长86%; 前5个月，化工行业实现利润…), as reports write it
            case DateTokenKind.FirstQuarters or DateTokenKind.Half or DateTokenKind.FirstMonths
                when token.Kind != DateTokenKind.FirstMonths || hasYear || token.Digits == 0 || OpensClause(text, token.Start):
                point.Part = token.Kind switch
                {
                    DateTokenKind.Half => DatePart.Half,
                    DateTokenKind.FirstMonths => DatePart.FirstMonths,
                    _ => DatePart.FirstQuarters,
                };
                point.PartValue = token.Value;
                return token.End;
            case DateTokenKind.YearStart or DateTokenKind.YearEnd:
                point.Part = token.Kind == DateTokenKind.YearStart ? DatePart.YearStart : DatePart.YearEnd;
                return token.End;
            case DateTokenKind.WholeYear when hasYear:
                return token.End;
            // 全年 alone is a date only where it opens a clause (…。全年地区生产总值…; 初步核算，全年…): 完成全年任务 names a target
            case DateTokenKind.WholeYear when OpensClause(text, token.Start):
                point.YearKind = DateReference.Anaphoric;
                point.WholeYearAlone = true;
                return token.End;
            case DateTokenKind.PeriodStart or DateTokenKind.PeriodEnd when hasYear:
                point.Part = token.Kind == DateTokenKind.PeriodStart ? DatePart.YearStart : DatePart.YearEnd;
                return token.End;
            case DateTokenKind.MonthStart or DateTokenKind.MonthEnd when !hasYear:
                point.Part = token.Kind == DateTokenKind.MonthStart ? DatePart.MonthStart : DatePart.MonthEnd;
                return token.End;
            case DateTokenKind.Bare:
                bare = token;
                return token.End;
            default:
                return position;
        }
    }

    /// <summary>The text starts, or a line or clause ends, right before <paramref name="position"/>.</summary>
    private static bool OpensClause(string text, int position) =>
        position == 0 || text[position - 1] is '，' or ',' or '。' or '；' or ';' or '：' or ':' or '！' or '？' or '\n' or '\r' or ' ' or '\u3000';

    private int ReadBelowMonth(string text, int position, ref DatePoint point, out DateToken bare)
    {
        bare = default;
        var token = _tokenizer.Read(text, position);
        if (token.Kind == DateTokenKind.None && position < text.Length && text[position] == '的')
        {
            // 十月的第一周, 八月份的第一个周二, 四月的最后一个星期一
            var ranked = _tokenizer.Read(text, position + 1);
            if (ranked.Kind is DateTokenKind.WeekOrdinal or DateTokenKind.WeekdayOrdinal) token = ranked;
        }
        switch (token.Kind)
        {
            case DateTokenKind.WeekOrdinal or DateTokenKind.WeekdayOrdinal:
                SetRank(ref point, token);
                return token.End;
            case DateTokenKind.FirstDays or DateTokenKind.LastDays:
                point.Part = token.Kind == DateTokenKind.FirstDays ? DatePart.FirstDays : DatePart.LastDays;
                point.PartValue = token.Value;
                return token.End;
            case DateTokenKind.Day:
                point.Day = token.Value;
                return token.End;
            case DateTokenKind.Dekad:
                point.Part = DatePart.Dekad;
                point.PartValue = token.Value;
                return token.End;
            case DateTokenKind.PeriodStart or DateTokenKind.MonthStart:
                point.Part = DatePart.MonthStart;
                return token.End;
            case DateTokenKind.PeriodEnd or DateTokenKind.MonthEnd:
                point.Part = DatePart.MonthEnd;
                return token.End;
            case DateTokenKind.Bare when token.Value is >= 1 and <= 31 && (EndsWord(text, token.End) || IsRangeWord(text, token.End)):
                point.Day = token.Value; // 八月十五, 一月二十三, 1月3: a day numeral may drop 日 at the end of a phrase
                return token.End;
            case DateTokenKind.Bare:
                bare = token;
                return token.End;
            default:
                return position;
        }
    }

    /// <summary>至 / 到 / - after a day without 日 (1月3至2月10).</summary>
    private static bool IsRangeWord(string text, int index) =>
        index < text.Length && (text[index] is '至' or '到' || text[index] == '-' && index + 1 < text.Length && char.IsAsciiDigit(text[index + 1]));

    /// <summary>季度 followed by 初 / 末: its first or last month.</summary>
    private int ReadQuarterEdge(string text, int position, ref DatePoint point)
    {
        var edge = _tokenizer.Read(text, position);
        if (edge.Kind is not (DateTokenKind.PeriodStart or DateTokenKind.PeriodEnd)) return position;
        point.Part = edge.Kind == DateTokenKind.PeriodStart ? DatePart.QuarterStart : DatePart.QuarterEnd;
        return edge.End;
    }

    private static void SetRank(ref DatePoint point, DateToken token)
    {
        point.WeekKind = DateReference.Absolute;
        point.Week = token.Value;
        point.Weekday = token.Kind == DateTokenKind.WeekdayOrdinal ? token.Day : 0;
    }

    /// <summary>
    /// 19世纪 [70年代], 上世纪90年代, 90年代 and their fuzzy edges: 初 / 初期 / 前期 take the first unit one level down
    /// (a century's first decade, a decade's first year), 末 / 末期 / 后期 the last.
    /// </summary>
    private int ReadCentury(string text, DateToken token, ref DatePoint point)
    {
        var end = token.End;
        var decade = -1;
        if (token.Kind == DateTokenKind.Decade) decade = token.Value;
        else if (_tokenizer.Read(text, end) is { Kind: DateTokenKind.Decade } next)
        {
            decade = next.Value;
            end = next.End;
        }
        var span = decade >= 0 ? 10 : 100;
        var offset = Math.Max(decade, 0);
        var edge = _tokenizer.Read(text, end);
        if (edge.Kind is DateTokenKind.PeriodStart or DateTokenKind.PeriodEnd)
        {
            span /= 10;
            if (edge.Kind == DateTokenKind.PeriodEnd) offset += 9 * span;
            end = edge.End;
        }
        point.YearSpan = span;
        switch (token.Kind)
        {
            case DateTokenKind.Century:
                point.YearKind = DateReference.Absolute;
                point.Year = (token.Value - 1) * 100 + offset;
                break;
            case DateTokenKind.RelativeCentury:
                point.YearKind = DateReference.Century;
                point.Year = token.Value;
                point.YearInCentury = offset;
                break;
            default:
                point.YearKind = DateReference.TwoDigit;
                point.Year = offset;
                break;
        }
        return end;
    }

    /// <summary>Nothing word-like follows: end of text, punctuation or space (12号, but not 3号线).</summary>
    private static bool EndsWord(string text, int index) =>
        index >= text.Length || !(Text.CharClass.IsIdeograph(text[index]) || char.IsAsciiLetterOrDigit(text[index]));

    /// <summary>The bare first number of a range takes the unit the second part starts with (1-7月, 2018-2020年).</summary>
    private static bool AssignBare(ref DatePoint from, DateToken bare, DatePoint to)
    {
        var value = bare.Value;
        if (to.YearKind is DateReference.Absolute or DateReference.TwoDigit && from.YearKind == DateReference.None && from.MonthKind == DateReference.None)
        {
            if (bare.Digits != 4 || value is < 1000 or > 2999) return false;
            from.YearKind = DateReference.Absolute;
            from.Year = value;
            return true;
        }
        if (to.YearKind != DateReference.None) return false;
        if (to.MonthKind == DateReference.Absolute && from.MonthKind == DateReference.None && from.Part == DatePart.Whole)
        {
            if (value is < 1 or > 12) return false;
            from.MonthKind = DateReference.Absolute;
            from.Month = value;
            return true;
        }
        if (to.MonthKind == DateReference.None && to.Day > 0 && from.Day == 0)
        {
            if (value is < 1 or > 31) return false;
            from.Day = value;
            return true;
        }
        if (to.Part == DatePart.Quarter && from.MonthKind == DateReference.None && from.Part == DatePart.Whole)
        {
            if (value is < 1 or > 4) return false;
            from.Part = DatePart.Quarter;
            from.PartValue = value;
            return true;
        }
        return false;
    }

    /// <summary>The two ends of a range share what only one of them wrote (2019年6月1日-6月30日, 今年1-7月).</summary>
    private static void Inherit(ref DatePoint from, ref DatePoint to)
    {
        // 2014年11月到下个月9号, 上周三到这周二: a relative end keeps its own reference
        if (to.MonthKind == DateReference.Relative || to.IsReferenceDay || from.IsReferenceDay) return;
        if (to.YearKind == DateReference.None)
        {
            to.YearKind = from.YearKind;
            to.Year = from.Year;
        }
        else if (from.YearKind == DateReference.None)
        {
            from.YearKind = to.YearKind;
            from.Year = to.Year;
        }
        if (to.MonthKind == DateReference.None && to.Day > 0)
        {
            to.MonthKind = from.MonthKind;
            to.Month = from.Month;
        }
    }
}
