namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A Latin name in brackets right after a firm's name is the firm's own Latin name (空中客车公司(Airbus), 奥特斯(AT&amp;S),
/// 腾讯电商控股公司(ECC), 法国电力集团(EDF)): news gives a foreign or a listed firm its Latin name that way, and every gold
/// of the project marks it a COMPANY. The name has Latin letters, spaces and the punctuation of firm names (&amp;, ., ', -),
/// at least <see cref="MinLetters"/> letters and no digit or colon (not a stock code: NYSE:BA, 600519).
/// </summary>
internal static class CompanyLatinAlias
{
    /// <summary>The span (start, length) of the Latin name bracketed right at <paramref name="end"/>, or null.</summary>
    public static (int Start, int Length)? After(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('(' or '（')) return null;
        var start = end + 1;
        var at = start;
        var letters = 0;
        while (at < text.Length && IsNameCharacter(text[at]))
        {
            if (char.IsAsciiLetter(text[at])) letters++;
            at++;
        }
        if (at >= text.Length || text[at] is not (')' or '）') || letters < MinLetters) return null;
        if (!char.IsAsciiLetter(text[start]) || !(char.IsAsciiLetter(text[at - 1]) || text[at - 1] == '.')) return null;
        return (start, at - start);
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetter(c) || c is ' ' or '&' or '.' or '\'' or '-';

    /// <summary>Fewer letters are as often an exchange's or a market's mark (HK, SH, A股's A).</summary>
    private const int MinLetters = 3;
}
