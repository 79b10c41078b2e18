namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Per character, where it lies in the longest company form and the longest place name of the public lists that
/// cover it. Matches start and end on jieba word boundaries (格力|电器, not 力电 inside 格力电器), span at most
/// <see cref="MaxWords"/> words, and do not overlap (leftmost longest first), so a text costs one set look-up per word
/// that starts no listed name (most) and a few table look-ups per word that may. A company mark also tells the kind of form: a listed name, a short form derived by rule (格力), or a
/// form that is also ordinary vocabulary (苹果); the model learns how far to trust each.
/// </summary>
internal static class LexiconMarks
{
    private const int MaxWords = 6;

    /// <summary>No list covers the character.</summary>
    public const byte None = 0;

    /// <summary>Fills <paramref name="companies"/> and <paramref name="places"/> (one mark per character, <see cref="None"/> or 1 + 4 × kind + position).</summary>
    public static void Mark(string text, IReadOnlyList<Token> tokens, ModelLexicons lexicons, Span<byte> companies, Span<byte> places) =>
        Mark(text, Segmentation.TokenList.AsSpan(tokens), lexicons, companies, places);

    /// <summary>As above, over the words as a span (the name model's own call: no interface call per word).</summary>
    public static void Mark(string text, ReadOnlySpan<Token> tokens, ModelLexicons lexicons, Span<byte> companies, Span<byte> places)
    {
        var companyEnd = 0;
        var placeEnd = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var start = tokens[t].Start;
            if (tokens[t].End > text.Length) break;
            if (start >= companyEnd && LongestCompany(text, tokens, t, lexicons, out var end, out var kind))
            {
                Fill(companies, start, end, kind);
                companyEnd = end;
            }
            if (start >= placeEnd && LongestPlace(text, tokens, t, lexicons, out end))
            {
                Fill(places, start, end, 0);
                placeEnd = end;
            }
        }
    }

    private static bool LongestCompany(string text, ReadOnlySpan<Token> tokens, int first, ModelLexicons lexicons, out int end, out int kind)
    {
        var table = lexicons.Companies.Names.Forms;
        var start = tokens[first].Start;
        end = -1;
        kind = 0;
        var last = lexicons.MayStartCompany(text, start)
            ? LastWord(text, tokens, first, table.MaxLength)
            : tokens[first].Length == 1 && table.MinLength == 1 ? first : first - 1; // no longer form starts here: only a one-character one could
        for (var t = first; t <= last; t++)
        {
            if (!table.TryGet(text.AsSpan(start, tokens[t].End - start), out var form)) continue;
            end = tokens[t].End;
            kind = form.Ambiguous ? 2 : form.Derived ? 1 : 0;
        }
        return end > 0;
    }

    private static bool LongestPlace(string text, ReadOnlySpan<Token> tokens, int first, ModelLexicons lexicons, out int end)
    {
        var table = lexicons.Places.All;
        var start = tokens[first].Start;
        end = -1;
        var last = lexicons.MayStartPlace(text, start)
            ? LastWord(text, tokens, first, table.MaxLength)
            : tokens[first].Length == 1 && table.MinLength == 1 ? first : first - 1; // no longer name starts here: only a one-character one could
        for (var t = first; t <= last; t++)
        {
            if (table.Contains(text.AsSpan(start, tokens[t].End - start))) end = tokens[t].End;
        }
        return end > 0;
    }

    /// <summary>The last word of the run of adjacent words from <paramref name="first"/> that a match may end on.</summary>
    private static int LastWord(string text, ReadOnlySpan<Token> tokens, int first, int maxLength)
    {
        var last = first;
        while (last + 1 < tokens.Length && last + 1 < first + MaxWords && tokens[last + 1].Start == tokens[last].End
               && tokens[last + 1].End <= text.Length && tokens[last + 1].End - tokens[first].Start <= maxLength) last++;
        return last;
    }

    /// <summary>Marks [start, end) with its position (B, M, E, or S for a single character) and kind.</summary>
    private static void Fill(Span<byte> marks, int start, int end, int kind)
    {
        for (var i = start; i < end; i++)
        {
            var position = end - start == 1 ? 3 : i == start ? 0 : i == end - 1 ? 2 : 1;
            marks[i] = (byte)(1 + 4 * kind + position);
        }
    }
}
