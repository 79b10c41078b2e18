using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Money;

/// <summary>
/// Finds money spans in width-folded text: numeral [个 + scale] currency (212亿元, 50个亿元, 九千块钱),
/// 人民币 before or after (人民币8亿元, 8亿元人民币), and ranges (5-10亿元, 8.5亿元至10亿元, 5亿到10亿元).
/// Qualifiers outside the numeral (近, 超, 约, 以上) stay outside. One left-to-right pass; numerals are
/// only read where a digit or numeral character opens a run.
/// </summary>
internal static class MoneyExtractor
{
    private const string Renminbi = "人民币";

    public static void Find(string text, List<MoneyMention> mentions)
    {
        var i = 0;
        while (i < text.Length)
        {
            if (!NumeralScanner.IsNumeralChar(text[i])) { i++; continue; }
            if (TryMoneyAt(text, i, out var mention, out var next)) mentions.Add(mention);
            i = Math.Max(next, i + 1);
        }
    }

    /// <summary>Reads money starting with a numeral at <paramref name="start"/>; <paramref name="next"/> is where scanning resumes.</summary>
    private static bool TryMoneyAt(string text, int start, out MoneyMention mention, out int next)
    {
        mention = default;
        if (!NumeralScanner.TryScan(text, start, integerOnly: false, out var low, out next)) return false;

        var prefixed = WordAt.Is(text, start - Renminbi.Length, Renminbi);
        var spanStart = prefixed ? start - Renminbi.Length : start;
        var position = ReadCountedScale(text, low.End, out var lowScale);
        var hasLowCurrency = Currency.TryMatch(text, position, out var lowCode, out var lowFactor, out var lowEnd);
        var afterLow = hasLowCurrency ? lowEnd : position;

        if (TryRangeEnd(text, afterLow, out var high, out var highScale, out var highCode, out var highFactor, out var highEnd)
            && (!hasLowCurrency || lowCode == highCode && lowFactor == highFactor)
            && (!prefixed || highCode == "CNY"))
        {
            mention = new MoneyMention(spanStart, highEnd, low, lowScale, high, highScale, highCode, highFactor);
            next = highEnd;
            return true;
        }
        if (hasLowCurrency && (!prefixed || lowCode == "CNY"))
        {
            mention = new MoneyMention(spanStart, lowEnd, low, lowScale, null, 1m, lowCode, lowFactor);
            next = lowEnd;
            return true;
        }
        if (prefixed && low.TrailingScale > 1m)
        {
            // 人民币8亿: the prefix alone names the currency.
            mention = new MoneyMention(spanStart, position, low, lowScale, null, 1m, "CNY", 1m);
            next = position;
            return true;
        }
        return false;
    }

    private static bool TryRangeEnd(string text, int position, out Numeral high, out decimal scale, out string code, out decimal factor, out int end)
    {
        high = default;
        scale = 1m;
        code = "";
        factor = 1m;
        end = position;
        var separator = RangeSeparator.LengthAt(text, position);
        if (separator == 0) return false;
        if (!NumeralScanner.TryScan(text, position + separator, integerOnly: false, out high, out _)) return false;
        var afterScale = ReadCountedScale(text, high.End, out scale);
        return Currency.TryMatch(text, afterScale, out code, out factor, out end);
    }

    /// <summary>50个亿元: a scale written after the measure word 个. Returns where the currency must start.</summary>
    private static int ReadCountedScale(string text, int position, out decimal scale)
    {
        scale = 1m;
        if (position >= text.Length || text[position] != '个') return position;
        var k = position + 1;
        decimal product = 1m;
        while (k < text.Length)
        {
            var unit = ChineseNumerals.LargeUnit(text[k]);
            if (unit == 0m) unit = ChineseNumerals.SmallUnit(text[k]);
            if (unit == 0m) break;
            product *= unit;
            k++;
        }
        if (k == position + 1 || k - position > 4) return position;
        scale = product;
        return k;
    }
}
