using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// Weekdays and weeks: 星期一, 周三, 礼拜天, 週三, 禮拜一; the weekday or weekend after a relative week (上周一,
/// 下周周六, 下下周末); ranked weeks and weekdays of a month or year (第一周, 第3个星期日, 最后一个星期一).
/// </summary>
internal static class WeekForms
{
    private static readonly string[] WeekWords = ["星期", "礼拜", "禮拜", "周", "週"];

    /// <summary>A weekday name at <paramref name="index"/> (星期一, 周日, 礼拜天): its number 1..7 and end.</summary>
    public static bool TryWeekday(string text, int index, out int weekday, out int end)
    {
        weekday = 0;
        end = index;
        // asked at every token read: most characters start no week word, so no word is compared there
        if (index >= text.Length || text[index] is not ('星' or '礼' or '禮' or '周' or '週')) return false;
        foreach (var word in WeekWords)
        {
            if (!WordAt.Is(text, index, word)) continue;
            var at = index + word.Length;
            if (at < text.Length && WeekdayNumber(text[at]) is var day and > 0 && !ContinuesNumber(text, at + 1))
            {
                weekday = day;
                end = at + 1;
                return true;
            }
            return false;
        }
        return false;
    }

    /// <summary>After a relative week (上周, 下个星期): a weekday (一, 周六, 星期三) or 末 (the weekend).</summary>
    public static int ReadWeekdayAfterWeek(string text, int index, out int weekday, out bool weekend)
    {
        weekday = 0;
        weekend = false;
        if (index >= text.Length) return index;
        if (text[index] == '末') { weekend = true; return index + 1; }
        if (WeekdayNumber(text[index]) is var day and > 0 && !ContinuesNumber(text, index + 1))
        {
            weekday = day;
            return index + 1;
        }
        return TryWeekday(text, index, out weekday, out var end) ? end : index;
    }

    /// <summary>
    /// 第N周, 第N个星期 / 礼拜 (a week) and 第N个星期X / 周X (a weekday) at <paramref name="index"/> (on 第);
    /// 最后一周 and 最后一个星期X (rank −1).
    /// </summary>
    public static DateToken ReadRanked(string text, int index)
    {
        int rank, at;
        if (WordAt.Is(text, index, "最后一"))
        {
            rank = -1;
            at = index + 3;
        }
        else
        {
            if (index >= text.Length || text[index] != '第'
                || !NumeralScanner.TryScan(text, index + 1, integerOnly: true, out var numeral, out _)) return DateToken.None(index);
            rank = numeral.AsInt(1, 53);
            if (rank <= 0) return DateToken.None(index);
            at = numeral.End;
        }
        var counted = at < text.Length && text[at] is '个' or '個';
        if (counted) at++;
        if (TryWeekday(text, at, out var weekday, out var end))
            return counted ? new DateToken(DateTokenKind.WeekdayOrdinal, index, end, rank, Day: weekday) : DateToken.None(index);
        foreach (var word in WeekWords)
        {
            if (!WordAt.Is(text, at, word)) continue;
            // 第2周 needs no 个, 第一个星期 does; 周年 / 周岁 are years of age
            var after = at + word.Length;
            if (after < text.Length && text[after] is '年' or '岁') return DateToken.None(index);
            if (!counted && word.Length == 2) return DateToken.None(index);
            return new DateToken(DateTokenKind.WeekOrdinal, index, after, rank);
        }
        return DateToken.None(index);
    }

    /// <summary>一..六, 日 / 天 / 七, or the figures 1..7.</summary>
    private static int WeekdayNumber(char c) => c switch
    {
        '日' or '天' or '七' or '7' => 7,
        >= '1' and <= '6' => c - '0',
        _ when ChineseNumerals.IsDigit(c) && ChineseNumerals.DigitValue(c) is >= 1 and <= 6 && c != '两' => ChineseNumerals.DigitValue(c),
        _ => 0,
    };

    /// <summary>周一 is a weekday, 周一百 or 星期12 are not.</summary>
    private static bool ContinuesNumber(string text, int index) =>
        index < text.Length && (char.IsAsciiDigit(text[index]) || ChineseNumerals.IsNumeralChar(text[index]));
}
