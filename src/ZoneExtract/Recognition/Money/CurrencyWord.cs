namespace ZoneExtract.Recognition.Money;

/// <summary>Where a currency word may stand relative to the amount.</summary>
[Flags]
internal enum CurrencyPlacement
{
    /// <summary>After the amount: 5亿美元, 30块.</summary>
    After = 1,
    /// <summary>Before the amount: 港币2960元, $20.</summary>
    Before = 2,
    /// <summary>Either side: 人民币8亿元, 8亿元人民币.</summary>
    Both = After | Before,
}

/// <summary>A currency word or sign: its ISO 4217 code and the factor that turns the written unit into the main unit (美分 → 0.01).</summary>
internal readonly record struct CurrencyWord(string Word, string Code, decimal Factor, CurrencyPlacement Placement)
{
    /// <summary>元 / 圆 name no particular currency when another one is written before the amount (港币2960元 is HKD).</summary>
    public bool IsGenericYuan => Word is "元" or "圆";
}
