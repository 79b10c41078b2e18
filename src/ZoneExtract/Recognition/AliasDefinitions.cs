namespace ZoneExtract.Recognition;

/// <summary>
/// Short names that a text defines for a firm right after naming it: 青岛某某电子有限公司（以下简称“某某电子”）,
/// 博世-西门子（简称博西）, 某某集团（下称某某）, 某某家居股份有限公司 （以下简称某某）. The alias is a COMPANY where it is
/// defined, and, like any company name, wherever it comes back (<see cref="DocumentConsistency"/>). Only a company's alias
/// is taken: an organisation or a zone is often given a generic one (以下简称“管委会”, 简称“高新区”), which the contract does
/// not annotate. Filings and the press also write the short name bare in brackets, with no 简称 (中国南车股份有限公司（中国南车）,
/// 郑州煤矿机械集团股份有限公司（郑煤机）): a bracketed run made of the name's own characters in their order is that
/// abbreviation, so a place, a stock code or an English name in brackets is not.
/// </summary>
internal static class AliasDefinitions
{
    private const int MaxAlias = 10;

    private static readonly string[] Introducers = ["以下简称", "以下称", "下称", "简称"];

    /// <summary>
    /// The aliases defined right after the COMPANY entities of <paramref name="accepted"/>; a bare bracketed abbreviation
    /// only where <paramref name="takesBareAlias"/> accepts it (it can hold no brand: 公司 of 某某有限公司（公司）).
    /// </summary>
    public static IEnumerable<CompanyEntity> Find(Document document, IEnumerable<Entity> accepted, Func<string, bool>? takesBareAlias = null)
    {
        var text = document.Text;
        foreach (var company in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            var at = company.End;
            while (at < text.Length && text[at] is ' ' && at - company.End < 2) at++; // 某某有限公司 （以下简称…）
            if (at >= text.Length || text[at] is not ('(' or ',') || at > company.End && text[at] is ',') continue;
            at++;
            var introducer = Text.WordLists.FirstStartingWith(text.AsSpan(at), Introducers);
            if (introducer is null)
            {
                if (takesBareAlias is not null && text[at - 1] is '(' && BareAbbreviation(document, company, at, takesBareAlias) is { } bare) yield return bare;
                continue;
            }
            at += introducer.Length;
            if (at < text.Length && text[at] is ':') at++;
            if (at < text.Length && text[at] is '“' or '"' or '「') at++;
            var end = AliasEnd(text, at);
            if (end - at < 2 || end - at > MaxAlias || !IsNameStart(text[at])) continue;
            if (end < text.Length && text[end] is not (')' or '”' or '"' or '」' or ',' or '。')) continue;
            yield return new CompanyEntity(at, end - at, document.Slice(at, end - at));
        }
    }

    /// <summary>中国南车 of 中国南车股份有限公司（中国南车）: ideographs up to the closing bracket, each found in the name after the one before.</summary>
    private static CompanyEntity? BareAbbreviation(Document document, Entity company, int at, Func<string, bool> takesBareAlias)
    {
        var text = document.Text;
        var end = at;
        while (end < text.Length && end - at <= MaxAlias && Text.CharClass.IsIdeograph(text[end])) end++;
        if (end - at < 2 || end - at >= company.Length || end >= text.Length || text[end] is not ')') return null;
        var name = text.AsSpan(company.Start, company.Length);
        var from = 0;
        foreach (var c in text.AsSpan(at, end - at))
        {
            var found = name[from..].IndexOf(c);
            if (found < 0) return null;
            from += found + 1;
        }
        var alias = text.Substring(at, end - at);
        return takesBareAlias(alias) ? new CompanyEntity(at, end - at, document.Slice(at, end - at)) : null;
    }

    private static int AliasEnd(string text, int at)
    {
        var end = at;
        // one character past MaxAlias shows a longer run, which is rejected
        while (end < text.Length && end - at <= MaxAlias && IsAliasCharacter(text[end])) end++;
        return end;
    }

    private static bool IsNameStart(char c) => Text.CharClass.IsIdeograph(c) || char.IsAsciiLetter(c);

    private static bool IsAliasCharacter(char c) => Text.CharClass.IsIdeograph(c) || char.IsAsciiLetterOrDigit(c) || c == '-';
}
