using System.Buffers;
using ZoneExtract.Recognition.Numbers;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Money;

/// <summary>
/// Finds money spans in width-folded text: numeral [个 + scale] currency (212亿元, 50个亿元, 九千块钱), a currency
/// written before the amount (人民币8亿元, 港币两千九百六十元 → HKD, $20), a currency restated after 元 (8亿元人民币,
/// 9000元日币 → JPY), the small units of the yuan (123元1角1分, 十块三毛), and ranges (5-10亿元, 8.5亿元至10亿元,
/// 1万(含)-5万元). Qualifiers outside the numeral (近, 超, 约, 以上) stay outside. One left-to-right pass; numerals
/// are only read where a digit or numeral character opens a run.
/// </summary>
internal sealed class MoneyExtractor(CurrencyTable currencies)
{
    private const string Inclusive = "(含)";

    /// <summary>The characters a numeral can start with, looked for by vector search across the text between numerals.</summary>
    private static readonly SearchValues<char> NumeralChars = SearchValues.Create(
        [.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(NumeralScanner.IsNumeralChar)]);

    public void Find(string text, List<MoneyMention> mentions)
    {
        var i = 0;
        while (i < text.Length)
        {
            var skip = text.AsSpan(i).IndexOfAny(NumeralChars);
            if (skip < 0) return;
            i += skip;
            if (CannotBeMoney(text, i, out var next)) { i = next; continue; }
            if (TryMoneyAt(text, i, out var mention, out next)) mentions.Add(mention);
            i = Math.Max(next, i + 1);
        }
    }

    /// <summary>
    /// True when no money can start in the numeral run at <paramref name="start"/> (most runs: 一 of 进一步, 2020年, 6.4%),
    /// found without scanning it: every figure read from inside the run ends at one of its characters or at the character
    /// after it, and money needs a currency word, 个, (含) or a range separator there, or a currency word or sign right
    /// before the figure's start. <paramref name="next"/> is then the run's end, where a scan that fails at every start
    /// inside the run would resume as well.
    /// </summary>
    private bool CannotBeMoney(string text, int start, out int next)
    {
        next = NumeralScanner.RunEnd(text, start);
        for (var k = start; k <= next && k < text.Length; k++)
        {
            if (k < next && currencies.TryMatchBefore(text, k, out _, out _)) return false;
            if (k > start && (text[k] is '个' or '(' || RangeSeparator.LengthAt(text, k) > 0 || currencies.TryMatchAfter(text, k, out _, out _)))
                return false;
        }
        return true;
    }

    /// <summary>Reads money starting with a numeral at <paramref name="start"/>; <paramref name="next"/> is where scanning resumes.</summary>
    private bool TryMoneyAt(string text, int start, out MoneyMention mention, out int next)
    {
        mention = default;
        if (!NumeralScanner.TryScan(text, start, integerOnly: false, out var low, out next)) return false;

        var prefixed = currencies.TryMatchBefore(text, start, out var before, out var prefixStart);
        var position = ReadCountedScale(text, low.End, out var lowScale);
        var hasLowCurrency = TryCurrencyAfter(text, position, out var lowCurrency, out var lowEnd);
        var afterLow = hasLowCurrency ? lowEnd : position;
        if (WordAt.Is(text, afterLow, Inclusive)) afterLow += Inclusive.Length;

        if (TryRangeEnd(text, afterLow, out var high, out var highScale, out var highCurrency, out var highEnd)
            && (!hasLowCurrency || lowCurrency.Code == highCurrency.Code && lowCurrency.Factor == highCurrency.Factor))
        {
            return Build(text, start, prefixed ? (before, prefixStart) : null, low, lowScale, high, highScale, highCurrency, highEnd, out mention, out next);
        }
        if (hasLowCurrency)
        {
            return Build(text, start, prefixed ? (before, prefixStart) : null, low, lowScale, null, 1m, lowCurrency, lowEnd, out mention, out next);
        }
        // 人民币8亿, $20: the word or sign before the amount alone names the currency (a bare 8 after 人民币 is not enough).
        if (prefixed && (low.TrailingScale > 1m || !CharClass.IsIdeograph(before.Word[0])))
        {
            mention = new MoneyMention(prefixStart, position, low, lowScale, null, 1m, before.Code, before.Factor);
            next = position;
            return true;
        }
        return false;
    }

    /// <summary>
    /// The mention for an amount whose currency word ends at <paramref name="end"/>: a currency written before the
    /// amount names it when the word after is the generic 元 or the same currency (港币…元 → HKD, 人民币…美元 is not
    /// one span); the small units of the yuan follow 元 / 块.
    /// </summary>
    private bool Build(string text, int start, (CurrencyWord Word, int Start)? prefix, Numeral low, decimal lowScale,
        Numeral? high, decimal highScale, CurrencyWord currency, int end, out MoneyMention mention, out int next)
    {
        var spanStart = start;
        var code = currency.Code;
        var factor = currency.Factor;
        if (prefix is { } p && (currency.IsGenericYuan || currency.Code == p.Word.Code))
        {
            spanStart = p.Start;
            code = p.Word.Code;
        }
        var subunits = 0m;
        if (high is null && factor == 1m)
        {
            end = code == "CNY" ? ReadSubunits(text, end, out subunits) : ReadMinorUnit(text, end, code, out subunits);
        }
        mention = new MoneyMention(spanStart, end, low, lowScale, high, highScale, code, factor, subunits);
        next = end;
        return true;
    }

    /// <summary>The currency after an amount; after 元 another currency may restate or name it (8亿元人民币, 9000元日币, 三万元欧元).</summary>
    private bool TryCurrencyAfter(string text, int position, out CurrencyWord currency, out int end)
    {
        if (!currencies.TryMatchAfter(text, position, out currency, out end)) return false;
        if (currency.IsGenericYuan && currencies.TryMatchAfter(text, end, out var named, out var namedEnd)
            && !named.IsGenericYuan && named.Factor == 1m && IsCurrencyName(named))
        {
            currency = named;
            end = namedEnd;
        }
        return true;
    }

    /// <summary>A full currency name (日币, 欧元, 人民币), not a measure such as 块 that could start the next phrase.</summary>
    private static bool IsCurrencyName(CurrencyWord word) => word.Word.Length >= 2 && word.Word is not "块钱";

    /// <summary>[digit 角 | 毛] [digit 分] [钱] after 元 / 块: the small units, in decreasing order (三毛, 1角1分, 六角七分钱).</summary>
    private int ReadSubunits(string text, int position, out decimal amount)
    {
        amount = 0m;
        var lastFactor = 1m;
        var end = position;
        while (end + 1 < text.Length && ChineseNumerals.DigitOrMinusOne(text[end]) is var digit and >= 0)
        {
            var factor = currencies.SubunitFactor(text[end + 1]);
            if (factor == 0m || factor >= lastFactor) break;
            // 3分钟, 三分之一: 分 of time and fractions
            if (text[end + 1] == '分' && end + 2 < text.Length && text[end + 2] is '钟' or '之') break;
            amount += digit * factor;
            lastFactor = factor;
            end += 2;
        }
        if (end > position && end < text.Length && text[end] == '钱') end++;
        return end;
    }

    /// <summary>[又] N + the minor unit of the same currency (两美元又三美分 → 0.03, 10日元5日本銭 → 0.05).</summary>
    private int ReadMinorUnit(string text, int position, string code, out decimal amount)
    {
        amount = 0m;
        var start = position < text.Length && text[position] == '又' ? position + 1 : position;
        if (start >= text.Length || !NumeralScanner.IsNumeralChar(text[start])) return position;
        if (!NumeralScanner.TryScan(text, start, integerOnly: true, out var minor, out _)) return position;
        if (!currencies.TryMatchAfter(text, minor.End, out var unit, out var end) || unit.Code != code || unit.Factor >= 1m) return position;
        amount = minor.Value * unit.Factor;
        return end;
    }

    private bool TryRangeEnd(string text, int position, out Numeral high, out decimal scale, out CurrencyWord currency, out int end)
    {
        high = default;
        scale = 1m;
        currency = default;
        end = position;
        var separator = RangeSeparator.LengthAt(text, position);
        if (separator == 0) return false;
        if (!NumeralScanner.TryScan(text, position + separator, integerOnly: false, out high, out _)) return false;
        var afterScale = ReadCountedScale(text, high.End, out scale);
        return TryCurrencyAfter(text, afterScale, out currency, out end);
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
