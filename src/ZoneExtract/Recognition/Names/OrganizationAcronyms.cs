namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A Latin acronym in brackets right after an organisation's name is that organisation's acronym (国际货币基金组织(IMF),
/// 联合国粮农组织(FAO), 世界贸易组织(WTO)): news introduces an international body so, and then names it by the acronym alone
/// (IMF认为, WTO总干事). The bracketed acronym is an ORG in place of whatever was read inside the brackets, and so is every
/// other mention of it in the article that stands as a Latin word of its own and overlaps no other entity; a firm or a
/// person read from the mention on (IMF第一副 of IMF第一副总裁) gives way to it. An acronym is <see cref="MinLength"/> to
/// <see cref="MaxLength"/> capital letters (IFAD, UNICEF); a mixed-case or longer Latin name is a firm's or a title's.
/// </summary>
internal static class OrganizationAcronyms
{
    public static Entity[] Extend(Document document, Entity[] accepted)
    {
        var text = document.Text;
        var acronyms = new List<(int Start, int Length)>();
        foreach (var entity in accepted)
            if (entity.Label == EntityLabel.Organization && BracketedAfter(text, entity.End) is { } acronym) acronyms.Add(acronym);
        if (acronyms.Count == 0) return accepted;

        var mentions = new List<(int Start, int Length)>(acronyms);
        foreach (var word in acronyms.Select(a => text.Substring(a.Start, a.Length)).Distinct(StringComparer.Ordinal))
            for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0; at = text.IndexOf(word, at + word.Length, StringComparison.Ordinal))
                if (IsLatinWord(text, at, word.Length) && !acronyms.Contains((at, word.Length))) mentions.Add((at, word.Length));

        var result = new List<Entity>(accepted);
        foreach (var (start, length) in mentions)
        {
            var bracketed = acronyms.Contains((start, length));
            var inside = result.Where(e => e.Start < start + length && e.End > start).ToList();
            // a free mention yields to an ORG that holds it (WHO基金会) and to a reading that starts before it; a firm or a person
            // read from the acronym on (IMF第一副 of IMF第一副总裁) is the body's mention with the words after it; the one in
            // brackets is the introduced acronym whatever was read there
            if (!bracketed && inside.Any(e => e.Start != start || (e.Length != length && e.Label == EntityLabel.Organization))) continue;
            if (inside.Any(e => e.Label == EntityLabel.Organization && e.Start == start && e.Length == length)) continue;
            if (bracketed && inside.Any(e => e.Start < start || e.End > start + length)) continue;
            result.RemoveAll(inside.Contains);
            result.Add(new OrganizationEntity(start, length, document.Slice(start, length)));
        }
        return result.Count == accepted.Length && result.SequenceEqual(accepted) ? accepted
            : [.. result.OrderBy(e => e.Start).ThenByDescending(e => e.Length)];
    }

    /// <summary>The acronym (start, length) bracketed right at <paramref name="end"/>, or null.</summary>
    private static (int Start, int Length)? BracketedAfter(string text, int end)
    {
        if (end >= text.Length || text[end] is not ('(' or '（')) return null;
        var at = end + 1;
        while (at < text.Length && char.IsAsciiLetterUpper(text[at])) at++;
        var length = at - end - 1;
        if (at >= text.Length || text[at] is not (')' or '）') || length is < MinLength or > MaxLength) return null;
        return (end + 1, length);
    }

    /// <summary>True when no Latin letter or digit stands right before or after the mention (IMF, not the IMF of IMFS).</summary>
    private static bool IsLatinWord(string text, int start, int length) =>
        (start == 0 || !char.IsAsciiLetterOrDigit(text[start - 1]))
        && (start + length >= text.Length || !char.IsAsciiLetterOrDigit(text[start + length]));

    /// <summary>Two letters are as often a unit or a market's mark (GB, HK); fewer than that is no acronym.</summary>
    private const int MinLength = 3;

    /// <summary>The longest acronyms of international bodies have six letters (UNICEF, UNESCO); seven or more is a word.</summary>
    private const int MaxLength = 6;
}
