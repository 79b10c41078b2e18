using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// A quoted name that ends in a zone suffix or an innovation valley's 谷 (“大创谷” → 大创谷, quotes outside): quotation
/// marks mark a proper name, so no name check is needed beyond a non-empty part before the suffix.
/// </summary>
/// <param name="suffixes">The zone suffixes.</param>
/// <param name="valleyMorphemes">Morphemes that make X谷 an innovation carrier.</param>
/// <param name="zones">Adds the zones found.</param>
/// <param name="common">jieba's dictionary, for the common words of a quoted title.</param>
internal sealed class QuotedZoneNames(ZoneSuffixes suffixes, string valleyMorphemes, ZoneCandidates zones, CommonWords common)
{
    private const int MaxQuotedName = 12;

    /// <summary>How far before the quotes a verb of designation may stand (确定为全市“…”, 获评省级“…”).</summary>
    private const int MaxDesignationReach = 8;

    /// <summary>Verbs that confer a title (确定为, 评为, 入选, 认定为): what is quoted after them is the title.</summary>
    private static readonly string[] DesignationVerbs = ["确定为", "评为", "获评", "入选", "认定为", "列为", "授予", "荣获"];

    /// <summary>Adds the quoted zone names of <paramref name="document"/>.</summary>
    public void Add(Document document, List<Entity> candidates)
    {
        var text = document.Text;
        for (var open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            var close = text.IndexOf('”', open + 1, Math.Min(MaxQuotedName + 1, text.Length - open - 1));
            if (close < 0) continue;
            var start = open + 1;
            if (!NamePrefix.IsNameMaterial(text.AsSpan(start, close - start))) continue;
            if (suffixes.TryMatchEndingAt(text, close, out var suffix, out var kind) && close - start > suffix.Length)
            {
                if (!IsConferredTitle(document, open, start, close - suffix.Length)) zones.Add(document, candidates, start, close, kind);
            }
            else if (text[close - 1] == '谷' && close - start >= 2 && valleyMorphemes.Contains(text[close - 2]))
                zones.Add(document, candidates, start, close, ZoneKind.Valley); // not a valley of the land (“赫尔曼德河山谷”)
        }
    }

    /// <summary>
    /// A title conferred on a zone (市政府确定为全市“现代农业示范区”, 获评省级“特色产业园区”) is quoted too, but only vocabulary
    /// stands before its kind: it names the class of zones the title makes, not one of them.
    /// </summary>
    private bool IsConferredTitle(Document document, int open, int start, int headStart)
    {
        var text = document.Text;
        var before = text.AsSpan(Math.Max(0, open - MaxDesignationReach), Math.Min(open, MaxDesignationReach));
        var designated = false;
        foreach (var verb in DesignationVerbs) designated |= before.Contains(verb, StringComparison.Ordinal);
        if (!designated) return false;
        var words = document.Words;
        for (var at = start; at < headStart; at = words.WordEnd(at, headStart))
        {
            // a word jieba's dictionary holds as vocabulary, however rare (现代农业, 特色产业); a word it lacks or tags as a
            // name (大创, 东莞市) makes the quoted words a name
            var word = text.AsSpan(at, words.WordEnd(at, headStart) - at);
            if (common.Frequency(word) == 0 || common.IsProperNoun(word) || common.IsPlaceName(word)) return false;
        }
        return true;
    }
}
