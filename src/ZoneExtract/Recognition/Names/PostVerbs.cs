namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Words by which news names a post and the time its holder held it (时任保利地产董事长, 现任中海地产总经理, 辞任公司董事长,
/// 卸任董事长, 曾任国家科委主任): they belong to the sentence, so a firm's or a body's name before the title starts after
/// them, and a span that opens with one is no name.
/// </summary>
internal static class PostVerbs
{
    public static bool Contains(ReadOnlySpan<char> word) => word is "时任" or "现任" or "曾任" or "历任" or "原任" or "前任" or "新任"
        or "担任" or "出任" or "调任" or "升任" or "兼任" or "接任" or "继任" or "就任" or "转任" or "改任" or "拟任" or "留任" or "连任"
        or "卸任" or "辞任" or "离任" or "免去" or "辞去";

    /// <summary>Where a run of words from <paramref name="start"/> to <paramref name="end"/> starts after its last post verb, or <paramref name="start"/>.</summary>
    public static int StartAfter(string text, Lexicon.TokenBoundaries words, int start, int end)
    {
        var after = start;
        for (var at = start; at < end; at = words.WordEnd(at, end))
            if (Contains(text.AsSpan(at, words.WordEnd(at, end) - at))) after = words.WordEnd(at, end);
        return after;
    }
}
