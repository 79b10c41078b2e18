using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Percent;

/// <summary>
/// Finds percent spans in width-folded text: 6.4%, -3.9%, 百分之六点四, 百分之15, 19.96个百分点, and ranges
/// written as one span (16%-37%, 5%至8%, 5-8%, 百分之五到百分之八, 1至2个百分点). A number without
/// % or 百分 (两位数, 3:1) is not a percentage.
/// </summary>
internal static class PercentExtractor
{
    private const string Verbal = "百分之";

    public static void Find(string text, List<PercentMention> mentions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            int next;
            if (c == '百' && WordAt.Is(text, i, Verbal))
            {
                if (TryVerbal(text, i, out var mention, out next)) mentions.Add(mention);
            }
            else if (NumeralScanner.IsNumeralChar(c) || IsSign(c))
            {
                if (TryFigure(text, i, out var mention, out next)) mentions.Add(mention);
            }
            else next = i + 1;
            i = Math.Max(next, i + 1);
        }
    }

    /// <summary>百分之X [至 (百分之)Y].</summary>
    private static bool TryVerbal(string text, int start, out PercentMention mention, out int next)
    {
        mention = default;
        next = start + Verbal.Length;
        if (!NumeralScanner.TryScan(text, next, integerOnly: false, out var low, out next)) return false;
        var end = low.End;
        Numeral? high = null;
        var separator = RangeSeparator.LengthAt(text, end);
        if (separator > 0)
        {
            var highStart = end + separator;
            if (WordAt.Is(text, highStart, Verbal)) highStart += Verbal.Length;
            if (NumeralScanner.TryScan(text, highStart, integerOnly: false, out var second, out _))
            {
                high = second;
                end = second.End;
            }
        }
        mention = new PercentMention(start, end, low, false, high, false, PercentKind.Percent);
        next = end;
        return true;
    }

    /// <summary>[sign]X(% | 个百分点) [sep [sign]Y(% | 个百分点)], or [sign]X sep [sign]Y(% | 个百分点).</summary>
    private static bool TryFigure(string text, int start, out PercentMention mention, out int next)
    {
        mention = default;
        var lowNegative = ReadSign(text, start, out var numberStart);
        if (!NumeralScanner.TryScan(text, numberStart, integerOnly: false, out var low, out next)) return false;
        if (IsInsideUrlOrCode(text, start)) return false;

        var lowSuffix = SuffixAt(text, low.End, out var lowKind);
        var afterLow = low.End + lowSuffix;
        var separator = RangeSeparator.LengthAt(text, afterLow);
        if (separator > 0)
        {
            var highNegative = ReadSign(text, afterLow + separator, out var highStart);
            if (NumeralScanner.TryScan(text, highStart, integerOnly: false, out var high, out _)
                && SuffixAt(text, high.End, out var highKind) is var highSuffix and > 0
                && (lowSuffix == 0 || lowKind == highKind))
            {
                mention = new PercentMention(start, high.End + highSuffix, low, lowNegative, high, highNegative, highKind);
                next = mention.End;
                return true;
            }
        }
        if (lowSuffix == 0) return false;
        mention = new PercentMention(start, afterLow, low, lowNegative, null, false, lowKind);
        next = afterLow;
        return true;
    }

    /// <summary>A minus sign (or 负) directly before a number, unless it is the dash of a range (5-8%).</summary>
    private static bool ReadSign(string text, int index, out int numberStart)
    {
        numberStart = index;
        if (index + 1 >= text.Length || !IsSign(text[index])) return false;
        var afterSign = text[index + 1];
        if (!NumeralScanner.IsNumeralChar(afterSign)) return false;
        if (index > 0 && (char.IsAsciiLetterOrDigit(text[index - 1]) || text[index - 1] == '%')) return false;
        numberStart = index + 1;
        return text[index] != '+';
    }

    private static bool IsSign(char c) => c is '-' or '+' or '−' or '负';

    /// <summary>The length of % / 个百分点 / 百分点 at <paramref name="index"/> (0 when absent) and its kind.</summary>
    private static int SuffixAt(string text, int index, out PercentKind kind)
    {
        kind = PercentKind.Percent;
        if (index >= text.Length) return 0;
        if (text[index] == '%') return IsUrlEscape(text, index) ? 0 : 1;
        kind = PercentKind.Points;
        if (text[index] is '个' or '個' && IsPointsWord(text, index + 1)) return 4;
        if (IsPointsWord(text, index)) return 3;
        return 0;
    }

    /// <summary>百分点, also in traditional script (百分點).</summary>
    private static bool IsPointsWord(string text, int index) =>
        index + 3 <= text.Length && text[index] == '百' && text[index + 1] == '分' && text[index + 2] is '点' or '點';

    /// <summary>A number glued to a Latin letter or URL punctuation (q=30%, %2020%) belongs to a code, not to prose.</summary>
    private static bool IsInsideUrlOrCode(string text, int start) =>
        start > 0 && (char.IsAsciiLetter(text[start - 1]) || text[start - 1] is '%' or '=' or '&' or '/' or '?' or '#' or '_');

    /// <summary>%20, %2D: a URL escape, not a percentage.</summary>
    private static bool IsUrlEscape(string text, int index) =>
        index + 2 < text.Length && char.IsAsciiHexDigit(text[index + 1]) && char.IsAsciiHexDigit(text[index + 2]);
}
