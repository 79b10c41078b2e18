namespace ZoneExtract.Recognition.Names;

/// <summary>
/// The committees of the democratic parties (democratic-parties.tsv) are named with the party's name before them: its central
/// committee (民进中央, 九三学社中央) and its committee at a level, a place with its level and 委会 or 委员会 (民建商丘市委会,
/// 民进海南省委会, 民进内蒙古区委会, 九三学社天津市委员会), which the parties' own sites write so. Such a name is one ORG in place of
/// what was read inside it (the Party committee 商丘市委 of 民建|商丘市委|会 is no committee of the CPC). The place is
/// <see cref="MaxPlace"/> characters at most and closes with its level (省, 市, 区, 县, 州, 盟).
/// </summary>
internal static class OrganizationPartyCommittees
{
    public static Entity[] Extend(Document document, Entity[] accepted, NameLexicons lexicons)
    {
        var text = document.Text;
        List<Entity>? result = null;
        foreach (var party in lexicons.DemocraticPartyForms)
            for (var at = text.IndexOf(party, StringComparison.Ordinal); at >= 0; at = text.IndexOf(party, at + party.Length, StringComparison.Ordinal))
            {
                var length = CommitteeLength(text, at + party.Length);
                if (length == 0) continue;
                var (start, end) = (at, at + party.Length + length);
                var current = result ?? [.. accepted];
                if (current.Any(e => e.Label == EntityLabel.Organization && e.Start <= start && e.End >= end)) continue;
                if (current.Any(e => e.Start < end && e.End > start && (e.Start < start || e.End > end))) continue; // a longer name holds it
                result = current;
                result.RemoveAll(e => e.Start >= start && e.End <= end);
                result.Add(new OrganizationEntity(start, end - start, document.Slice(start, end - start)));
            }
        return result is null ? accepted : [.. result.OrderBy(e => e.Start).ThenByDescending(e => e.Length)];
    }

    /// <summary>The length of the committee's part after the party's name at <paramref name="at"/> (中央, 商丘市委会), or 0.</summary>
    private static int CommitteeLength(string text, int at)
    {
        var rest = text.AsSpan(at);
        if (rest.StartsWith(Central, StringComparison.Ordinal)) return Central.Length;
        for (var level = 1; level <= MaxPlace && level < rest.Length; level++)
        {
            if (!IsIdeograph(rest[level - 1])) return 0;
            if (!Levels.Contains(rest[level])) continue;
            foreach (var committee in Committees)
                if (rest[(level + 1)..].StartsWith(committee, StringComparison.Ordinal)) return level + 1 + committee.Length;
        }
        return 0;
    }

    private static bool IsIdeograph(char c) => c is >= '\u4e00' and <= '\u9fff';

    private const string Central = "中央";

    /// <summary>The longest place before its level (内蒙古 of 内蒙古区委会, 黔东南苗族侗族自治 of its 州委会).</summary>
    private const int MaxPlace = 10;

    private static readonly HashSet<char> Levels = ['省', '市', '区', '县', '州', '盟'];

    /// <summary>委员会 first: 委会 is its short form.</summary>
    private static readonly string[] Committees = ["委员会", "委会"];
}
