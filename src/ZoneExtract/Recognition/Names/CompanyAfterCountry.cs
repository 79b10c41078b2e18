using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A foreign country written before a listed firm says where the firm is from and stays outside its name (英国|阿斯利康,
/// 法国|达飞海运集团, 美国|雅培公司: the contract's longest span is one entity, and the country is a place of its own).
/// The model reads such a run as one place or one firm (英国阿斯利康 a LOC); it is split into the country and the firm when
/// what follows the country is a listed firm's form that is no listed place, alone or closed by a legal form (达飞海运 + 集团). A
/// name whose rest is no listed firm stays whole (法国电力集团), and so does a bank (法国兴业银行).
/// </summary>
internal static class CompanyAfterCountry
{
    /// <summary>The country's length when <paramref name="name"/> is a foreign country and a listed firm; 0 otherwise.</summary>
    public static int CountryLength(string name, SpanTable<bool> countries, SpanTable<bool> places, NameLexicon listed, NameLexicons lexicons,
        CommonWords common)
    {
        for (var length = Math.Min(MaxCountryLength, name.Length - MinFirmLength); length >= 2; length--)
        {
            if (!countries.TryGet(name.AsSpan(0, length), out _)) continue;
            var rest = name[length..];
            if (rest.EndsWith(Bank, StringComparison.Ordinal)) return 0;
            if (lexicons.LegalFormOf(rest) is { } legalForm && rest.Length - legalForm.Length >= MinFirmLength) rest = rest[..^legalForm.Length];
            // after a country even a rare word jieba holds as a place (阿斯利康, ns 15) names the firm, but not a listed place
            // nor a word jieba knows 100 times or more, the converters' mark of an ambiguous form (德国|科隆 the city,
            // 韩国|现代 the country's modern times)
            return listed.Forms.TryGet(rest, out _) && !places.TryGet(rest, out _) && common.Frequency(rest) < KnownWordFrequency ? length : 0;
        }
        return 0;
    }

    /// <summary>A foreign bank keeps its country in Chinese (法国兴业银行, 美国东亚银行), as fortune_global_500.py keeps 银行.</summary>
    private const string Bank = "银行";

    private const int KnownWordFrequency = 100;

    private const int MaxCountryLength = 5;
    private const int MinFirmLength = 2;
}
