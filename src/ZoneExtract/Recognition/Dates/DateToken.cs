namespace ZoneExtract.Recognition.Dates;

/// <summary>The pieces a calendar expression is built from.</summary>
internal enum DateTokenKind
{
    None,
    /// <summary>2020年, 二〇二〇年, 2020年度 (Value = the year).</summary>
    Year,
    /// <summary>08年, 零七年, 九七年, 19年底: a year in two digits (Value = 0..99; the century comes from the reference date).</summary>
    TwoDigitYear,
    /// <summary>19世纪, 十九世纪 (Value = the century, 1-based).</summary>
    Century,
    /// <summary>上世纪, 本世纪 (Value = offset from the reference date's century).</summary>
    RelativeCentury,
    /// <summary>90年代, 七十年代 (Value = the decade's first two digits: 0, 10, … 90).</summary>
    Decade,
    /// <summary>1999.08: a year and a month in figures (Value = year, Month).</summary>
    YearMonth,
    /// <summary>6·30, 09-01: a month and a day in figures (Month, Day).</summary>
    MonthDay,
    /// <summary>今天, 昨日, 后天 (Value = offset in days from the reference date).</summary>
    RelativeDay,
    /// <summary>本周, 上周一, 下下周末 (Value = offset in weeks; Day = weekday 1..7 when one is named; Weekend).</summary>
    RelativeWeek,
    /// <summary>星期一, 周三, 礼拜天, 週三 (Value = weekday 1..7).</summary>
    Weekday,
    /// <summary>第一周, 第3个星期, 最后一周 (Value = the week's rank in its month or year, −1 = the last).</summary>
    WeekOrdinal,
    /// <summary>第3个星期日, 第一个周二, 最后一个星期一 (Value = rank, −1 = the last; Day = weekday 1..7).</summary>
    WeekdayOrdinal,
    /// <summary>本季度, 上个季度 (Value = offset in quarters from the reference date's quarter).</summary>
    RelativeQuarter,
    /// <summary>后三月, 后3个月 (Value = number of months up to December).</summary>
    LastMonths,
    /// <summary>前两天 after a month (Value = number of days from the 1st).</summary>
    FirstDays,
    /// <summary>最后五天 after a month (Value = number of days up to the month's end).</summary>
    LastDays,
    /// <summary>“十四五” (Value = the first year of the five-year plan).</summary>
    PlanPeriod,
    /// <summary>今年, 去年, 明年… (Value = offset from the reference year).</summary>
    RelativeYear,
    /// <summary>同年, 当年, 次年, 翌年, 上一年, 前一年 (Value = offset from the year last named before it in the text).</summary>
    AnaphoricYear,
    /// <summary>10月, 十月, 10月份 (Value = 1..12).</summary>
    Month,
    /// <summary>本月, 上月, 下个月 (Value = offset from the reference month).</summary>
    RelativeMonth,
    /// <summary>30日, 30号 (Value = 1..31).</summary>
    Day,
    /// <summary>2020-10-30, 2020/10/30, 2020.10.30 (Value, Month, Day).</summary>
    FullDate,
    /// <summary>一季度, 第三季度, Q1 (Value = 1..4).</summary>
    Quarter,
    /// <summary>前三季度 (Value = number of quarters from January).</summary>
    FirstQuarters,
    /// <summary>前十个月 (Value = number of months from January).</summary>
    FirstMonths,
    /// <summary>上半年 (1), 下半年 (2).</summary>
    Half,
    /// <summary>全年 after a year (2021年全年, 去年全年): the same year, written out; part of the date's span.</summary>
    WholeYear,
    /// <summary>年初.</summary>
    YearStart,
    /// <summary>年底, 年末.</summary>
    YearEnd,
    /// <summary>月初.</summary>
    MonthStart,
    /// <summary>月底, 月末.</summary>
    MonthEnd,
    /// <summary>上旬 (1), 中旬 (2), 下旬 (3).</summary>
    Dekad,
    /// <summary>初 after a period (2020年初, 10月初).</summary>
    PeriodStart,
    /// <summary>底 / 末 after a period (2020年底, 10月末).</summary>
    PeriodEnd,
    /// <summary>A whole number with no calendar unit yet (the 1 of 1-7月).</summary>
    Bare,
    /// <summary>至, 到, -, —, ～.</summary>
    Separator,
    /// <summary>以来, 至今: the period runs up to the reference date.</summary>
    Since,
}

/// <summary>One token of a calendar expression, [Start, End) in the folded text.</summary>
internal readonly record struct DateToken(
    DateTokenKind Kind, int Start, int End, int Value, int Month = 0, int Day = 0, bool WithHao = false, int Digits = 0, bool Weekend = false)
{
    public static DateToken None(int at) => new(DateTokenKind.None, at, at, 0);
}
