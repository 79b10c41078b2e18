using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Holds the model's spans to the same idea of a name that the rules use, so that the two sources agree:
/// no span runs across a conjunction or punctuation (湖南省和黔东南), and a span that ends in a company or
/// organisation head needs a specific part before it (劳务公司, 研发中心 are kinds, not names; 新格局 ends
/// in the ordinary word 格局, not in the head 局).
/// </summary>
internal static class ModelSpanFilter
{
    private const string Joiners = "和与及或、,;:。!?\"“”'‘’《》";

    public static bool IsNameShaped(ReadOnlySpan<char> span)
    {
        if (span.IndexOfAny(Joiners) >= 0 || span.IndexOfAny(' ', '\t', '\n') >= 0) return false;
        return HasSpecificPart(span, NameLexicons.CompanySuffixes) && HasSpecificPart(span, NameLexicons.OrganizationSuffixes);
    }

    private static bool HasSpecificPart(ReadOnlySpan<char> span, SpanTable<bool> heads)
    {
        var text = span.ToString();
        if (!heads.TryLongestEndingAt(text, text.Length, 1, out var headStart, out _)) return true;
        if (text.Length - headStart == 1 && text.Length >= 2 && CommonWords.IsCommon(text[^2..])) return false; // 格局, 布局
        var part = text[..headStart];
        return part.Length > 0 && !NamePrefix.IsGeneric(part) && !CommonWords.IsFrequentNonNameWord(part);
    }
}
