namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Makes whole Latin names of the model's Latin-word spans. The model never tags a space, full stop or hyphen (they are
/// outside for sure), so it splits a Latin name into its words: Coles Group Asia into Coles, Group and Asia; Take-Two into
/// Take and Two; Fab.com and MFG.com leave com alone. A span of Latin letters therefore takes in
/// <list type="bullet">
/// <item>the Latin words joined to it by hyphens (Take-Two, Hewlett-Packard, Coca-Cola, Rolls-Royce: one word of the name);</item>
/// <item>a web domain's ending after a full stop (.com, .cn, .net: firms named by their site, Amazon.com, Fab.com);</item>
/// <item>the next span of the same label when one space alone parts them (Coles Group Asia, Target Australia, Dollar Tree):
/// the model took both words for names, and Chinese text lists names with 、 or 和, not with a space.</item>
/// </list>
/// Digits are outside for sure too, so a name that jieba keeps as one word of letters and digits (bet365) reaches the span
/// filter cut short (bet), not on a word boundary, and would be dropped: <see cref="WithWordDigits"/> gives it its digits back.
/// </summary>
internal static class LatinNameJoin
{
    private static readonly string[] DomainEndings = ["com", "cn", "net", "org"];

    /// <summary>The spans (in text order) with Latin names joined; spans inside a joined one are dropped.</summary>
    public static List<(int Start, int Length, int Label)> Join(string text, List<(int Start, int Length, int Label)> spans)
    {
        var joined = new List<(int Start, int Length, int Label)>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var (start, length, label) = spans[i];
            if (!IsLatinWords(text, start, start + length))
            {
                joined.Add(spans[i]);
                continue;
            }
            var end = start + length;
            start = StartBefore(text, start, end);
            end = AfterJoinedParts(text, end);
            // the next span of the same label one space on: one name in several words
            while (i + 1 < spans.Count && spans[i + 1].Label == label && spans[i + 1].Start <= end + 1)
            {
                var next = spans[i + 1];
                if (next.Start == end + 1 && text[end] == ' ' && IsLatinWords(text, next.Start, next.Start + next.Length))
                    end = AfterJoinedParts(text, next.Start + next.Length);
                else if (next.Start + next.Length > end) break;
                i++;
            }
            // a span the joins reached but did not start (Fab of Fab.com taken as a span of its own before com)
            while (joined.Count > 0 && joined[^1].Start >= start && joined[^1].Start + joined[^1].Length <= end) joined.RemoveAt(joined.Count - 1);
            joined.Add((start, end - start, label));
            while (i + 1 < spans.Count && spans[i + 1].Start < end) i++;
        }
        return joined;
    }

    /// <summary>
    /// The span's length with the digits that end its last word when the span ends in a Latin letter inside that word
    /// (bet|365 of the word bet365), else its length.
    /// </summary>
    public static int WithWordDigits(string text, Lexicon.TokenBoundaries words, int start, int length)
    {
        var end = start + length;
        if (end >= text.Length || !char.IsAsciiLetter(text[end - 1]) || !char.IsAsciiDigit(text[end]) || words.IsBoundary(end)) return length;
        var wordEnd = end;
        while (wordEnd < text.Length && char.IsAsciiDigit(text[wordEnd])) wordEnd++;
        return words.IsBoundary(wordEnd) ? wordEnd - start : length;
    }

    /// <summary>Only Latin letters (and the hyphens or full stops that the joins took in) from start to end.</summary>
    private static bool IsLatinWords(string text, int start, int end)
    {
        if (end <= start || !char.IsAsciiLetter(text[start]) || !char.IsAsciiLetter(text[end - 1])) return false;
        for (var at = start; at < end; at++) if (!char.IsAsciiLetter(text[at]) && text[at] is not ('-' or '.')) return false;
        return true;
    }

    /// <summary>
    /// Where the name starts when Latin words joined by hyphens stand before it (Take-|Two), or the site's name before a
    /// domain ending that the model took alone (Fab.|com).
    /// </summary>
    private static int StartBefore(string text, int start, int end)
    {
        if (start >= 2 && text[start - 1] == '.' && char.IsAsciiLetter(text[start - 2]) && Array.IndexOf(DomainEndings, text[start..end]) >= 0)
        {
            start -= 1;
            while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        }
        while (start >= 2 && text[start - 1] == '-' && char.IsAsciiLetter(text[start - 2]))
        {
            start -= 1;
            while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
        }
        return start;
    }

    /// <summary>Where the name ends after the Latin words joined by hyphens and a domain ending that follow it.</summary>
    private static int AfterJoinedParts(string text, int end)
    {
        while (end + 1 < text.Length && text[end] == '-' && char.IsAsciiLetter(text[end + 1]))
        {
            end += 1;
            while (end < text.Length && char.IsAsciiLetter(text[end])) end++;
        }
        if (end + 1 < text.Length && text[end] == '.')
            foreach (var ending in DomainEndings)
                if (text.AsSpan(end + 1).StartsWith(ending) && (end + 1 + ending.Length == text.Length || !char.IsAsciiLetterOrDigit(text[end + 1 + ending.Length])))
                    return end + 1 + ending.Length;
        return end;
    }
}
