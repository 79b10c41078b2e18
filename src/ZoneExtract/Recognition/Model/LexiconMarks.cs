using ZoneExtract.Recognition.Lexicon;

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
        var companyForms = lexicons.Companies.Names.Forms;
        var placeNames = lexicons.Places.All;
        var companyEnd = 0;
        var placeEnd = 0;
        for (var t = 0; t < tokens.Length; t++)
        {
            ref readonly var token = ref tokens[t];
            var start = token.Start;
            if (token.End > text.Length) break;
            // Most words start no listed name: the start tests inline here, the search a call only where a name may start
            // (a word that starts no longer name may still be a one-character one).
            if (start >= companyEnd && (lexicons.MayStartCompany(text, start) is var longerCompany && longerCompany || IsShortest(token, companyForms.MinLength))
                && LongestCompany(text, tokens, t, companyForms, longerCompany, out var end, out var kind))
            {
                Fill(companies, start, end, kind);
                companyEnd = end;
            }
            if (start >= placeEnd && (lexicons.MayStartPlace(text, start) is var longerPlace && longerPlace || IsShortest(token, placeNames.MinLength))
                && LongestPlace(text, tokens, t, placeNames, longerPlace, out end))
            {
                Fill(places, start, end, 0);
                placeEnd = end;
            }
        }
    }

    /// <summary>True when <paramref name="token"/> is one character and a key of the list may be as short.</summary>
    private static bool IsShortest(in Token token, int minLength) => token.Length == 1 && minLength == 1;

    /// <summary>The longest company form from word <paramref name="first"/>; <paramref name="longer"/>: one of more than one character may start there.</summary>
    private static bool LongestCompany(string text, ReadOnlySpan<Token> tokens, int first, SpanTable<NameLexicon.Form> table, bool longer, out int end, out int kind)
    {
        var start = tokens[first].Start;
        end = -1;
        kind = 0;
        var last = longer ? LastWord(text, tokens, first, table.MaxLength) : first;
        for (var t = first; t <= last; t++)
        {
            if (!table.TryGet(text.AsSpan(start, tokens[t].End - start), out var form)) continue;
            end = tokens[t].End;
            kind = form.Ambiguous ? 2 : form.Derived ? 1 : 0;
        }
        return end > 0;
    }

    /// <summary>The longest place name from word <paramref name="first"/>; <paramref name="longer"/> as for companies.</summary>
    private static bool LongestPlace(string text, ReadOnlySpan<Token> tokens, int first, SpanTable<bool> table, bool longer, out int end)
    {
        var start = tokens[first].Start;
        end = -1;
        var last = longer ? LastWord(text, tokens, first, table.MaxLength) : first;
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
