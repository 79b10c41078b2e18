using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// The fixed calendar words (今年, 上半年, 年底, 以来…), matched longest first. 后年 is left out on purpose:
/// in news text it is far more often the tail of 此后/今后 + 年均 than the year after next.
/// </summary>
internal static class DateWords
{
    private readonly record struct Word(string Text, DateTokenKind Kind, int Value);

    private static readonly Word[] All =
    [
        new("今年", DateTokenKind.RelativeYear, 0), new("本年", DateTokenKind.RelativeYear, 0),
        new("去年", DateTokenKind.RelativeYear, -1), new("上年", DateTokenKind.RelativeYear, -1),
        new("前年", DateTokenKind.RelativeYear, -2), new("明年", DateTokenKind.RelativeYear, 1),
        new("来年", DateTokenKind.RelativeYear, 1),
        new("本月", DateTokenKind.RelativeMonth, 0), new("这个月", DateTokenKind.RelativeMonth, 0),
        new("上月", DateTokenKind.RelativeMonth, -1), new("上个月", DateTokenKind.RelativeMonth, -1),
        new("下月", DateTokenKind.RelativeMonth, 1), new("下个月", DateTokenKind.RelativeMonth, 1),
        new("上半年", DateTokenKind.Half, 1), new("下半年", DateTokenKind.Half, 2),
        new("年初", DateTokenKind.YearStart, 0), new("年底", DateTokenKind.YearEnd, 0), new("年末", DateTokenKind.YearEnd, 0),
        new("月初", DateTokenKind.MonthStart, 0), new("月底", DateTokenKind.MonthEnd, 0), new("月末", DateTokenKind.MonthEnd, 0),
        new("上旬", DateTokenKind.Dekad, 1), new("中旬", DateTokenKind.Dekad, 2), new("下旬", DateTokenKind.Dekad, 3),
        new("以来", DateTokenKind.Since, 0), new("至今", DateTokenKind.Since, 0),
        new("初", DateTokenKind.PeriodStart, 0), new("底", DateTokenKind.PeriodEnd, 0), new("末", DateTokenKind.PeriodEnd, 0),
    ];

    private static readonly Dictionary<char, Word[]> ByFirstChar = All
        .GroupBy(w => w.Text[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Text.Length).ToArray());

    /// <summary>True when some calendar word starts with <paramref name="c"/>.</summary>
    public static bool StartsWord(char c) => ByFirstChar.ContainsKey(c);

    public static DateToken Match(string text, int index)
    {
        if (!ByFirstChar.TryGetValue(text[index], out var candidates)) return DateToken.None(index);
        foreach (var word in candidates)
        {
            if (!WordAt.Is(text, index, word.Text)) continue;
            var end = index + word.Text.Length;
            // 登上月球 is not last month; 今年度 / 本年度 keep 度 in the span.
            if (word.Kind == DateTokenKind.RelativeMonth && end < text.Length && text[end] == '球') continue;
            if (word.Kind == DateTokenKind.RelativeYear && end < text.Length && text[end] == '度') end++;
            return new DateToken(word.Kind, index, end, word.Value);
        }
        return DateToken.None(index);
    }
}
