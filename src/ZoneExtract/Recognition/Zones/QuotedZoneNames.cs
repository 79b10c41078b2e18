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
internal sealed class QuotedZoneNames(ZoneSuffixes suffixes, string valleyMorphemes, ZoneCandidates zones)
{
    private const int MaxQuotedName = 12;

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
                zones.Add(document, candidates, start, close, kind);
            else if (text[close - 1] == '谷' && close - start >= 2 && valleyMorphemes.Contains(text[close - 2]))
                zones.Add(document, candidates, start, close, ZoneKind.Valley); // not a valley of the land (“赫尔曼德河山谷”)
        }
    }
}
