using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A defined short name that names no firm: filings define the discloser and the parties by kind (以下简称“公司”, 简称“本集团”,
/// “合资公司”, “项目公司”), the defined terms of the CSRC's disclosure formats, and the contract annotates no generic mention
/// (该公司). Such an alias is a word for firms (公司, 集团, 企业…: the firm nouns of <c>list-group-nouns.tsv</c>) with at most a
/// determiner or one common word of two characters before it (本, 该, 合资, 项目); a name before the noun (新材料集团,
/// 济高实业) is a firm's.
/// </summary>
internal static class CompanyGenericAlias
{
    private const int MaxKindWord = 2;

    public static bool IsGeneric(string alias, NameLexicons lexicons, CommonWords common)
    {
        foreach (var noun in lexicons.FirmGroupNouns)
        {
            if (!alias.EndsWith(noun, StringComparison.Ordinal)) continue;
            var before = alias.AsSpan(0, alias.Length - noun.Length);
            if (before.Length <= 1 || before.Length <= MaxKindWord && common.IsCommonNonProperWord(before)) return true;
        }
        return false;
    }
}
