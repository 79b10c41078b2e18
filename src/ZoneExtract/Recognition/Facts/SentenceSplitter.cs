namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Splits a text into sentences and paragraphs for fact recognition. A sentence ends at 。！？ (with a closing quote
/// after them). A line break ends a paragraph, except where a page layout broke a sentence: a long line that does
/// not end in sentence-final punctuation runs on into the next non-blank line (…总投资额⏎⏎达100.7亿元), unless that
/// line is indented, as a new paragraph is. Headings and captions are short, so they stay paragraphs of their own, and
/// the first line, the headline, is one whatever its length.
/// </summary>
internal static class SentenceSplitter
{
    /// <summary>Shorter lines without final punctuation are headings or captions, not a broken sentence.</summary>
    private const int ShortestBrokenLine = 20;

    /// <summary>
    /// Longer runs without final punctuation (tables, lists, hostile input) are cut into pieces of this length, so that
    /// the work per sentence stays bounded; real sentences of statistical news are far shorter.
    /// </summary>
    public const int MaxSentenceLength = 600;

    /// <summary>
    /// The characters <see cref="Split"/> acts on, the sentence ends of <see cref="IsSentenceEnd"/> and the line break, but
    /// '?': IndexOfAny is vectorised for up to five characters (a set of six is many times slower), so '?' is sought apart.
    /// </summary>
    private const string BreaksButQuestionMark = "。！？!\n";

    public static List<FactSentence> Split(string text)
    {
        var sentences = new List<FactSentence>();
        var paragraph = 0;
        var start = 0;
        var lineStart = 0;
        var nextContent = -1; // the first non-blank character after the current run of blank lines, and its line's indent
        var nextIndented = false;
        // Only sentence ends and line breaks matter: a vectorised search skips the characters between them.
        var question = -1;
        for (var i = NextBreak(text, 0, ref question); i >= 0;)
        {
            if (IsSentenceEnd(text[i]))
            {
                var end = i + 1;
                while (end < text.Length && IsClosingQuote(text[end])) end++;
                Add(sentences, text, start, end, paragraph);
                start = end;
                i = NextBreak(text, end, ref question);
                continue;
            }
            // one look-ahead per run of blank lines, not one per line break in it (linear on hostile input)
            if (i + 1 > nextContent) (nextContent, nextIndented) = NextContent(text, i + 1);
            // The first line is the headline: a page layout never broke it into the body.
            if (EndsParagraph(text, lineStart, i) || nextIndented || paragraph == 0 && IsFirstLine(text, lineStart, i))
            {
                Add(sentences, text, start, i, paragraph);
                paragraph++;
                start = i + 1;
            }
            lineStart = i + 1;
            i = NextBreak(text, i + 1, ref question);
        }
        Add(sentences, text, start, text.Length, paragraph);
        return sentences;
    }

    /// <summary>
    /// The first sentence end or line break from <paramref name="from"/>, or -1; <paramref name="question"/> keeps the next
    /// '?' found (int.MaxValue when there is none), sought again only once passed.
    /// </summary>
    private static int NextBreak(string text, int from, ref int question)
    {
        if (question < from)
        {
            var at = text.IndexOf('?', from);
            question = at < 0 ? int.MaxValue : at;
        }
        var found = text.AsSpan(from).IndexOfAny(BreaksButQuestionMark);
        var next = Math.Min(found < 0 ? int.MaxValue : from + found, question);
        return next == int.MaxValue ? -1 : next;
    }

    /// <summary>The line [lineStart, lineEnd) is the first one that is not blank.</summary>
    private static bool IsFirstLine(string text, int lineStart, int lineEnd) =>
        !text.AsSpan(lineStart, lineEnd - lineStart).IsWhiteSpace() && text.AsSpan(0, lineStart).IsWhiteSpace();

    /// <summary>Whether the line [lineStart, lineEnd) closes its paragraph; blank lines never matter.</summary>
    private static bool EndsParagraph(string text, int lineStart, int lineEnd)
    {
        var line = text.AsSpan(lineStart, lineEnd - lineStart).Trim();
        if (line.IsEmpty) return false;
        var last = line[^1];
        return IsSentenceEnd(last) || IsClosingQuote(last) || line[0] == '#' || line.Length < ShortestBrokenLine;
    }

    /// <summary>
    /// The first non-blank character from <paramref name="from"/> (a line start), and whether its line starts with a
    /// space (an indented paragraph, 　　原标题…); the text's length and false when only blanks follow.
    /// </summary>
    private static (int At, bool Indented) NextContent(string text, int from)
    {
        var lineStart = from;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '\n') lineStart = i + 1;
            else if (!char.IsWhiteSpace(text[i])) return (i, i > lineStart);
        }
        return (text.Length, false);
    }

    private static void Add(List<FactSentence> sentences, string text, int start, int end, int paragraph)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        for (var from = start; from < end; from += MaxSentenceLength)
        {
            sentences.Add(new FactSentence(from, Math.Min(end, from + MaxSentenceLength), paragraph));
        }
    }

    public static bool IsSentenceEnd(char c) => c is '。' or '！' or '？' or '!' or '?';

    private static bool IsClosingQuote(char c) => c is '”' or '’' or '」' or '』' or '"';

    /// <summary>A clause ends at a comma, semicolon or colon (full or half width).</summary>
    public static bool IsClauseBreak(char c) => c is '，' or ',' or '；' or ';' or '：' or ':' or '。' or '！' or '？' or '!' or '?';

    /// <summary>
    /// Where the last list break of [start, end) stands, or -1: a semicolon (；, ;) separates the items of a list, and each
    /// item states its own indicator. One vectorised search.
    /// </summary>
    public static int LastListBreak(string text, int start, int end)
    {
        if (end <= start) return -1;
        var found = text.AsSpan(start, end - start).LastIndexOfAny('；', ';');
        return found < 0 ? -1 : start + found;
    }
}
