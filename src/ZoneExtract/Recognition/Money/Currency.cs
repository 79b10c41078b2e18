using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Money;

/// <summary>
/// Currency words written after an amount, with their ISO 4217 code and the factor that turns the written
/// unit into the currency's main unit (美分 is a hundredth of a dollar). Longest word wins (港元 before 元).
/// </summary>
internal static class Currency
{
    private readonly record struct Unit(string Word, string Code, decimal Factor);

    // Sorted longest first within each starting character by Build().
    private static readonly Unit[] Units =
    [
        new("元", "CNY", 1m), new("人民币", "CNY", 1m), new("块钱", "CNY", 1m), new("块", "CNY", 1m),
        new("美元", "USD", 1m), new("美金", "USD", 1m), new("美分", "USD", 0.01m),
        new("欧元", "EUR", 1m), new("港元", "HKD", 1m), new("港币", "HKD", 1m),
        new("日元", "JPY", 1m), new("日币", "JPY", 1m), new("英镑", "GBP", 1m), new("韩元", "KRW", 1m),
        new("澳元", "AUD", 1m), new("加元", "CAD", 1m), new("加拿大元", "CAD", 1m),
        new("新台币", "TWD", 1m), new("台币", "TWD", 1m), new("澳门元", "MOP", 1m), new("澳门币", "MOP", 1m),
        new("新加坡元", "SGD", 1m), new("新西兰元", "NZD", 1m), new("瑞士法郎", "CHF", 1m),
        new("卢布", "RUB", 1m), new("印度卢比", "INR", 1m), new("卢比", "INR", 1m), new("泰铢", "THB", 1m),
        new("瑞典克朗", "SEK", 1m), new("挪威克朗", "NOK", 1m), new("丹麦克朗", "DKK", 1m),
        new("林吉特", "MYR", 1m), new("越南盾", "VND", 1m), new("印尼盾", "IDR", 1m),
    ];

    private static readonly Dictionary<char, Unit[]> ByFirstChar = Units
        .GroupBy(u => u.Word[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(u => u.Word.Length).ToArray());

    /// <summary>Matches a currency word at <paramref name="index"/>; false when there is none or it is not money there.</summary>
    /// <param name="text">Width-folded text.</param>
    /// <param name="index">Where the currency word must start (just after the numeral).</param>
    /// <param name="code">The ISO 4217 code.</param>
    /// <param name="factor">The written unit in the currency's main unit (美分 → 0.01).</param>
    /// <param name="end">Index just past the currency word.</param>
    public static bool TryMatch(string text, int index, out string code, out decimal factor, out int end)
    {
        code = "";
        factor = 1m;
        end = index;
        if (index >= text.Length || !ByFirstChar.TryGetValue(text[index], out var candidates)) return false;
        foreach (var unit in candidates)
        {
            if (!WordAt.Is(text, index, unit.Word)) continue;
            var after = index + unit.Word.Length;
            if (!IsCurrencyUse(text, unit.Word, after)) return false;
            code = unit.Code;
            factor = unit.Factor;
            end = after;
            // 8亿元人民币: the trailing 人民币 restates the currency and belongs to the span.
            if (unit.Word == "元" && WordAt.Is(text, end, "人民币")) end += 3;
            return true;
        }
        return false;
    }

    /// <summary>Rules out the words that only look like a currency after a numeral: 二元结构, 多元化, 两块地.</summary>
    private static bool IsCurrencyUse(string text, string word, int after)
    {
        var next = after < text.Length ? text[after] : '\0';
        return word switch
        {
            "元" => next is not ('化' or '素' or '论' or '件' or '旦' or '宵' or '首' or '帅' or '老' or '年' or '结' or '次' or '函' or '方'),
            // 块 is also a measure word (两块地, 三块屏): money only when no noun follows; 一块 alone is 'together'.
            "块" => text[after - 2] != '一' && (!CharClass.IsIdeograph(next) || next is '多' or '左' or '以'),
            _ => true,
        };
    }
}
