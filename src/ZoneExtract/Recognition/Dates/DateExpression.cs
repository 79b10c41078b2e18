namespace ZoneExtract.Recognition.Dates;

/// <summary>How a year, month or week is given: not at all, as a number, or relative to the reference date.</summary>
internal enum DateReference
{
    None,
    Absolute,
    Relative,
    /// <summary>A year in two digits (08年): 20xx unless that is more than ten years after the reference date, then 19xx.</summary>
    TwoDigit,
    /// <summary>A year inside the century before or of the reference date (上世纪90年代): Year = century offset, YearInCentury.</summary>
    Century,
    /// <summary>
    /// 同年, 次年: Year = offset from the year last named before the point (see <see cref="AnaphoricYears"/>); left
    /// unbound, it counts from the reference year like <see cref="Relative"/>.
    /// </summary>
    Anaphoric,
}

/// <summary>The part of a year or month a point names (一季度, 上半年, 年底, 上旬…).</summary>
internal enum DatePart
{
    Whole,
    Quarter,
    QuarterStart,
    QuarterEnd,
    FirstQuarters,
    FirstMonths,
    Half,
    YearStart,
    YearEnd,
    MonthStart,
    MonthEnd,
    Dekad,
    /// <summary>后三月: the last PartValue months of the year.</summary>
    LastMonths,
    /// <summary>这个月前两天: the first PartValue days of the month.</summary>
    FirstDays,
    /// <summary>上月最后五天: the last PartValue days of the month.</summary>
    LastDays,
}

/// <summary>
/// One end of a calendar expression: a year (absolute or relative), a month, a day, or a part of a year
/// or month. Every field may be missing; the resolver fills gaps from the other end of a range or the
/// reference date.
/// </summary>
internal struct DatePoint
{
    public DateReference YearKind;
    public int Year;
    public DateReference MonthKind;
    public int Month;
    public int Day;
    public DatePart Part;
    public int PartValue;
    /// <summary>With <see cref="DateReference.Century"/>: the year within the century (上世纪90年代 → 90).</summary>
    public int YearInCentury;
    /// <summary>The number of years the point covers from its year (a decade 10, a century 100); 0 for one year.</summary>
    public int YearSpan;
    /// <summary>True for a day given as an offset from the reference date (今天 0, 昨日 −1): <see cref="Day"/> is the offset.</summary>
    public bool DayIsOffset;
    /// <summary>Relative: <see cref="Week"/> is an offset from the reference week; Absolute: the week's rank in its month or year.</summary>
    public DateReference WeekKind;
    public int Week;
    /// <summary>1 (Monday) .. 7 (Sunday), 0 when no weekday is named.</summary>
    public int Weekday;
    /// <summary>The Saturday and Sunday of the week (下周末).</summary>
    public bool Weekend;
    /// <summary>The quarter (<see cref="PartValue"/>) is an offset from the reference date's quarter (上个季度).</summary>
    public bool QuarterIsRelative;
    /// <summary>
    /// 全年 alone at the opening of a clause (全年地区生产总值…): the year last named before it anywhere in the text, as an
    /// annual report names its year once at the top (see <see cref="AnaphoricYears"/>).
    /// </summary>
    public bool WholeYearAlone;

    public readonly bool IsEmpty => YearKind == DateReference.None && MonthKind == DateReference.None && Day == 0 && Part == DatePart.Whole
                                    && !DayIsOffset && WeekKind == DateReference.None && Weekday == 0;

    /// <summary>Fixed by the reference date alone, below the year: a day offset, a relative week or a weekday of the reference week.</summary>
    public readonly bool IsReferenceDay => DayIsOffset || WeekKind == DateReference.Relative || Weekday > 0 && WeekKind == DateReference.None && MonthKind == DateReference.None;
}

/// <summary>A calendar expression as found: a point, or a range of two points, possibly running up to the reference date (以来).</summary>
internal readonly record struct DateExpression(int Start, int End, DatePoint From, DatePoint? To, bool UntilReference);
