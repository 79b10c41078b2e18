namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Words of jieba's dictionary that name a kind of body, not one body: an ordinary noun (tag n) made of vocabulary and an
/// organisation head (购物|中心, 旅行|社, 杂志|社, 营业|厅, 董事|局). A proper noun or an abbreviation (北京大学 nt, 长江日报 nz,
/// 发改委 j), a word jieba does not know (an abbreviation it cut: 人社局) or one whose name part is a proper noun (路透社, n,
/// but 路透 nz) names one.
/// </summary>
internal static class BodyKinds
{
    public static bool IsKindOfBody(NameResources names, ReadOnlySpan<char> word)
    {
        if (!names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(word.ToString(), word.Length, 1, out var headStart, out _) || headStart == 0)
            return false;
        var namePart = word[..headStart];
        return names.Common.Frequency(word) > 0 && !names.Common.IsProperNoun(word) && !names.Common.IsAbbreviation(word)
            && names.Common.Frequency(namePart) > 0 && !names.Common.IsProperNoun(namePart);
    }

    /// <summary>
    /// A word that ends in 企业 after vocabulary names a kind of firm by its size, ownership or trade (中型企业, 民营企业, 家电企业:
    /// 中型, 民营 and 家电 are counted 500 times or more and are no proper nouns), never one firm: before 集团 it makes an
    /// enterprise group of that kind (中型企业集团), not a brand. After a brand it is the firm's name (渣打企业银行: 渣打, nz).
    /// </summary>
    public static bool IsKindOfFirm(NameResources names, ReadOnlySpan<char> word) =>
        word.Length > Enterprise.Length && word.EndsWith(Enterprise) && names.Common.IsCommonNonProperWord(word[..^Enterprise.Length]);

    private const string Enterprise = "企业";
}
