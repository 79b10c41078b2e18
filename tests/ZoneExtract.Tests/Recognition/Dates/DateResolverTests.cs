using System.Globalization;
using ZoneExtract.Recognition.Dates;

namespace ZoneExtract.Tests.Recognition.Dates;

/// <summary>The contract's resolution rules, on parsed expressions, without the extractor (parts passed as int: the enum is internal).</summary>
public class DateResolverTests
{
    private static readonly DateOnly Reference = new(2020, 11, 23);

    private static DatePoint Year(int year) => new() { YearKind = DateReference.Absolute, Year = year };

    private static DatePoint ThisYear(DatePart part = DatePart.Whole, int value = 0) =>
        new() { YearKind = DateReference.Relative, Year = 0, Part = part, PartValue = value };

    private static DatePoint Month(int month, DatePart part = DatePart.Whole, int value = 0) =>
        new() { MonthKind = DateReference.Absolute, Month = month, Part = part, PartValue = value };

    private static (string First, string Last) Resolve(DatePoint from, DatePoint? to = null, bool since = false, DateOnly? reference = null)
    {
        var result = DateResolver.Resolve(new DateExpression(0, 1, from, to, since), reference ?? Reference, out var first, out var last);
        Assert.That(result, Is.EqualTo(DateResolution.Resolved));
        return (first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [TestCase((int)DatePart.Whole, 0, "2020-01-01", "2020-12-31")]
    [TestCase((int)DatePart.YearStart, 0, "2020-01-01", "2020-01-31")]
    [TestCase((int)DatePart.YearEnd, 0, "2020-12-01", "2020-12-31")]
    [TestCase((int)DatePart.Half, 1, "2020-01-01", "2020-06-30")]
    [TestCase((int)DatePart.Half, 2, "2020-07-01", "2020-12-31")]
    [TestCase((int)DatePart.Quarter, 1, "2020-01-01", "2020-03-31")]
    [TestCase((int)DatePart.Quarter, 4, "2020-10-01", "2020-12-31")]
    [TestCase((int)DatePart.QuarterEnd, 3, "2020-09-01", "2020-09-30")]
    [TestCase((int)DatePart.QuarterStart, 2, "2020-04-01", "2020-04-30")]
    [TestCase((int)DatePart.FirstQuarters, 3, "2020-01-01", "2020-09-30")]
    public void Parts_of_the_reference_year(int part, int value, string first, string last)
    {
        Assert.That(Resolve(ThisYear((DatePart)part, value)), Is.EqualTo((first, last)));
    }

    [TestCase(2, (int)DatePart.Whole, 0, "2020-02-01", "2020-02-29")]
    [TestCase(11, (int)DatePart.MonthStart, 0, "2020-11-01", "2020-11-01")]
    [TestCase(2, (int)DatePart.MonthEnd, 0, "2020-02-29", "2020-02-29")]
    [TestCase(4, (int)DatePart.Dekad, 1, "2020-04-01", "2020-04-10")]
    [TestCase(4, (int)DatePart.Dekad, 2, "2020-04-11", "2020-04-20")]
    [TestCase(4, (int)DatePart.Dekad, 3, "2020-04-21", "2020-04-30")]
    public void A_month_without_a_year_takes_the_reference_year(int month, int part, int value, string first, string last)
    {
        Assert.That(Resolve(Month(month, (DatePart)part, value)), Is.EqualTo((first, last)));
    }

    [Test]
    public void A_day_without_a_month_takes_the_reference_month() =>
        Assert.That(Resolve(new DatePoint { Day = 6 }), Is.EqualTo(("2020-11-06", "2020-11-06")));

    [Test]
    public void A_range_runs_from_the_start_of_its_first_part_to_the_end_of_its_last() =>
        Assert.That(Resolve(Year(2018), Year(2020)), Is.EqualTo(("2018-01-01", "2020-12-31")));

    [Test]
    public void Since_runs_to_the_reference_date() =>
        Assert.That(Resolve(ThisYear(), since: true), Is.EqualTo(("2020-01-01", "2020-11-23")));

    [Test]
    public void Relative_years_count_from_the_reference_year() =>
        Assert.That(Resolve(new DatePoint { YearKind = DateReference.Relative, Year = -2 }), Is.EqualTo(("2018-01-01", "2018-12-31")));

    [Test]
    public void Absolute_expressions_need_no_reference_date()
    {
        var result = DateResolver.Resolve(new DateExpression(0, 1, Year(2018), null, false), null, out var first, out var last);
        Assert.That(result, Is.EqualTo(DateResolution.Resolved));
        Assert.That((first, last), Is.EqualTo((new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31))));
    }

    [Test]
    public void Relative_expressions_without_a_reference_date_are_unresolved()
    {
        var result = DateResolver.Resolve(new DateExpression(0, 1, ThisYear(), null, true), null, out _, out _);
        Assert.That(result, Is.EqualTo(DateResolution.NeedsReference));
    }

    [Test]
    public void An_impossible_day_is_invalid_with_or_without_a_reference_date()
    {
        var point = new DatePoint { MonthKind = DateReference.Absolute, Month = 2, Day = 30 };
        Assert.That(DateResolver.Resolve(new DateExpression(0, 1, point, null, false), Reference, out _, out _), Is.EqualTo(DateResolution.Invalid));
        Assert.That(DateResolver.Resolve(new DateExpression(0, 1, point, null, false), null, out _, out _), Is.EqualTo(DateResolution.Invalid));
    }

    [Test]
    public void A_range_that_runs_backwards_is_invalid() =>
        Assert.That(DateResolver.Resolve(new DateExpression(0, 1, Year(2020), Year(2018), false), Reference, out _, out _),
            Is.EqualTo(DateResolution.Invalid));

    [TestCase(8, 2020, "2008")] // 20xx while at most ten years after the reference
    [TestCase(30, 2020, "2030")]
    [TestCase(31, 2020, "1931")]
    [TestCase(98, 1997, "1998")]
    [TestCase(33, 2021, "1933")]
    public void Two_digit_years_take_the_nearest_plausible_century(int twoDigits, int referenceYear, string year)
    {
        var point = new DatePoint { YearKind = DateReference.TwoDigit, Year = twoDigits };
        Assert.That(Resolve(point, reference: new DateOnly(referenceYear, 6, 1)), Is.EqualTo(($"{year}-01-01", $"{year}-12-31")));
    }

    [TestCase(0, 0, false, "2020-11-23", "2020-11-29")] // 本周 (the reference is a Monday)
    [TestCase(-1, 1, false, "2020-11-16", "2020-11-16")] // 上周一
    [TestCase(2, 0, true, "2020-12-12", "2020-12-13")] // 下下周末
    public void Relative_weeks_count_monday_to_sunday_weeks(int offset, int weekday, bool weekend, string first, string last)
    {
        var point = new DatePoint { WeekKind = DateReference.Relative, Week = offset, Weekday = weekday, Weekend = weekend };
        Assert.That(Resolve(point), Is.EqualTo((first, last)));
    }

    [TestCase(10, 1, 0, "2020-10-05", "2020-10-11")] // 十月的第一周: the first week that starts in October
    [TestCase(6, 3, 7, "2020-06-21", "2020-06-21")] // 6月第3个星期日
    [TestCase(4, -1, 1, "2020-04-27", "2020-04-27")] // 四月的最后一个星期一
    public void Ranked_weeks_and_weekdays_of_a_month(int month, int rank, int weekday, string first, string last)
    {
        var point = new DatePoint { MonthKind = DateReference.Absolute, Month = month, WeekKind = DateReference.Absolute, Week = rank, Weekday = weekday };
        Assert.That(Resolve(point), Is.EqualTo((first, last)));
    }

    [TestCase(0, (int)DatePart.Quarter, "2020-10-01", "2020-12-31")] // 本季度
    [TestCase(-1, (int)DatePart.QuarterEnd, "2020-09-01", "2020-09-30")] // 上季度末
    [TestCase(-4, (int)DatePart.Quarter, "2019-10-01", "2019-12-31")]
    public void Relative_quarters_count_from_the_reference_quarter(int offset, int part, string first, string last)
    {
        var point = new DatePoint { Part = (DatePart)part, PartValue = offset, QuarterIsRelative = true };
        Assert.That(Resolve(point), Is.EqualTo((first, last)));
    }

    [TestCase(-1, 90, 10, "1990-01-01", "1999-12-31")] // 上世纪90年代
    [TestCase(0, 20, 10, "2020-01-01", "2029-12-31")] // 本世纪20年代
    [TestCase(-1, 99, 1, "1999-01-01", "1999-12-31")] // 上世纪90年代末期
    public void Decades_of_a_relative_century(int centuryOffset, int yearInCentury, int span, string first, string last)
    {
        var point = new DatePoint { YearKind = DateReference.Century, Year = centuryOffset, YearInCentury = yearInCentury, YearSpan = span };
        Assert.That(Resolve(point), Is.EqualTo((first, last)));
    }

    [Test]
    public void Day_and_week_arithmetic_past_the_calendar_range_is_invalid_not_thrown()
    {
        var last = new DateOnly(9999, 12, 31);
        Assert.That(Invalid(new DatePoint { DayIsOffset = true, Day = 1 }, last), Is.True); // 明天
        Assert.That(Invalid(new DatePoint { DayIsOffset = true, Day = -1 }, new DateOnly(1, 1, 1)), Is.True); // 昨天
        Assert.That(Invalid(new DatePoint { WeekKind = DateReference.Relative, Week = 1 }, last), Is.True); // 下周
        Assert.That(Invalid(new DatePoint { MonthKind = DateReference.Relative, Month = 1 }, last), Is.True); // 下个月
        // 今年12月的第四周 in 9999 runs from 9999-12-27 to 10000-01-02
        var week = new DatePoint { YearKind = DateReference.Relative, MonthKind = DateReference.Absolute, Month = 12, WeekKind = DateReference.Absolute, Week = 4 };
        Assert.That(Invalid(week, new DateOnly(9999, 6, 1)), Is.True);
        // 今年12月的第一周 in 9999 is a real week (the month's end was computed as 10000-01-01 minus a day)
        Assert.That(Resolve(week with { Week = 1 }, reference: new DateOnly(9999, 6, 1)), Is.EqualTo(("9999-12-06", "9999-12-12")));
    }

    [Test]
    public void Day_arithmetic_up_to_the_last_calendar_day_still_resolves() =>
        Assert.That(Resolve(new DatePoint { DayIsOffset = true, Day = 1 }, reference: new DateOnly(9999, 12, 30)),
            Is.EqualTo(("9999-12-31", "9999-12-31")));

    private static bool Invalid(DatePoint point, DateOnly reference) =>
        DateResolver.Resolve(new DateExpression(0, 1, point, null, false), reference, out _, out _) == DateResolution.Invalid;

    [Test]
    public void A_range_of_months_without_a_year_runs_across_the_year_end()
    {
        Assert.That(Resolve(Month(8), Month(2)), Is.EqualTo(("2020-08-01", "2021-02-28")));
    }
}
