using System.Buffers;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// The noun that says what the members of a list closed by 等 are (等企业, 等国内30家主要汽车厂商, 等多个单位): reached from 等
/// over a few modifying words (at most 12 characters), never over a verb, a function word or punctuation, so that in 政策、品牌等是上述企业关注的问题
/// 企业 is no group noun of the list.
/// </summary>
/// <param name="common">Tells the frequent words that end a run of modifiers.</param>
/// <param name="prefix">Tells the function words.</param>
/// <param name="nouns">The group nouns looked for, in order of preference.</param>
internal sealed class ListGroupNoun(CommonWords common, NamePrefix prefix, IReadOnlyList<string> nouns)
{
    // a word whose first (or last) character opens (or closes) no noun is not compared with each noun
    private readonly SearchValues<char> _firstChars = SearchValues.Create([.. nouns.Where(n => n.Length > 0).Select(n => n[0]).Distinct()]);
    private readonly SearchValues<char> _lastChars = SearchValues.Create([.. nouns.Where(n => n.Length > 0).Select(n => n[^1]).Distinct()]);

    private const int MaxModifiers = 6;
    private const int MaxDistance = 12;

    /// <summary>The first of the nouns that starts a word, or ends one (汽车企业), after <paramref name="from"/>; null for none.</summary>
    public string? Find(Document document, int from)
    {
        var text = document.Text;
        var at = from;
        if (IsPlaceClassifier(document, from)) return null;
        for (var words = 0; words <= MaxModifiers && at < text.Length && at - from <= MaxDistance; words++)
        {
            if (_firstChars.Contains(text[at]))
                foreach (var noun in nouns) if (text.AsSpan(at).StartsWith(noun, StringComparison.Ordinal)) return noun;
            var end = at + 1;
            while (end < text.Length && !document.Words.IsBoundary(end)) end++;
            var word = text.AsSpan(at, end - at);
            if (_lastChars.Contains(word[^1]))
                foreach (var noun in nouns) if (word.Length > noun.Length && word.EndsWith(noun, StringComparison.Ordinal)) return noun;
            if (!IsModifier(word, afterNumeral: at > from && char.IsAsciiDigit(text[at - 1]))) return null;
            at = end;
        }
        return null;
    }

    /// <summary>
    /// 等地 (and other places), 等国, 等省, 等市, 等县: the members are places, whatever noun follows (承德、邢台、唐山、张家口等地爱心企业).
    /// </summary>
    private static bool IsPlaceClassifier(Document document, int at) =>
        at < document.Text.Length && PlaceClassifiers.Contains(document.Text[at]) && document.Words.IsBoundary(at + 1);

    private const string PlaceClassifiers = "地国省市县";

    /// <summary>
    /// A word between 等 and its noun: ideographs or digits, no frequent verb or function word (是, 在), and no one-character
    /// stop word (的 opens a relative clause: 等战略性新兴产业领域的86个项目) unless it counts after a numeral (30家).
    /// </summary>
    private bool IsModifier(ReadOnlySpan<char> word, bool afterNumeral)
    {
        foreach (var c in word) if (!Text.CharClass.IsIdeograph(c) && !char.IsAsciiDigit(c)) return false;
        return !common.IsFrequentNonNameWord(word) && (word.Length > 1 || afterNumeral || !prefix.IsStopWord(word));
    }
}
