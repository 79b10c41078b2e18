using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Numbers;

/// <summary>
/// A view of the text with the spaces inside a written number removed (新台币 177.1 亿元, 一 百 五 十 个 百 分 点,
/// 2009 年 到 2010 年), so that the extractors read spaced forms like unspaced ones, and a map from each index
/// of the view back to the original text. Text without a space to remove is used as it is (no copy).
/// </summary>
internal readonly struct SpaceJoinedText
{
    private readonly int[]? _toOriginal;

    private SpaceJoinedText(string text, int[]? toOriginal)
    {
        Text = text;
        _toOriginal = toOriginal;
    }

    /// <summary>The text with the spaces removed.</summary>
    public string Text { get; }

    /// <summary>The original index of the character at <paramref name="index"/> of the view.</summary>
    public int Original(int index) => _toOriginal is null ? index : _toOriginal[index];

    /// <summary>The original index just past the character before <paramref name="end"/> (a span's end).</summary>
    public int OriginalEnd(int end) => end == 0 ? 0 : Original(end - 1) + 1;

    /// <summary>For MONEY and PERCENT: spaces between the digits, units and words of an amount or a percentage.</summary>
    public static SpaceJoinedText ForAmounts(string text) => Join(text, JoinsAmount);

    /// <summary>For DATE: spaces around 年 / 月 / 日 and range words (2008 年, 2009 年 到 2010 年, 2008年 十二月, 1995 - 1997年).</summary>
    public static SpaceJoinedText ForDates(string text) => Join(text, JoinsDate);

    private static SpaceJoinedText Join(string text, Func<string, int, int, bool> joins)
    {
        var space = text.IndexOf(' ');
        if (space < 0) return new SpaceJoinedText(text, null);
        char[]? chars = null;
        int[]? map = null;
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == ' ' && i > 0)
            {
                var runEnd = i;
                while (runEnd < text.Length && text[runEnd] == ' ') runEnd++;
                if (runEnd < text.Length && joins(text, i - 1, runEnd))
                {
                    if (chars is null)
                    {
                        chars = new char[text.Length];
                        map = new int[text.Length];
                        for (var k = 0; k < i; k++) { chars[k] = text[k]; map[k] = k; }
                        length = i;
                    }
                    i = runEnd;
                    continue;
                }
            }
            if (chars is not null)
            {
                chars[length] = text[i];
                map![length] = i;
                length++;
            }
            i++;
        }
        return chars is null ? new SpaceJoinedText(text, null) : new SpaceJoinedText(new string(chars, 0, length), map);
    }

    /// <summary>
    /// Digits and numeral characters join each other and the words of a percentage (百 分 之, 个 百 分 点, 七 五 折);
    /// a figure joins the word before or after it (人民币 50元, 177.1 亿元). Two Arabic figures of several digits stay
    /// apart (a table row 100 200 is two numbers); single digits join (7 2 折). A '.' right before the space is a full
    /// stop or a list number (2019. 5%的人, 1. 50%), not a decimal point: it joins nothing.
    /// </summary>
    private static bool JoinsAmount(string text, int before, int after)
    {
        var a = text[before];
        var b = text[after];
        if (a == '.') return false;
        if (char.IsAsciiDigit(a) && char.IsAsciiDigit(b))
            return (before == 0 || !char.IsAsciiDigit(text[before - 1])) && (after + 1 >= text.Length || !char.IsAsciiDigit(text[after + 1]));
        if (IsFigure(a) || IsPercentWord(a)) return IsFigure(b) || IsPercentWord(b) || (IsFigure(a) && CharClass.IsIdeograph(b));
        return CharClass.IsIdeograph(a) && IsFigure(b);
    }

    private static bool JoinsDate(string text, int before, int after)
    {
        var a = text[before];
        var b = text[after];
        return IsNumber(a) && IsCalendarWord(b) || IsCalendarWord(a) && (IsNumber(b) || IsCalendarWord(b));
    }

    private static bool IsFigure(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c) || c is '.' or 'k' or 'K';

    private static bool IsNumber(char c) => char.IsAsciiDigit(c) || ChineseNumerals.IsNumeralChar(c);

    private static bool IsPercentWord(char c) => c is '分' or '之' or '个' or '個' or '点' or '點' or '成' or '折' or '%';

    private static bool IsCalendarWord(char c) => c is '年' or '月' or '日' or '号' or '至' or '到' or '-' or '—' or '~';
}
