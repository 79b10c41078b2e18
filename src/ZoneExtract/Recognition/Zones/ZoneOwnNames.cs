using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// A zone's own name alone (中关村) as a whole word, where it names the zone: before a pause, a function word or a verb
/// (看中关村。, 在中关村|组装), before a body's head or a word ending in one (中关村|管委会, 前海|管理局), or before the field
/// or kind of what is the zone's (中关村|产品, 中关村|新兴产业, company-field-words.tsv). Before a zone word it starts a longer
/// zone (中关村|科学城), and before another word it starts a firm's or a platform's name (中关村|智能, an incubator; 中关村|银行)
/// or names a place (中关村|地区), unless the text has named the zone so already and that word is common vocabulary
/// (中关村|部分|企业). The names come from the demonstration-zone list and zone-own-names.tsv.
/// </summary>
internal sealed class ZoneOwnNames(ZoneGazetteer gazetteer, LeadingPlaces leadingPlaces, Names.NameResources names)
{
    private const int MaxParkWords = 2;

    private const char VersionMarker = '版';

    public void Add(Document document, List<Entity> candidates)
    {
        var text = document.Text;
        var words = document.Words;
        foreach (var (name, canonical, kind) in gazetteer.OwnNames)
        {
            var undecided = new List<(int NameStart, int End)>();
            var named = false;
            for (var start = text.IndexOf(name, StringComparison.Ordinal); start >= 0; start = text.IndexOf(name, start + 1, StringComparison.Ordinal))
            {
                var end = start + name.Length;
                // a line's first word has no boundary before it in the segmenter's output (⏎中关村管委会)
                var startsWord = words.IsBoundary(start) || char.IsWhiteSpace(text[start - 1]);
                if (!startsWord || end < text.Length && !words.IsBoundary(end)) continue;
                // X版 before the name makes it a figure of speech, another place's "version" of the zone (合肥版中关村, 深圳版张江)
                if (start > 0 && text[start - 1] == VersionMarker) continue;
                // a province or city right before the name is the zone's (北京中关村)
                var nameStart = leadingPlaces.Before(document, start);
                var parkEnd = ParkEndAfter(text, words, end);
                if (parkEnd > 0) candidates.Add(new ZoneEntity(nameStart, parkEnd - nameStart, document.Slice(nameStart, parkEnd - nameStart), ZoneKind.Park, null));
                else if (NamesZoneBefore(text, words, end))
                {
                    candidates.Add(new ZoneEntity(nameStart, end - nameStart, document.Slice(nameStart, end - nameStart), kind, canonical));
                    named = true;
                }
                else if (ModifiesCommonWord(text, words, end)) undecided.Add((nameStart, end));
            }
            // once the text has named the zone by its name, the name before a common word is the zone as well (中关村管委会 …
            // 中关村|部分|企业): one sense in one text; before a locality or a name's head it stays another name (中关村|地区)
            if (!named) continue;
            foreach (var (nameStart, end) in undecided)
                candidates.Add(new ZoneEntity(nameStart, end - nameStart, document.Slice(nameStart, end - nameStart), kind, canonical));
        }
    }

    /// <summary>
    /// True when the word after the name is common vocabulary (部分, 实际) that modifies or follows the zone rather than
    /// continuing a name: no generic word that opens a firm's or a platform's name (中关村|智能, an incubator), no locality
    /// (地区, 一带), no division's suffix (镇), no name's head.
    /// </summary>
    private bool ModifiesCommonWord(string text, TokenBoundaries words, int end)
    {
        if (end == text.Length || !CharClass.IsIdeograph(text[end])) return false;
        var next = text.AsSpan(end, words.WordEnd(end, text.Length) - end);
        return next.Length > 1 && names.Common.IsCommon(next) && !names.Prefix.IsGeneric(next)
            && !names.Common.IsFrequentLocality(next) && !names.Places.IsAdministrativeSuffix(next[0])
            && !names.Lexicons.CompanySuffixes.Contains(next) && !names.ZoneSuffixes.TryMatchEndingAt(next.ToString(), next.Length, out _, out _);
    }

    /// <summary>
    /// The end of a park named after a zone's own name (中关村|海淀|园, 中关村|环保|园: the demonstration zone's parks are
    /// its name, a district or a field, and 园), or -1: at most <see cref="MaxParkWords"/> name words, then 园 as a word of
    /// its own or closing a word that is no common vocabulary (海淀园; a compound such as 公园 or 家园 is another thing).
    /// </summary>
    private int ParkEndAfter(string text, TokenBoundaries words, int end)
    {
        var at = end;
        for (var taken = 0; taken <= MaxParkWords && at < text.Length; taken++)
        {
            var wordEnd = words.WordEnd(at, text.Length);
            var word = text.AsSpan(at, wordEnd - at);
            if (word is "园") return taken > 0 ? wordEnd : -1;
            if (word.Length > 1 && word[^1] == '园' && !names.Common.IsCommon(word)) return wordEnd; // 海淀园, not 公园
            if (taken == MaxParkWords || !NamePrefix.IsNameMaterial(word) || names.Prefix.IsStopWord(word) || names.Common.IsVerb(word)) return -1;
            at = wordEnd;
        }
        return -1;
    }

    private bool NamesZoneBefore(string text, TokenBoundaries words, int end)
    {
        if (end == text.Length || !CharClass.IsIdeograph(text[end])) return true;
        var next = text[end..words.WordEnd(end, text.Length)];
        // a division's suffix after the name makes it the town or district that shares it (亦庄|镇政府, 张江|镇)
        if (names.Places.IsAdministrativeSuffix(next[0]) && !names.Lexicons.OrganizationSuffixes.Contains(next)) return false;
        return names.Common.IsFrequentNonNameWord(next) || names.Prefix.IsStopWord(next) || names.Common.IsVerb(next)
            || names.Lexicons.OrganizationSuffixes.Contains(next) || names.Lexicons.EndsWithOrganizationHead(next) || EndsWithFieldWord(next);
    }

    private bool EndsWithFieldWord(string word)
    {
        for (var length = 1; length <= word.Length; length++)
        {
            if (names.Lexicons.CompanyFieldWords.Contains(word.AsSpan(word.Length - length))) return true;
        }
        return false;
    }
}
