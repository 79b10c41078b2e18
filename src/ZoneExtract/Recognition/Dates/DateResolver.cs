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
        }
        else if (expression.UntilReference)
        {
            last = reference;
        }
        return first <= last ? DateResolution.Resolved : DateResolution.Invalid;
    }

    private static bool NeedsReference(in DatePoint point) =>
        point.YearKind != DateReference.Absolute || point.MonthKind == DateReference.Relative;

    private static bool TryResolvePoint(in DatePoint point, DateOnly reference, out DateOnly first, out DateOnly last)
    {
        first = last = default;
        var year = point.YearKind switch
        {
            DateReference.Absolute => point.Year,
            DateReference.Relative => reference.Year + point.Year,
            _ => reference.Year,
        };
        var month = 0;
        if (point.MonthKind == DateReference.Absolute) month = point.Month;
        else if (point.MonthKind == DateReference.Relative)
        {
            var shifted = new DateOnly(reference.Year, reference.Month, 1).AddMonths(point.Month);
            month = shifted.Month;
            if (point.YearKind == DateReference.None) year = shifted.Year;
        }
        else if (point.YearKind == DateReference.None && (point.Day > 0 || point.Part is DatePart.MonthStart or DatePart.MonthEnd))
        {
            month = reference.Month; // 6日, 月底: the reference date's month
        }
        if (year is < 1 or > 9999) return false;

        if (month > 0) return TryResolveInMonth(point, year, month, out first, out last);
        return TryResolveInYear(point, year, out first, out last);
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
