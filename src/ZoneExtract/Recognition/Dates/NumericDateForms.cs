namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// Dates written in figures only: 2020-10-30, 2020/10/30, 2020.10.30, 2022 11 23, 20240307, day-first 13.5.2015 and
/// 3-7-2017, a year and month 1999.08, a month and day 6·30 or 09-01. Each form checks that the date exists and that
/// the figures are not part of a longer number or code.
/// </summary>
internal static class NumericDateForms
{
    /// <summary>The numeric date starting at <paramref name="index"/>, or false.</summary>
    public static bool TryRead(string text, int index, out DateToken token)
    {
        token = default;
        if (index > 0 && (char.IsAsciiLetterOrDigit(text[index - 1]) || text[index - 1] is '.' or '/' or ':')) return false;
        return TryYearFirst(text, index, out token) || TryCompact(text, index, out token) || TryDayFirst(text, index, out token)
               || TryYearMonth(text, index, out token) || TryMonthDay(text, index, out token);
    }

    /// <summary>2020-10-30, 2020/10/30, 2020.10.30, 2022 11 23 (space only with two-digit month and day).</summary>
    private static bool TryYearFirst(string text, int index, out DateToken token)
    {
        token = default;
        if (!ReadDigits(text, index, 4, 4, out var year, out var at) || at >= text.Length) return false;
        var separator = text[at];
        if (separator is not ('-' or '/' or '.' or ' ')) return false;
        var minDigits = separator == ' ' ? 2 : 1;
        if (!ReadDigits(text, at + 1, minDigits, 2, out var month, out at) || at >= text.Length || text[at] != separator) return false;
        if (!ReadDigits(text, at + 1, minDigits, 2, out var day, out at)) return false;
        if (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == separator)) return false;
        return TryToken(index, at, year, month, day, out token);
    }

    /// <summary>20240307: eight figures standing alone, a valid date between 1900 and 2099.</summary>
    private static bool TryCompact(string text, int index, out DateToken token)
    {
        token = default;
        if (!ReadDigits(text, index, 8, 8, out var number, out var at) || !StandsAlone(text, at)) return false;
        var year = number / 10000;
        return year is >= 1900 and <= 2099 && TryToken(index, at, year, number / 100 % 100, number % 100, out token);
    }

    /// <summary>13.5.2015, 3-7-2017, 1/2/2020: day, month, then a four-figure year, one separator throughout.</summary>
    private static bool TryDayFirst(string text, int index, out DateToken token)
    {
        token = default;
        if (!ReadDigits(text, index, 1, 2, out var day, out var at) || at >= text.Length) return false;
        var separator = text[at];
        if (separator is not ('-' or '/' or '.')) return false;
        if (!ReadDigits(text, at + 1, 1, 2, out var month, out at) || at >= text.Length || text[at] != separator) return false;
        if (!ReadDigits(text, at + 1, 4, 4, out var year, out at) || at < text.Length && char.IsAsciiDigit(text[at])) return false;
        return TryToken(index, at, year, month, day, out token);
    }

    /// <summary>1999.08 (before a dash or at the end of a phrase, so that 2020.10亿 stays a decimal number).</summary>
    private static bool TryYearMonth(string text, int index, out DateToken token)
    {
        token = default;
        if (!ReadDigits(text, index, 4, 4, out var year, out var at) || at >= text.Length || text[at] != '.') return false;
        if (!ReadDigits(text, at + 1, 2, 2, out var month, out at) || month is < 1 or > 12 || year is < 1900 or > 2099) return false;
        if (at < text.Length && text[at] != '-' && !StandsAlone(text, at)) return false;
        token = new DateToken(DateTokenKind.YearMonth, index, at, year, month);
        return true;
    }

    /// <summary>6·30 (a middle dot) or 09-01 (two figures each, at least one leading zero): a month and a day.</summary>
    private static bool TryMonthDay(string text, int index, out DateToken token)
    {
        token = default;
        if (!ReadDigits(text, index, 1, 2, out var month, out var at) || at >= text.Length) return false;
        var separator = text[at];
        var dotted = separator is '·' or '•';
        if (!dotted && (separator != '-' || at - index != 2)) return false;
        var first = text[index];
        if (!ReadDigits(text, at + 1, dotted ? 1 : 2, 2, out var day, out var end) || !StandsAlone(text, end)) return false;
        if (!dotted && first != '0' && text[at + 1] != '0') return false;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(2000, month)) return false;
        token = new DateToken(DateTokenKind.MonthDay, index, end, 0, month, day);
        return true;
    }

    private static bool TryToken(int start, int end, int year, int month, int day, out DateToken token)
    {
        token = default;
        if (year < 1000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        token = new DateToken(DateTokenKind.FullDate, start, end, year, month, day);
        return true;
    }

    /// <summary>Nothing that continues a number or a code follows: end, space, punctuation, or a range word.</summary>
    private static bool StandsAlone(string text, int index) =>
        index >= text.Length || !(char.IsAsciiLetterOrDigit(text[index]) || text[index] is '.' or '%' || Text.CharClass.IsIdeograph(text[index]) && text[index] is not ('至' or '到' or '起'));

    private static bool ReadDigits(string text, int index, int min, int max, out int value, out int end)
    {
        value = 0;
        end = index;
        while (end < text.Length && char.IsAsciiDigit(text[end]) && end - index < max + 1)
        {
            value = value * 10 + (text[end] - '0');
            end++;
        }
        var count = end - index;
        return count >= min && count <= max;
    }
}
