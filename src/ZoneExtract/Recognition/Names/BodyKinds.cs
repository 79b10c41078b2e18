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
}
