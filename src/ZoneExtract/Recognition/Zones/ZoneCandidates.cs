using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Adds a zone found by pattern as a candidate: with a brand-like prefix joined by a middle dot, and with its official
/// name when the gazetteer lists it.
/// </summary>
/// <param name="gazetteer">Gives a pattern-found zone its official name when it is listed.</param>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
/// <param name="zoneWords">The word tests the zone rules share.</param>
internal sealed class ZoneCandidates(ZoneGazetteer gazetteer, Names.NameResources names, ZoneWords zoneWords)
{
    /// <summary>Adds the zone <paramref name="start"/>..<paramref name="end"/> of <paramref name="kind"/>.</summary>
    public void Add(Document document, List<Entity> candidates, int start, int end, ZoneKind kind)
    {
        start = ThroughDottedPrefix(document, start);
        var canonical = gazetteer.Names.TryGet(document.Text.AsSpan(start, end - start), out var entry) ? entry.Canonical : null;
        candidates.Add(new ZoneEntity(start, end - start, document.Slice(start, end - start), kind, canonical));
    }

    /// <summary>
    /// A brand-like prefix joined by a middle dot is part of a zone's name (世界计算·长沙智谷): one or two words of ideographs,
    /// at most 6 characters, right before the dot; a function word ends it, and a verb may only be the word next to the dot
    /// (建设|世界|计算·: 计算 is a verb to jieba).
    /// </summary>
    private int ThroughDottedPrefix(Document document, int start)
    {
        var text = document.Text;
        var words = document.Words;
        if (start < 2 || text[start - 1] is not ('·' or '•' or '・') || !words.IsBoundary(start - 1)) return start;
        var prefix = start - 1;
        for (var taken = 0; taken < 2; taken++)
        {
            var wordStart = words.StartOfWordEndingAt(prefix);
            if (wordStart < 0 || start - 1 - wordStart > MaxDottedPrefix) break;
            var word = text.AsSpan(wordStart, prefix - wordStart);
            if (!ZoneWords.IsIdeographs(word) || names.Prefix.IsStopWord(word) || (taken > 0 && zoneWords.IsNonNameWord(word))) break;
            prefix = wordStart;
        }
        return prefix < start - 1 ? prefix : start;
    }

    private const int MaxDottedPrefix = 6;
}
