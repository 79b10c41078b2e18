using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// Reads the date token that starts at an index of width-folded text: numerals with their calendar unit
/// (2020年, 十月, 30日, 三季度), ISO-like dates, Q1, 第三季度, 前三季度, calendar words and separators.
/// A number whose unit is not calendar (3年时间, 6个月, 2-3分钟) yields a <see cref="DateTokenKind.Bare"/>
/// or nothing, which is how durations stay out.
/// </summary>
internal sealed class DateTokenizer(DateWordTable words)
{
    public DateToken Read(string text, int index)
    {
        if (index >= text.Length) return DateToken.None(index);
        var c = text[index];
        if (char.IsAsciiDigit(c) && TryFullDate(text, index, out var full)) return full;
        if (NumeralScanner.IsNumeralChar(c)) return ReadNumber(text, index, index);
        switch (c)
        {
            case '第':
                return ReadNumber(text, index + 1, index) is { Kind: DateTokenKind.Quarter } quarter ? quarter : DateToken.None(index);
            case 'Q':
                return ReadQ(text, index);
            case '前' when ReadFirstPeriods(text, index) is { Kind: DateTokenKind.FirstQuarters or DateTokenKind.FirstMonths } first:
                return first;
        }
        var word = words.Match(text, index);
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
            case '年' when numeral.AsInt(1000, 2999) is var year and > 0 && !IsYearCount(text, at + 1)
                           && (numeral.PlainDigits == 4 || StartsMonth(text, at + 1)):
                var yearEnd = at + 1 < text.Length && text[at + 1] == '度' ? at + 2 : at + 1;
                return new DateToken(DateTokenKind.Year, tokenStart, yearEnd, year);
            case '月' when numeral.AsInt(1, 12) is var month and > 0 && !IsMonthCount(text, at + 1):
                var monthEnd = at + 1 < text.Length && text[at + 1] == '份' ? at + 2 : at + 1;
                return new DateToken(DateTokenKind.Month, tokenStart, monthEnd, month);
            case '日' or '号' when numeral.AsInt(1, 31) is var day and > 0 && !IsDayCount(text, at + 1):
                return new DateToken(DateTokenKind.Day, tokenStart, at + 1, day, WithHao: next == '号');
            // 季度 only: 四季 are the seasons, 第二季 a television season.
            case '季' when numeral.AsInt(1, 4) is var quarter and > 0 && at + 1 < text.Length && text[at + 1] == '度':
                return new DateToken(DateTokenKind.Quarter, tokenStart, at + 2, quarter);
        }
        if (tokenStart != index || !numeral.IsExactInteger) return DateToken.None(tokenStart);
        return new DateToken(DateTokenKind.Bare, tokenStart, at, numeral.AsInt(0, int.MaxValue), Digits: numeral.PlainDigits);
    }

    /// <summary>两千零四年八月: a year written with units (not digit by digit) counts as a year only before a month.</summary>
    private static bool StartsMonth(string text, int index) =>
        NumeralScanner.TryScan(text, index, integerOnly: true, out var month, out _)
        && month.AsInt(1, 12) > 0 && month.End < text.Length && text[month.End] == '月';

    /// <summary>2000年来 / 1000年之久 / 2500年以上 count years, they do not name one.</summary>
    private static bool IsYearCount(string text, int after) =>
        after < text.Length && (text[after] is '来' or '多' or '间' or '左'
                                || WordAt.Is(text, after, "之久") || WordAt.Is(text, after, "以上") || WordAt.Is(text, after, "以下"));

    /// <summary>一月有余, 三月之内, 两三月间 count months.</summary>
    private static bool IsMonthCount(string text, int after) =>
        after < text.Length && (text[after] is '有' or '多' or '余' or '内' or '间'
                                || WordAt.Is(text, after, "之内") || WordAt.Is(text, after, "以内"));

    /// <summary>30日内, 3日后, 5日以内, 10日左右 count days.</summary>
    private static bool IsDayCount(string text, int after) =>
        after < text.Length && (text[after] is '内' or '后' or '间' or '左' or '多' or '余'
                                || WordAt.Is(text, after, "之内") || WordAt.Is(text, after, "以内") || WordAt.Is(text, after, "以上"));

    /// <summary>2020-10-30, 2020/10/30, 2020.10.30: a four-digit year, then month and day with the same separator.</summary>
    private static bool TryFullDate(string text, int index, out DateToken token)
    {
        token = default;
        if (!ReadDigits(text, index, 4, 4, out var year, out var at) || at >= text.Length) return false;
        var separator = text[at];
        if (separator is not ('-' or '/' or '.')) return false;
        if (!ReadDigits(text, at + 1, 1, 2, out var month, out at) || at >= text.Length || text[at] != separator) return false;
        if (!ReadDigits(text, at + 1, 1, 2, out var day, out at)) return false;
        if (at < text.Length && (char.IsAsciiDigit(text[at]) || text[at] == separator)) return false;
        if (year < 1000 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        token = new DateToken(DateTokenKind.FullDate, index, at, year, month, day);
        return true;
    }

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

    /// <summary>Q1..Q4, standing alone (not inside a word such as IQ1).</summary>
    private static DateToken ReadQ(string text, int index)
    {
        if (index + 1 >= text.Length || text[index + 1] is < '1' or > '4') return DateToken.None(index);
        if (index > 0 && char.IsAsciiLetter(text[index - 1])) return DateToken.None(index);
        if (index + 2 < text.Length && char.IsAsciiLetterOrDigit(text[index + 2])) return DateToken.None(index);
        return new DateToken(DateTokenKind.Quarter, index, index + 2, text[index + 1] - '0');
    }

    /// <summary>前三季度 / 前3个季度: the first n quarters of the year; 前10个月: its first n months (个 required: 前10月 is rare and ambiguous).</summary>
    private static DateToken ReadFirstPeriods(string text, int index)
    {
        var numeral = index + 1;
        if (numeral >= text.Length || !NumeralScanner.TryScan(text, numeral, integerOnly: true, out var count, out _)) return DateToken.None(index);
        var at = count.End;
        var measured = at < text.Length && text[at] == '个';
        if (measured) at++;
        if (WordAt.Is(text, at, "季度") && count.AsInt(1, 4) is var quarters and >= 1)
            return new DateToken(DateTokenKind.FirstQuarters, index, at + 2, quarters);
        if (measured && at < text.Length && text[at] == '月' && count.AsInt(1, 12) is var months and >= 1)
            return new DateToken(DateTokenKind.FirstMonths, index, at + 1, months);
        return DateToken.None(index);
    }
}
