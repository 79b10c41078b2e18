namespace ZoneExtract.Recognition.Dates;

/// <summary>How a year or month is given: not at all, as a number, or relative to the reference date.</summary>
internal enum DateReference
{
    None,
    Absolute,
    Relative,
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

    public readonly bool IsEmpty => YearKind == DateReference.None && MonthKind == DateReference.None && Day == 0 && Part == DatePart.Whole;
}

/// <summary>A calendar expression as found: a point, or a range of two points, possibly running up to the reference date (以来).</summary>
internal readonly record struct DateExpression(int Start, int End, DatePoint From, DatePoint? To, bool UntilReference);
