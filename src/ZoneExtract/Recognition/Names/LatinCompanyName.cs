namespace ZoneExtract.Recognition.Names;

/// <summary>
/// The shape of a Latin registered company name inside Chinese text: Latin words, digits, spaces, brackets and the punctuation
/// of firm names (&amp;, -, ., ',' of "Co., Ltd.") before a Latin legal form (Names/Data/latin-legal-forms.tsv).
/// </summary>
internal static class LatinCompanyName
{
    /// <summary>The longest Latin name before its form, in characters; beyond it the Latin text is a sentence, not a name.</summary>
    private const int MaxNameLength = 60;

    /// <summary>The end of the legal form whose letters run from <paramref name="start"/> to <paramref name="end"/> (with its full stop), or -1.</summary>
    public static int FormEnd(string text, int start, int end, IReadOnlySet<string> forms)
    {
        if (end < text.Length && char.IsAsciiDigit(text[end])) return -1; // a model number (AG600), not a form
        if (end < text.Length && text[end] == '.' && forms.Contains(text[start..(end + 1)])) return end + 1;
        return forms.Contains(text[start..end]) ? end : -1;
    }

    /// <summary>
    /// Where the Latin name before the form at <paramref name="formStart"/> begins: at its first letter or digit after the walk
    /// back over Latin name characters, past a bracket that no other one in the name matches. -1 when no letter
    /// stands before the form.
    /// </summary>
    public static int NameStart(string text, int formStart)
    {
        var start = formStart;
        while (start > 0 && formStart - start < MaxNameLength && IsNameCharacter(text[start - 1])) start--;
        start = AtLetterOrDigit(text, start, formStart);
        var depth = 0;
        for (var at = formStart - 1; at >= start; at--)
        {
            if (text[at] == ')') depth++;
            else if (text[at] == '(' && --depth < 0) { start = at + 1; break; }
        }
        depth = 0;
        for (var at = start; at < formStart; at++)
        {
            if (text[at] == '(') depth++;
            else if (text[at] == ')' && --depth < 0) { start = at + 1; depth = 0; }
        }
        start = AtLetterOrDigit(text, start, formStart);
        for (var at = start; at < formStart; at++) if (char.IsAsciiLetter(text[at])) return start;
        return -1;
    }

    /// <summary>
    /// The brand a Latin registered name goes by later in the text (Harvatck(HongKong)Limited → Harvatck, Achievo Corporation →
    /// Achievo): its one word before the form, or before a bracket that follows that word; null for a name of several words
    /// (China Mobile Limited), whose first word may be a common one.
    /// </summary>
    public static string? BrandOf(string name, IReadOnlySet<string> forms)
    {
        var formStart = name.Length;
        while (formStart > 0 && !char.IsAsciiLetter(name[formStart - 1])) formStart--;
        var formEnd = formStart;
        while (formStart > 0 && char.IsAsciiLetter(name[formStart - 1])) formStart--;
        if (formStart == 0 || FormEnd(name, formStart, formEnd, forms) != name.Length) return null;
        var brandEnd = 0;
        while (brandEnd < formStart && (char.IsAsciiLetterOrDigit(name[brandEnd]) || name[brandEnd] == '-')) brandEnd++;
        var rest = name.AsSpan(brandEnd, formStart - brandEnd).Trim(' ');
        var bracketOnly = rest.IsEmpty || (rest[0] == '(' && rest[^1] == ')' && rest[1..].IndexOf('(') < 0);
        return brandEnd >= MinBrandLength && bracketOnly && char.IsAsciiLetter(name[0]) ? name[..brandEnd] : null;
    }

    /// <summary>Shorter Latin brands are initials (AG, GE) that stand for many things in a text.</summary>
    private const int MinBrandLength = 3;

    private static int AtLetterOrDigit(string text, int start, int end)
    {
        while (start < end && !char.IsAsciiLetterOrDigit(text[start])) start++;
        return start;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '&' or '-' or '.' or ',' or '\'' or '(' or ')';
}
