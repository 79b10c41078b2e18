using System.Buffers;
using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Percent;

/// <summary>
/// Finds percent spans in width-folded text: 6.4%, -3.9%, 百分之六点四, 百分之15, 千分之五 (0.5), 19.96个百分点,
/// tenths and discounts (三成, 三成半, 半成, 七五折, 9.9折, 打对折), and ranges written as one span (16%-37%,
/// 5%至8%, 5-8%, 百分之五到百分之八, 百分之五到十, 1至2个百分点). A number without % or 百分 (两位数, 3:1) is not a
/// percentage.
/// </summary>
internal static class PercentExtractor
{
    private const string Fraction = "分之";

    /// <summary>The characters a percentage can start with (a numeral, a sign, 半 / 对 / 對), looked for by vector search.</summary>
    private static readonly SearchValues<char> Openers = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => NumeralScanner.IsNumeralChar(c) || IsSign(c) || c is '半' or '对' or '對')]);

    public static void Find(string text, List<PercentMention> mentions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(Openers);
            if (skip < 0) return;
            i += skip;
            var c = text[i];
            int next;
            if (NumeralScanner.IsNumeralChar(c) || IsSign(c))
            {
                // 百分之 / 千分之 open with a unit, so only a numeral character can start either form
                PercentMention mention;
                bool found;
                if (TryFractionWord(text, i, out var scale, out var afterWord)) found = TryVerbal(text, i, afterWord, scale, out mention, out next);
                else if (!IsSign(c) && CannotEndInPercent(text, i, out next)) (found, mention) = (false, default);
                else found = TryFigure(text, i, out mention, out next);
                if (found) mentions.Add(mention);
            }
            else if (c is '半' or '对' or '對' && TryWordOnly(text, i, out var mention))
            {
                mentions.Add(mention);
                next = mention.End;
            }
            else next = i + 1;
            i = Math.Max(next, i + 1);
        }
    }

    /// <summary>
    /// True when no percentage can start in the numeral run at <paramref name="start"/> (most runs: 一 of 进一步, 2020年,
    /// 5亿元), found without scanning it: every figure read from inside the run ends at one of its characters or at the
    /// character after it, and a percentage needs a suffix or a range separator there, or 分之 after the run (a
    /// fraction word after 余 / 多 inside it). <paramref name="next"/> is then the run's end, where a scan that fails
    /// at every start inside the run would resume as well.
    /// </summary>
    private static bool CannotEndInPercent(string text, int start, out int next)
    {
        next = NumeralScanner.RunEnd(text, start);
        for (var k = start + 1; k <= next && k < text.Length; k++)
        {
            if (text[k] == '分' || SuffixAt(text, k, out _, out _) > 0 || RangeSeparator.LengthAt(text, k) > 0) return false;
        }
        return true;
    }

    /// <summary>
    /// 百分之 / 千分之 / 万分之 / 百万分之…: the units before 分之 give the denominator (百 → 100), and the value's
    /// factor is 100 / denominator (千分之五 → 0.5). Not after a numeral: 五百分之2.2 is one five-hundredth.
    /// </summary>
    private static bool TryFractionWord(string text, int start, out decimal scale, out int end)
    {
        scale = 1m;
        end = start;
        if (start > 0 && NumeralScanner.IsNumeralChar(text[start - 1])) return false;
        decimal denominator = 1m;
        var k = start;
        while (k < text.Length && k - start < 4)
        {
            var unit = ChineseNumerals.SmallUnit(text[k]) is var small and > 0 ? small : ChineseNumerals.LargeUnit(text[k]);
            if (unit == 0m || !ExactArithmetic.TryMultiply(denominator, unit, out denominator)) break;
            k++;
        }
        if (k == start || denominator < 100m || !WordAt.Is(text, k, Fraction)) return false;
        scale = 100m / denominator;
        end = k + Fraction.Length;
        return true;
    }

    /// <summary>百分之X [至 (百分之)Y].</summary>
    private static bool TryVerbal(string text, int start, int numberStart, decimal scale, out PercentMention mention, out int next)
    {
        mention = default;
        next = numberStart;
        if (!NumeralScanner.TryScan(text, numberStart, integerOnly: false, out var low, out next)) return false;
        var end = low.End;
        Numeral? high = null;
        var separator = RangeSeparator.LengthAt(text, end);
        if (separator > 0)
        {
            var highStart = end + separator;
            if (TryFractionWord(text, highStart, out var highScale, out var afterWord) && highScale == scale) highStart = afterWord;
            if (NumeralScanner.TryScan(text, highStart, integerOnly: false, out var second, out _))
            {
                high = second;
                end = second.End;
            }
        }
        mention = new PercentMention(start, end, low, false, high, false, PercentKind.Percent, PercentForm.Direct, scale);
        next = end;
        return true;
    }

    /// <summary>[sign]X(% | 个百分点 | 成 | 折) [sep [sign]Y(same)], or [sign]X sep [sign]Y(% | 个百分点).</summary>
    private static bool TryFigure(string text, int start, out PercentMention mention, out int next)
    {
        mention = default;
        var lowNegative = ReadSign(text, start, out var numberStart);
        if (!NumeralScanner.TryScan(text, numberStart, integerOnly: false, out var low, out next)) return false;
        if (IsInsideUrlOrCode(text, start)) return false;

        var lowSuffix = SuffixAt(text, low.End, out var lowKind, out var lowForm);
        var afterLow = low.End + lowSuffix;
        var separator = RangeSeparator.LengthAt(text, afterLow);
        if (separator > 0)
        {
            var highNegative = ReadSign(text, afterLow + separator, out var highStart);
            if (NumeralScanner.TryScan(text, highStart, integerOnly: false, out var high, out _)
                && SuffixAt(text, high.End, out var highKind, out var highForm) is var highSuffix and > 0
                && (lowSuffix == 0 || lowKind == highKind && lowForm == highForm))
            {
                var end = high.End + highSuffix;
                // 七成到八成五, 三至四成半: the tail after the second 成 belongs to the upper end only
                var highExtra = highForm == PercentForm.Tenths ? ReadTenthsTail(text, end, out end) : 0m;
                mention = new PercentMention(start, end, low, lowNegative, high, highNegative, highKind, highForm, 1m, 0m, highExtra);
                next = mention.End;
                return true;
            }
        }
        if (lowSuffix == 0) return false;
        var lowExtra = lowForm == PercentForm.Tenths ? ReadTenthsTail(text, afterLow, out afterLow) : 0m;
        mention = new PercentMention(start, afterLow, low, lowNegative, null, false, lowKind, lowForm, 1m, lowExtra);
        next = afterLow;
        return true;
    }

    /// <summary>半成 (5), 半折 (50), 打对折 (对折, 50): a percentage written without a numeral.</summary>
    private static bool TryWordOnly(string text, int start, out PercentMention mention)
    {
        mention = default;
        if (start + 1 >= text.Length) return false;
        var half = text[start] == '半';
        if (!half && (start == 0 || text[start - 1] != '打')) return false; // 对折 alone is folding in two
        var form = text[start + 1] switch
        {
            '成' when half && IsTenthsUse(text, start + 2) => PercentForm.Tenths,
            '折' when IsDiscountUse(text, start + 2) => PercentForm.Discount,
            _ => (PercentForm?)null,
        };
        if (form is null) return false;
        // half of ten tenths is 0.5成 = 5%; half the price is 5折 = 50%
        var figure = form == PercentForm.Tenths ? 0.5m : 5m;
        var numeral = new Numeral(start, start + 1, figure, null, 1m, false, 0, false);
        mention = new PercentMention(start, start + 2, numeral, false, null, false, PercentKind.Percent, form.Value);
        return true;
    }

    /// <summary>三成半 (+5), 七成六 / 九成九 (+6 / +9): what follows 成 inside the same figure.</summary>
    private static decimal ReadTenthsTail(string text, int index, out int end)
    {
        end = index;
        if (index >= text.Length) return 0m;
        if (text[index] == '半') { end = index + 1; return 5m; }
        var digit = ChineseNumerals.DigitOrMinusOne(text[index]);
        if (digit is < 1 or > 9 || index + 1 < text.Length && NumeralScanner.IsNumeralChar(text[index + 1])) return 0m;
        end = index + 1;
        return digit;
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

    /// <summary>The length of % / 个百分点 / 百分点 / 成 / 折 at <paramref name="index"/> (0 when absent), its kind and form.</summary>
    private static int SuffixAt(string text, int index, out PercentKind kind, out PercentForm form)
    {
        kind = PercentKind.Percent;
        form = PercentForm.Direct;
        if (index >= text.Length) return 0;
        switch (text[index])
        {
            case '%':
                return IsUrlEscape(text, index) ? 0 : 1;
            case '成' when IsTenthsUse(text, index + 1):
                form = PercentForm.Tenths;
                return 1;
            case '折' when IsDiscountUse(text, index + 1):
                form = PercentForm.Discount;
                return 1;
        }
        kind = PercentKind.Points;
        if (text[index] is '个' or '個' && IsPointsWord(text, index + 1)) return 4;
        if (IsPointsWord(text, index)) return 3;
        return 0;
    }

    /// <summary>成 of a share, not the start of a word (一成不变, 三成员国, 两成立).</summary>
    private static bool IsTenthsUse(string text, int after) =>
        after >= text.Length || text[after] is not ('不' or '员' or '立' or '为' or '都' or '功' or '果' or '交' or '绩' or '长' or '熟' or '型' or '本' or '品' or '套' or '效');

    /// <summary>折 of a discount, not a word (折合, 折旧, 折算, 折射, 折线, 折叠, 折腾, 折返).</summary>
    private static bool IsDiscountUse(string text, int after) =>
        after >= text.Length || text[after] is not ('合' or '旧' or '算' or '射' or '线' or '叠' or '腾' or '返');

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
