using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// Reads the date token that starts at an index of width-folded text: numerals with their calendar unit
/// (2020年, 08年, 十月, 30日, 三季度, 19世纪, 90年代), dates in figures (NumericDateForms), Q1, 第三季度, 前三季度,
/// weekdays and ranked weeks (WeekForms), calendar words (今天, 上周, 本季度…), “十四五” and separators.
/// A number whose unit is not calendar (3年时间, 6个月, 2-3分钟) yields a <see cref="DateTokenKind.Bare"/>
/// or nothing, which is how durations stay out.
/// </summary>
internal sealed class DateTokenizer(DateWordTable words)
{
    public DateToken Read(string text, int index)
    {
        if (index >= text.Length) return DateToken.None(index);
        var c = text[index];
        if (char.IsAsciiDigit(c) && NumericDateForms.TryRead(text, index, out var numeric)) return numeric;
        if (c == '十' && index > 0 && text[index - 1] is '“' or '"' && ReadPlanPeriod(text, index) is { Kind: DateTokenKind.PlanPeriod } plan)
            return plan;
        if (NumeralScanner.IsNumeralChar(c)) return ReadNumber(text, index, index);
        switch (c)
        {
            case '第':
                var quarter = ReadNumber(text, index + 1, index);
                if (quarter.Kind is DateTokenKind.Quarter) return quarter;
                if (ReadMonthRank(text, index) is { Kind: DateTokenKind.Month } month) return month;
                return WeekForms.ReadRanked(text, index);
            case '最':
                return WordAt.Is(text, index, "最后") && ReadDayCount(text, index + 2, index, DateTokenKind.LastDays) is { Kind: DateTokenKind.LastDays } lastDays
                    ? lastDays
                    : WeekForms.ReadRanked(text, index);
            case 'Q':
                return ReadQ(text, index);
            case '前' when ReadFirstPeriods(text, index) is { Kind: DateTokenKind.FirstQuarters or DateTokenKind.FirstMonths or DateTokenKind.FirstDays } first:
                return first;
            case '后' or '後' when ReadLastMonths(text, index) is { Kind: DateTokenKind.LastMonths } last:
                return last;
            case '起' when index + 1 < text.Length && text[index + 1] == '至':
                return new DateToken(DateTokenKind.Separator, index, index + 2, 0); // 2020-05-26起至2020-05-29
        }
        if (WeekForms.TryWeekday(text, index, out var weekday, out var weekdayEnd))
            return new DateToken(DateTokenKind.Weekday, index, weekdayEnd, weekday);
        var word = words.Match(text, index);
        if (word.Kind == DateTokenKind.RelativeWeek)
        {
            var end = WeekForms.ReadWeekdayAfterWeek(text, word.End, out var day, out var weekend);
            return word with { End = end, Day = day, Weekend = weekend };
        }
        if (word.Kind != DateTokenKind.None) return word;
        var separator = RangeSeparator.LengthAt(text, index);
        return separator > 0 ? new DateToken(DateTokenKind.Separator, index, index + separator, 0) : DateToken.None(index);
    }

    /// <summary>A numeral at <paramref name="index"/> and the calendar unit after it; the token starts at <paramref name="tokenStart"/>.</summary>
    private static DateToken ReadNumber(string text, int index, int tokenStart)
    {
        if (!NumeralScanner.TryScan(text, index, integerOnly: true, out var numeral, out _)) return DateToken.None(tokenStart);
        var at = numeral.End;
        var next = at < text.Length ? text[at] : '\0';
        // 两 counts (两月, 两日, 两季度) but never names a month, day or quarter: those say 二.
        if (text[index] == '两' && next != '年') return DateToken.None(tokenStart);
        switch (next)
        {
            case '年' when at + 1 < text.Length && text[at + 1] == '代':
                return numeral.AsInt(0, 99) is var decade and >= 0 && decade % 10 == 0 && tokenStart == index
                    ? new DateToken(DateTokenKind.Decade, tokenStart, at + 2, decade)
                    : DateToken.None(tokenStart);
            case '年' when numeral.AsInt(1000, 2999) is var year and > 0 && !IsYearCount(text, at + 1, numeral.PlainDigits)
                           && (numeral.PlainDigits == 4 || StartsMonth(text, at + 1)):
                return new DateToken(DateTokenKind.Year, tokenStart, YearEnd(text, at), year);
            case '年' when numeral.PlainDigits == 3 && numeral.AsInt(1, 999) is var early and > 0 && StartsMonth(text, at + 1):
                return new DateToken(DateTokenKind.Year, tokenStart, at + 1, early); // 三六七年一月一日
            case '年' when numeral.PlainDigits == 2 && tokenStart == index && IsTwoDigitYear(text, index, at + 1):
                return new DateToken(DateTokenKind.TwoDigitYear, tokenStart, YearEnd(text, at), numeral.AsInt(0, 99));
            case '世' when at + 1 < text.Length && text[at + 1] == '纪' && numeral.AsInt(1, 30) is var century and > 0 && tokenStart == index
                           && !StartsName(text, at + 2):
                return new DateToken(DateTokenKind.Century, tokenStart, at + 2, century);
            case '月' when numeral.AsInt(1, 12) is var month and > 0 && !IsMonthCount(text, at + 1):
                var monthEnd = at + 1 < text.Length && text[at + 1] == '份' ? at + 2 : at + 1;
                return new DateToken(DateTokenKind.Month, tokenStart, monthEnd, month);
            case '日' or '号' when numeral.AsInt(1, 31) is var day and > 0 && !IsDayCount(text, at + 1, next == '号'):
                return new DateToken(DateTokenKind.Day, tokenStart, at + 1, day, WithHao: next == '号');
            // 季度 only: 四季 are the seasons, 第二季 a television season.
            case '季' when numeral.AsInt(1, 4) is var quarter and > 0 && at + 1 < text.Length && text[at + 1] == '度':
                return new DateToken(DateTokenKind.Quarter, tokenStart, at + 2, quarter);
            // A year's quarterly report (2011年一季报, 2010年三季报) names its quarter; a bare 一季报 is a kind of document.
            case '季' when numeral.AsInt(1, 4) is var reported and > 0 && at + 1 < text.Length && text[at + 1] == '报'
                           && tokenStart > 0 && text[tokenStart - 1] == '年':
                return new DateToken(DateTokenKind.Quarter, tokenStart, at + 1, reported);
        }
        if (tokenStart != index || !numeral.IsExactInteger) return DateToken.None(tokenStart);
        return new DateToken(DateTokenKind.Bare, tokenStart, at, numeral.AsInt(0, int.MaxValue), Digits: numeral.PlainDigits);
    }

    /// <summary>
    /// 21世纪经济报道, 21世纪教育: a century followed straight by a word names something; a century as a date stands
    /// alone, before its decade (20世纪80年代) or an edge (20世纪初, 20世纪末期).
    /// </summary>
    private static bool StartsName(string text, int after) =>
        after < text.Length && CharClass.IsIdeograph(text[after]) && text[after] is not ('初' or '末' or '中' or '以' or '前' or '后')
        && !(NumeralScanner.IsNumeralChar(text[after]) && NumeralScanner.TryScan(text, after, integerOnly: true, out var decade, out _)
             && WordAt.Is(text, decade.End, "年代"));

    /// <summary>2020年度 keeps 度 in the span.</summary>
    private static int YearEnd(string text, int at) => at + 1 < text.Length && text[at + 1] == '度' ? at + 2 : at + 1;

    /// <summary>
    /// 08年, 零七年, 九七年, 三三年 (a leading zero or Chinese digits one by one) name a year; other two-figure years
    /// only before what a year contains (19年底, 15年3月, 20年第52周): alone, 20年 is twenty years.
    /// </summary>
    private static bool IsTwoDigitYear(string text, int index, int after)
    {
        if (IsYearCount(text, after, 2)) return false;
        if (text[index] is '0' or '零' or '〇') return true;
        // 九七年, 三三年; but 七八年 and 五六年 are as often "seven or eight years"
        if (!char.IsAsciiDigit(text[index]) && ChineseNumerals.DigitValue(text[index + 1]) != ChineseNumerals.DigitValue(text[index]) + 1) return true;
        if (after >= text.Length) return false;
        return text[after] is '底' or '末' or '初' or '第' or '上' or '下' or '前' or '后' || StartsMonth(text, after)
               || NumeralScanner.TryScan(text, after, integerOnly: true, out var part, out _) && part.End + 1 < text.Length
                  && text[part.End] == '季' && text[part.End + 1] == '度';
    }

    /// <summary>第8个月 (after a year): the month of that rank.</summary>
    private static DateToken ReadMonthRank(string text, int index)
    {
        if (!NumeralScanner.TryScan(text, index + 1, integerOnly: true, out var rank, out _)) return DateToken.None(index);
        var month = rank.AsInt(1, 12);
        return month > 0 && WordAt.Is(text, rank.End, "个月") ? new DateToken(DateTokenKind.Month, index, rank.End + 2, month) : DateToken.None(index);
    }

    /// <summary>后三月 / 后3个月 (after a year): its last n months.</summary>
    private static DateToken ReadLastMonths(string text, int index)
    {
        if (!NumeralScanner.TryScan(text, index + 1, integerOnly: true, out var count, out _)) return DateToken.None(index);
        var months = count.AsInt(1, 12);
        if (months <= 0) return DateToken.None(index);
        var at = count.End < text.Length && text[count.End] == '个' ? count.End + 1 : count.End;
        return at < text.Length && text[at] == '月' ? new DateToken(DateTokenKind.LastMonths, index, at + 1, months) : DateToken.None(index);
    }

    /// <summary>“十四五” (quoted, as the plan is always written): the five years of the 14th five-year plan, 2021-2025.</summary>
    private static DateToken ReadPlanPeriod(string text, int index)
    {
        if (index + 3 >= text.Length || text[index] != '十' || text[index + 2] != '五' || text[index + 3] is not ('”' or '"')) return DateToken.None(index);
        var rank = ChineseNumerals.IsDigit(text[index + 1]) ? 10 + ChineseNumerals.DigitValue(text[index + 1]) : 0;
        // the sixth plan ran 1981-1985 and every later one follows it by five years
        return rank is >= 11 and <= 15 ? new DateToken(DateTokenKind.PlanPeriod, index, index + 3, 1981 + 5 * (rank - 6)) : DateToken.None(index);
    }

    /// <summary>两千零四年八月: a year written with units (not digit by digit) counts as a year only before a month.</summary>
    private static bool StartsMonth(string text, int index) =>
        NumeralScanner.TryScan(text, index, integerOnly: true, out var month, out _)
        && month.AsInt(1, 12) > 0 && month.End < text.Length && text[month.End] == '月';

    /// <summary>2000年来 / 1000年之久 / 2500年以上 count years, they do not name one; 2009年间 (four figures) is the year.</summary>
    private static bool IsYearCount(string text, int after, int digits) =>
        after < text.Length && (text[after] is '来' or '多' or '左' || text[after] == '间' && digits != 4
                                || WordAt.Is(text, after, "之久") || WordAt.Is(text, after, "以上") || WordAt.Is(text, after, "以下"));

    /// <summary>一月有余, 三月之内, 两三月间 count months.</summary>
    private static bool IsMonthCount(string text, int after) =>
        after < text.Length && (text[after] is '有' or '多' or '余' or '内' or '间'
                                || WordAt.Is(text, after, "之内") || WordAt.Is(text, after, "以内"));

    /// <summary>30日内, 3日后, 5日以内, 10日左右 count days (a 号 is always a date: 2号左右).</summary>
    private static bool IsDayCount(string text, int after, bool hao) =>
        after < text.Length && (text[after] is '内' or '后' or '间' or '多' or '余' || text[after] == '左' && !hao
                                || WordAt.Is(text, after, "之内") || WordAt.Is(text, after, "以内") || WordAt.Is(text, after, "以上"));

    /// <summary>Q1..Q4, standing alone (not inside a word such as IQ1).</summary>
    private static DateToken ReadQ(string text, int index)
    {
        if (index + 1 >= text.Length || text[index + 1] is < '1' or > '4') return DateToken.None(index);
        if (index > 0 && char.IsAsciiLetter(text[index - 1])) return DateToken.None(index);
        if (index + 2 < text.Length && char.IsAsciiLetterOrDigit(text[index + 2])) return DateToken.None(index);
        var end = WordAt.Is(text, index + 2, "季度") ? index + 4 : index + 2; // Q1季度
        return new DateToken(DateTokenKind.Quarter, index, end, text[index + 1] - '0');
    }

    /// <summary>
    /// 前三季度 / 前3个季度: the first n quarters of the year; 前10个月 / 前5月: its first n months (Digits = 1 when
    /// written with 个, which alone is as often "the previous n months").
    /// </summary>
    private static DateToken ReadFirstPeriods(string text, int index)
    {
        var numeral = index + 1;
        if (numeral >= text.Length || !NumeralScanner.TryScan(text, numeral, integerOnly: true, out var count, out _)) return DateToken.None(index);
        var at = count.End;
        var measured = at < text.Length && text[at] == '个';
        if (measured) at++;
        if (WordAt.Is(text, at, "季度") && count.AsInt(1, 4) is var quarters and >= 1)
            return new DateToken(DateTokenKind.FirstQuarters, index, at + 2, quarters);
        if (at < text.Length && text[at] == '月' && count.AsInt(1, 12) is var months and >= 1)
            return new DateToken(DateTokenKind.FirstMonths, index, at + 1, months, Digits: measured ? 1 : 0);
        return ReadDayCount(text, index + 1, index, DateTokenKind.FirstDays);
    }

    /// <summary>N天 (前两天, 最后五天): a count of days inside a month, 1..31.</summary>
    private static DateToken ReadDayCount(string text, int index, int tokenStart, DateTokenKind kind)
    {
        if (index >= text.Length || !NumeralScanner.TryScan(text, index, integerOnly: true, out var count, out _)) return DateToken.None(tokenStart);
        var days = count.AsInt(1, 31);
        return days > 0 && count.End < text.Length && text[count.End] == '天'
            ? new DateToken(kind, tokenStart, count.End + 1, days)
            : DateToken.None(tokenStart);
    }
}
