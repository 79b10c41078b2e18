using System.Text.RegularExpressions;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A listed firm's stock code in brackets right after its name (禾迈股份（688032.SH）, 融创中国（01918.HK）, 贵州茅台（股票代码：600519）):
/// financial news writes it only after the name of a listed company, so it shows that a name that is also common vocabulary
/// (和元生物, 前沿生物) names the firm. So does a mark of the Hong Kong exchange's short names right after the name (快手-W,
/// 蔚来-SW, 网易-S: weighted voting rights, a secondary listing, -B a biotech firm without revenue, -P a specialist technology firm),
/// which only a listed firm's name bears.
/// </summary>
internal static partial class StockCodeAfter
{
    /// <summary>The longest bracketed code looked at (（股票代码：600519.SH） is 18 characters).</summary>
    private const int MaxLength = 24;

    /// <summary>True when a bracketed stock code starts at <paramref name="end"/>.</summary>
    public static bool At(string text, int end) =>
        end < text.Length && (text[end] is '（' or '(' && Code().IsMatch(text.AsSpan(end, Math.Min(MaxLength, text.Length - end)))
            || text[end] is '-' or '－' && HongKongMark().IsMatch(text.AsSpan(end, Math.Min(MaxMarkLength, text.Length - end))));

    /// <summary>The longest mark looked at: the dash, two letters and the character after them.</summary>
    private const int MaxMarkLength = 4;

    // an exchange prefix or suffix may go with the digits (SH600519, 300750.SZ, 00700.HK); a list of codes goes on after 、 or ，
    [GeneratedRegex(@"^[（(]\s*(?:(?:股票|证券)?代码[:：]\s*)?(?:[A-Za-z]{2})?\d{4,6}(?:\.[A-Za-z]{2})?\s*[）)，,、；;]")]
    private static partial Regex Code();

    // HKEX's marks: W, S, SW, B, SB, P, not followed by a further letter (蔚来-SW跌, not a model name such as -SUV)
    [GeneratedRegex(@"^[-－](?:SW|SB|W|S|B|P)(?![A-Za-z])")]
    private static partial Regex HongKongMark();
}
