namespace ZoneExtract.Recognition.Dates;

/// <summary>The outcome of resolving a <see cref="DateExpression"/>.</summary>
internal enum DateResolution
{
    /// <summary>First and last day are known.</summary>
    Resolved,
    /// <summary>A valid expression that needs a reference date, and none was given.</summary>
    NeedsReference,
    /// <summary>Not a calendar period (2月30日, a range that runs backwards): the mention is dropped.</summary>
    Invalid,
}

/// <summary>
/// Resolves a <see cref="DateExpression"/> to an inclusive range of days by the annotation contract:
/// a year is 01-01..12-31; 年初 is January, 年底 / 年末 December; 月初 / 月底 the month's first / last day;
/// 上旬 / 中旬 / 下旬 days 1-10 / 11-20 / 21-end; 一季度 01-01..03-31, 前三季度 01-01..09-30; 上半年 /
/// 下半年 the halves; a missing year or month comes from the reference date; a range runs from the
/// start of its first part to the end of its last; 以来 ends on the reference date.
/// </summary>
internal static class DateResolver
{
    /// <summary>
    /// Stands in for a missing reference date when checking that a relative expression can be a real period
    /// (2月30日 cannot): a leap year, late enough that any 以来 period ends after it starts.
    /// </summary>
    private static readonly DateOnly ValidationReference = new(9996, 12, 31);

    public static DateResolution Resolve(in DateExpression expression, DateOnly? reference, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var needsReference = NeedsReference(expression.From) || expression.To is { } t && NeedsReference(t) || expression.UntilReference;
        if (needsReference && reference is null)
        {
            return Resolve(expression, ValidationReference, out _, out _) == DateResolution.Invalid
                ? DateResolution.Invalid
                : DateResolution.NeedsReference;
        }
        return Resolve(expression, reference ?? ValidationReference, out first, out last);
    }

    private static DateResolution Resolve(in DateExpression expression, DateOnly reference, out DateOnly first, out DateOnly last)
    {
        last = default;
        if (!TryResolvePoint(expression.From, reference, out first, out last)) return DateResolution.Invalid;
        if (expression.To is { } to)
        {
            if (!TryResolvePoint(to, reference, out _, out last)) return DateResolution.Invalid;
            if (last < first && to.YearKind == DateReference.None && to.MonthKind == DateReference.Absolute)
            {
                // 8月至2月: a range of months without a year runs across the year end
                var next = to;
                next.YearKind = DateReference.Relative;
                next.Year = 1;
                if (!TryResolvePoint(next, reference, out _, out last)) return DateResolution.Invalid;
            }
        }
        else if (expression.UntilReference)
        {
            last = reference;
        }
        return first <= last ? DateResolution.Resolved : DateResolution.Invalid;
    }

    private static bool NeedsReference(in DatePoint point) =>
        point.YearKind != DateReference.Absolute || point.MonthKind == DateReference.Relative || point.IsReferenceDay || point.QuarterIsRelative;

    private static bool TryResolvePoint(in DatePoint point, DateOnly reference, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (point.IsReferenceDay) return TryResolveReferenceDay(point, reference, out first, out last);
        var year = point.YearKind switch
        {
            DateReference.Absolute => point.Year,
            DateReference.Relative or DateReference.Anaphoric => reference.Year + point.Year,
            DateReference.TwoDigit => TwoDigitYear(point.Year, reference),
            DateReference.Century => (reference.Year / 100 + point.Year) * 100 + point.YearInCentury,
            _ => reference.Year,
        };
        if (point.YearSpan > 0)
        {
            if (year < 1 || year + point.YearSpan - 1 > 9999) return false;
            first = new DateOnly(year, 1, 1);
            last = new DateOnly(year + point.YearSpan - 1, 12, 31);
            return true;
        }
        if (point.QuarterIsRelative)
        {
            var quarters = reference.Year * 4 + (reference.Month - 1) / 3 + point.PartValue;
            year = quarters / 4;
            var relative = point;
            relative.PartValue = quarters % 4 + 1;
            relative.QuarterIsRelative = false;
            return year is >= 1 and <= 9999 && TryResolveInYear(relative, year, out first, out last);
        }
        var month = 0;
        if (point.MonthKind == DateReference.Absolute) month = point.Month;
        else if (point.MonthKind == DateReference.Relative)
        {
            // counted in months, not with AddMonths, which throws past 9999-12 (下个月 in December 9999)
            var shifted = (long)reference.Year * 12 + reference.Month - 1 + point.Month;
            var shiftedYear = Math.DivRem(shifted, 12, out var monthIndex);
            if (monthIndex < 0) { monthIndex += 12; shiftedYear--; }
            month = (int)monthIndex + 1;
            if (point.YearKind == DateReference.None)
            {
                if (shiftedYear is < 1 or > 9999) return false;
                year = (int)shiftedYear;
            }
        }
        else if (point.YearKind == DateReference.None && (point.Day > 0 || point.Part is DatePart.MonthStart or DatePart.MonthEnd))
        {
            month = reference.Month; // 6日, 月底: the reference date's month
        }
        if (year is < 1 or > 9999) return false;

        if (point.WeekKind == DateReference.Absolute) return TryResolveRankedWeek(point, year, month, out first, out last);
        if (month > 0) return TryResolveInMonth(point, year, month, out first, out last);
        return TryResolveInYear(point, year, out first, out last);
    }

    /// <summary>08年: 2008, unless 20xx is more than ten years after the reference date (98年 → 1998, 三三年 → 1933).</summary>
    private static int TwoDigitYear(int twoDigits, DateOnly reference) =>
        2000 + twoDigits <= reference.Year + 10 ? 2000 + twoDigits : 1900 + twoDigits;

    /// <summary>
    /// 今天 / 昨日 (a day offset), 本周 / 上周一 / 下周末 (a week counted from the reference date's Monday-to-Sunday week),
    /// 星期三 alone (that weekday of the reference week). False when a day falls outside 0001-01-01..9999-12-31.
    /// </summary>
    private static bool TryResolveReferenceDay(in DatePoint point, DateOnly reference, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (point.DayIsOffset)
        {
            if (!TryAddDays(reference, point.Day, out first)) return false;
            last = first;
            return true;
        }
        if (!TryAddDays(reference, -(((int)reference.DayOfWeek + 6) % 7), out var monday)) return false;
        if (point.WeekKind == DateReference.Relative && !TryAddDays(monday, 7L * point.Week, out monday)) return false;
        var (fromDay, toDay) = point.Weekend ? (5, 6) : point.Weekday > 0 ? (point.Weekday - 1, point.Weekday - 1) : (0, 6);
        return TryAddDays(monday, fromDay, out first) && TryAddDays(monday, toDay, out last);
    }

    /// <summary>
    /// 十月的第一周, 20年第52周: the n-th Monday-to-Sunday week that starts in the month (or year); 6月第3个星期日,
    /// 四月的最后一个星期一: the n-th (or last) such weekday of the month.
    /// </summary>
    private static bool TryResolveRankedWeek(in DatePoint point, int year, int month, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        if (year is < 1 or > 9999) return false;
        var start = new DateOnly(year, month > 0 ? month : 1, 1);
        var end = month > 0 ? new DateOnly(year, month, DateTime.DaysInMonth(year, month)) : new DateOnly(year, 12, 31);
        var weekday = point.Weekday > 0 ? point.Weekday : 1;
        // within the month, so never past 9999-12-31; the later steps can be, and then the week is not a real one
        var firstOfKind = start.AddDays((weekday - 1 - ((int)start.DayOfWeek + 6) % 7 + 7) % 7);
        if (point.Week < 0)
        {
            var lastOfKind = firstOfKind;
            while (TryAddDays(lastOfKind, 7, out var next) && next <= end) lastOfKind = next;
            firstOfKind = lastOfKind;
        }
        else if (!TryAddDays(firstOfKind, 7L * (point.Week - 1), out firstOfKind)) return false;
        if (firstOfKind > end) return false;
        first = firstOfKind;
        if (point.Weekday > 0)
        {
            last = firstOfKind;
            return true;
        }
        return TryAddDays(firstOfKind, 6, out last);
    }

    /// <summary><paramref name="date"/> plus <paramref name="days"/>; false instead of an exception when the result
    /// falls outside 0001-01-01..9999-12-31 (明天 on 9999-12-31), like a year outside 1..9999 elsewhere.</summary>
    private static bool TryAddDays(DateOnly date, long days, out DateOnly result)
    {
        result = default;
        var dayNumber = date.DayNumber + days;
        if (dayNumber < DateOnly.MinValue.DayNumber || dayNumber > DateOnly.MaxValue.DayNumber) return false;
        result = DateOnly.FromDayNumber((int)dayNumber);
        return true;
    }

    private static bool TryResolveInMonth(in DatePoint point, int year, int month, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var days = DateTime.DaysInMonth(year, month);
        int from, to;
        if (point.Day > 0)
        {
            if (point.Day > days) return false;
            from = to = point.Day;
        }
        else
        {
            (from, to) = point.Part switch
            {
                DatePart.MonthStart => (1, 1),
                DatePart.MonthEnd => (days, days),
                DatePart.FirstDays => (1, Math.Min(point.PartValue, days)),
                DatePart.LastDays => (Math.Max(days - point.PartValue + 1, 1), days),
                DatePart.Dekad => point.PartValue switch
                {
                    1 => (1, 10),
                    2 => (11, 20),
                    _ => (21, days),
                },
                _ => (1, days),
            };
        }
        first = new DateOnly(year, month, from);
        last = new DateOnly(year, month, to);
        return true;
    }

    private static bool TryResolveInYear(in DatePoint point, int year, out DateOnly first, out DateOnly last)
    {
        var (firstMonth, lastMonth) = point.Part switch
        {
            DatePart.Quarter => (point.PartValue * 3 - 2, point.PartValue * 3),
            DatePart.QuarterStart => (point.PartValue * 3 - 2, point.PartValue * 3 - 2),
            DatePart.QuarterEnd => (point.PartValue * 3, point.PartValue * 3),
            DatePart.FirstQuarters => (1, point.PartValue * 3),
            DatePart.FirstMonths => (1, point.PartValue),
            DatePart.LastMonths => (13 - point.PartValue, 12),
            DatePart.Half => point.PartValue == 1 ? (1, 6) : (7, 12),
            DatePart.YearStart => (1, 1),
            DatePart.YearEnd => (12, 12),
            _ => (1, 12),
        };
        first = new DateOnly(year, firstMonth, 1);
        last = new DateOnly(year, lastMonth, DateTime.DaysInMonth(year, lastMonth));
        return true;
    }
}
