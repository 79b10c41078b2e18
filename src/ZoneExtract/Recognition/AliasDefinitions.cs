namespace ZoneExtract.Recognition;

/// <summary>
/// Short names that a text defines for a firm right after naming it: 青岛某某电子有限公司（以下简称“某某电子”）,
/// 博世-西门子（简称博西）, 某某集团（下称某某）. The alias is a COMPANY where it is defined, and, like any company name,
/// wherever it comes back (<see cref="DocumentConsistency"/>). Only a company's alias is taken: an organisation or a
/// zone is often given a generic one (以下简称“管委会”, 简称“高新区”), which the contract does not annotate.
/// </summary>
internal static class AliasDefinitions
{
    private const int MaxAlias = 10;

    private static readonly string[] Introducers = ["以下简称", "以下称", "下称", "简称"];

    /// <summary>The aliases defined right after the COMPANY entities of <paramref name="accepted"/>.</summary>
    public static IEnumerable<CompanyEntity> Find(Document document, IEnumerable<Entity> accepted)
    {
        var text = document.Text;
        foreach (var company in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            var at = company.End;
            if (at >= text.Length || text[at] is not ('(' or ',')) continue;
            at++;
            var introducer = Introducers.FirstOrDefault(i => text.AsSpan(at).StartsWith(i, StringComparison.Ordinal));
            if (introducer is null) continue;
            at += introducer.Length;
            if (at < text.Length && text[at] is ':') at++;
            if (at < text.Length && text[at] is '“' or '"' or '「') at++;
            var end = at;
            // one character past MaxAlias shows a longer run, which is rejected
            while (end < text.Length && end - at <= MaxAlias && IsAliasCharacter(text[end])) end++;
            if (end - at < 2 || end - at > MaxAlias || !IsNameStart(text[at])) continue;
            if (end < text.Length && text[end] is not (')' or '”' or '"' or '」' or ',' or '。')) continue;
            yield return new CompanyEntity(at, end - at, document.Slice(at, end - at));
        }
    }

    private static bool IsNameStart(char c) => Text.CharClass.IsIdeograph(c) || char.IsAsciiLetter(c);

    private static bool IsAliasCharacter(char c) => Text.CharClass.IsIdeograph(c) || char.IsAsciiLetterOrDigit(c) || c == '-';
}
