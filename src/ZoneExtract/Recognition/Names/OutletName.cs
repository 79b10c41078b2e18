namespace ZoneExtract.Recognition.Names;

/// <summary>What the text around a news cue (记者, 据…报道, a dateline) may accept as an outlet's name.</summary>
internal static class OutletName
{
    /// <summary>The longest outlet name looked for (21世纪经济报道 is seven characters).</summary>
    public const int MaxLength = 10;

    /// <summary>
    /// Not common vocabulary (a proper noun jieba knows well, 中新网, stays a name), a generic word (本报), a count (一名), a place, a short surname-led name (a reporter's
    /// own) or media of a place (美国媒体): a name of two or more characters that none of these explains.
    /// </summary>
    public static bool IsPlausible(NameResources names, ReadOnlySpan<char> name) =>
        name.Length >= 2 && !names.Common.IsCommonNonProperWord(name) && !names.Prefix.IsGeneric(name) && !names.Prefix.IsQuantity(name)
        && !names.AllPlaces.All.Contains(name) && !(names.Lexicons.SurnameLength(name) > 0 && name.Length <= 3)
        && !name.EndsWith("媒体"); // 据国外媒体报道, 据美国媒体报道: a kind of outlet

    /// <summary>Every position of each cue word in <paramref name="text"/>, with the word.</summary>
    public static IEnumerable<(int At, string Word)> Occurrences(string text, IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
                yield return (at, word);
        }
    }

    public static bool IsNameCharacter(char c) => Text.CharClass.IsIdeograph(c) || char.IsAsciiLetterOrDigit(c);
}
