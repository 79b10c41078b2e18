using System.Text.RegularExpressions;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A listed firm's stock code in brackets right after its name (禾迈股份（688032.SH）, 融创中国（01918.HK）, 贵州茅台（股票代码：600519）):
/// financial news writes it only after the name of a listed company, so it shows that a name that is also common vocabulary
/// (和元生物, 前沿生物) names the firm.
/// </summary>
internal static partial class StockCodeAfter
{
    /// <summary>The longest bracketed code looked at (（股票代码：600519.SH） is 18 characters).</summary>
    private const int MaxLength = 24;

    /// <summary>True when a bracketed stock code starts at <paramref name="end"/>.</summary>
    public static bool At(string text, int end) =>
        end < text.Length && text[end] is '（' or '(' && Code().IsMatch(text.AsSpan(end, Math.Min(MaxLength, text.Length - end)));

    // an exchange prefix or suffix may go with the digits (SH600519, 300750.SZ, 00700.HK); a list of codes goes on after 、 or ，
    [GeneratedRegex(@"^[（(]\s*(?:(?:股票|证券)?代码[:：]\s*)?(?:[A-Za-z]{2})?\d{4,6}(?:\.[A-Za-z]{2})?\s*[）)，,、；;]")]
    private static partial Regex Code();
}
