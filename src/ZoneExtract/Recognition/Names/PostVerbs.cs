using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Where a name starts once the verbs by which news names a post and its time (时任保利地产董事长, 辞任公司董事长: post-verbs.tsv)
/// are left to the sentence.
/// </summary>
internal static class PostVerbs
{
    /// <summary>
    /// Where a run of words from <paramref name="start"/> to <paramref name="end"/> starts after its last post verb of
    /// <paramref name="verbs"/>, or <paramref name="start"/>.
    /// </summary>
    public static int StartAfter(SpanTable<bool> verbs, string text, TokenBoundaries words, int start, int end)
    {
        var after = start;
        for (var at = start; at < end; at = words.WordEnd(at, end))
            if (verbs.Contains(text.AsSpan(at, words.WordEnd(at, end) - at))) after = words.WordEnd(at, end);
        return after;
    }
}
