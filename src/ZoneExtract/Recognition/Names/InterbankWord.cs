namespace ZoneExtract.Recognition.Names;

/// <summary>
/// 银行间 (interbank: 上海银行间同业拆放利率, 中国银行间市场交易商协会, 银行间债券市场) is one word of the money market, though jieba
/// cuts a bank's name off it (上海银行|间): a name that ends in 银行 right before 间 is that word's first part, not a bank.
/// </summary>
internal static class InterbankWord
{
    public static bool EndsInside(string text, int end) =>
        end >= 2 && end < text.Length && text[end] == '间' && text[end - 2] == '银' && text[end - 1] == '行';
}
