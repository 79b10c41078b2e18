namespace ZoneExtract.Text;

/// <summary>
/// Ordinal tests of a text against a list of words. Indexed loops rather than LINQ's <c>Any</c>: recognisers call these
/// per word, where a lambda capturing the text and an interface enumerator were a fifth of the bytes allocated per article.
/// </summary>
internal static class WordLists
{
    /// <summary>True when <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.StartsWith(words[i], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>The first of <paramref name="words"/> (in their order) that <paramref name="text"/> starts with, or null.</summary>
    public static string? FirstStartingWith(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.StartsWith(words[i], StringComparison.Ordinal)) return words[i];
        }
        return null;
    }

    /// <summary>True when <paramref name="text"/> ends with one of <paramref name="words"/>.</summary>
    public static bool EndsWithAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.EndsWith(words[i], StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>True when <paramref name="text"/> contains one of <paramref name="words"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (text.Contains(words[i], StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
