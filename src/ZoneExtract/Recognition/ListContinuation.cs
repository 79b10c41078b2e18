using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// The members of one list are of one kind, and the noun after 等 says which: in 通用、雪铁龙、宝马、现代等汽车厂商 or
/// 甲、乙和丙等单位, once some members were accepted as firms (or as organisations) and none as the other kind, the other
/// members written as bare names are firms (organisations) too, even common words (通用, 现代) that no rule takes alone.
/// A member the model read as a person is relabelled: a person is no 企业 or 单位. After merging, one pass over each 等.
/// A firm noun (企业, 厂商, 超市) makes the members firms; a unit noun (单位, 机构, 部门) takes the kind of the accepted members.
/// Nothing is added when no member is known, so a list of products or policies (政策、知识产权保护等企业关注的问题) stays bare.
/// Without 等, a bare name that 、 joins to a firm on each side is a firm too (顺丰、申通、圆通、中通), and so is a word that
/// 、 joins to either end of a run of two firms (惠普、佳能、爱普生; 包括格力、美的、海尔).
/// A firm read before a lone 和 and 、 takes the 和 (中建信和、北京城建).
/// </summary>
internal sealed class ListContinuation(NameResources names)
{
    /// <summary>Finds the firm nouns (the members are firms), then the unit nouns (their kind follows the known members).</summary>
    private readonly ListGroupNoun _groupNoun = new(names.Common, names.Prefix, [.. names.Lexicons.FirmGroupNouns, .. names.Lexicons.UnitGroupNouns, .. names.Lexicons.BrandGroupNouns]);

    /// <summary>How far back from 等 a list is read: a longer clause is not one list.</summary>
    private const int MaxList = 160;
    private const int MinMember = 2;
    private const int MaxMember = 8;

    /// <summary>Joining words that may stand before a list's last member (甲、乙和丙).</summary>
    private static readonly string[] Joiners = ["以及", "和", "及", "与"];

    public Entity[] Extend(Document document, Entity[] accepted)
    {
        accepted = WithClosingHe(document, accepted);
        var text = document.Text;
        List<Entity>? result = null;
        OverlapIndex? index = null; // built at the first list
        for (var etc = text.IndexOf('等'); etc >= 0; etc = text.IndexOf('等', etc + 1))
        {
            if (GroupNoun(document, etc + 1) is not { } firmsOnly) continue;
            index ??= new OverlapIndex(accepted);
            var members = Members(document, index, etc);
            if (members.Count < 2) continue;
            var label = ListLabel(members, firmsOnly);
            if (label is null) continue;
            // a person after a title stays a person (总裁潘庄秀华、副总经理黄志新以及Cappelleti等代理品牌的负责人)
            foreach (var member in members.Where(m => m.Bare || m.Entity?.Label == EntityLabel.Person && names.Lexicons.TitleStartEndingAt(text, m.Start) < 0))
            {
                if (member.Bare && !IsBareName(text.AsSpan(member.Start, member.End - member.Start))) continue;
                // 办公室、科普部、学会部等部门: an office with no name before it is no one body (GenericBodyMentions); the other units stay
                if (label == EntityLabel.Organization && GenericBodyMentions.IsBareOffice(text.AsSpan(member.Start, member.End - member.Start))) continue;
                result ??= accepted.ToList();
                if (member.Entity is not null) result.Remove(member.Entity);
                var slice = document.Slice(member.Start, member.End - member.Start);
                result.Add(label == EntityLabel.Company
                    ? new CompanyEntity(member.Start, member.End - member.Start, slice)
                    : new OrganizationEntity(member.Start, member.End - member.Start, slice));
            }
        }
        var current = result?.ToArray() ?? accepted;
        var edges = AtListEdges(document, current);
        if (edges.Count > 0)
        {
            (result ??= accepted.ToList()).AddRange(edges);
            current = [.. result];
        }
        var between = Sandwiched(document, current);
        if (between.Count > 0) (result ??= accepted.ToList()).AddRange(between);
        return result is null ? accepted : result.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }

    /// <summary>
    /// A 和 that jieba cuts alone after a firm and that 、 follows ends the firm's name (中建|信|和、北京城建 → 中建信和): a
    /// conjunction joins two members, so it never stands before a list's separator; 和 is a common trade-name character
    /// (信和, 泰和, 协和). The name's other mentions follow by <see cref="DocumentConsistency"/>.
    /// </summary>
    private static Entity[] WithClosingHe(Document document, Entity[] accepted)
    {
        var text = document.Text;
        Entity[]? result = null;
        for (var i = 0; i < accepted.Length; i++)
        {
            var firm = accepted[i];
            var end = firm.End;
            if (firm.Label != EntityLabel.Company || end + 1 >= text.Length || text[end] != '和' || text[end + 1] != '、'
                || !document.Words.IsBoundary(end) || !document.Words.IsBoundary(end + 1)) continue;
            if (accepted.Any(e => e.Start <= end && e.End > end)) continue;
            result ??= (Entity[])accepted.Clone();
            result[i] = new CompanyEntity(firm.Start, firm.Length + 1, document.Slice(firm.Start, firm.Length + 1));
        }
        return result ?? accepted;
    }

    /// <summary>
    /// The word that 、 joins to either end of a run of two or more firms (松下、东芝、夏普、三洋纷纷公布; 宏碁、联想、华硕、索尼)
    /// is a member of that run and a firm too, when jieba holds it as one word of two or more characters that is a proper noun
    /// or no common vocabulary, and nothing accepted touches it. One firm beside it is not enough: 、 also joins a firm to a
    /// place or a trade (北京、联想).
    /// </summary>
    private List<Entity> AtListEdges(Document document, Entity[] accepted)
    {
        var text = document.Text;
        var found = new List<Entity>();
        var firms = accepted.Where(e => e.Label == EntityLabel.Company).OrderBy(e => e.Start).ToList();
        // the first firm (by start) at each start and at each end: one pass, not a grouping of the list per table
        var firmAt = new Dictionary<int, Entity>(firms.Count);
        var firmEndingAt = new Dictionary<int, Entity>(firms.Count);
        foreach (var firm in firms)
        {
            firmAt.TryAdd(firm.Start, firm);
            firmEndingAt.TryAdd(firm.End, firm);
        }
        foreach (var firm in firms)
        {
            // the run's first firm: its neighbour on the left is no firm, and the next member is a firm
            if (!(firm.End < text.Length && text[firm.End] == '、' && firmAt.ContainsKey(firm.End + 1))) continue;
            if (firm.Start >= 2 && text[firm.Start - 1] == '、' && !firmEndingAt.ContainsKey(firm.Start - 1)
                && EdgeWord(document, accepted, document.Words.StartOfWordEndingAt(firm.Start - 1), firm.Start - 1) is { } before)
                found.Add(before);
        }
        foreach (var firm in firms)
        {
            // the run's last firm: the member before it is a firm, and its neighbour on the right is none
            if (!(firm.Start >= 1 && text[firm.Start - 1] == '、' && firmEndingAt.ContainsKey(firm.Start - 1))) continue;
            if (firm.End + 1 < text.Length && text[firm.End] == '、' && !firmAt.ContainsKey(firm.End + 1)
                && EdgeWord(document, accepted, firm.End + 1, document.Words.WordEnd(firm.End + 1, text.Length)) is { } after)
                found.Add(after);
        }
        return found.DistinctBy(e => (e.Start, e.End)).ToList(); // a word may close one run and open the next (申通、圆通、中通)
    }

    /// <summary>The word from <paramref name="start"/> to <paramref name="end"/> as a firm, or null when it cannot be one.</summary>
    private Entity? EdgeWord(Document document, Entity[] accepted, int start, int end)
    {
        if (start < 0 || end <= start || !document.Words.IsBoundary(start) || !document.Words.IsBoundary(end)) return null;
        if (!OpensItem(document, start) || !ClosesItem(document, end)) return null;
        var word = document.Text.AsSpan(start, end - start);
        if (!IsBareName(word) || names.Common.IsCommon(word) && !names.Common.IsProperNoun(word) || names.Common.IsVerb(word)) return null;
        if (accepted.Any(e => e.Start < end && e.End > start)) return null;
        return new CompanyEntity(start, end - start, document.Slice(start, end - start));
    }

    /// <summary>
    /// Nothing of the member stands before the word: punctuation or the text's start, or a word that introduces a list
    /// (包括, 如, 与: a function word or frequent verb). A place or a name before it is the member's start (台湾|化学纤维).
    /// </summary>
    private bool OpensItem(Document document, int start)
    {
        if (start == 0 || !IsWordCharacter(document.Text[start - 1])) return start == 0 || document.Text[start - 1] != ' ';
        var wordStart = document.Words.StartOfWordEndingAt(start);
        return wordStart >= 0 && IsNonName(document.Text.AsSpan(wordStart, start - wordStart));
    }

    /// <summary>Nothing of the member follows the word: punctuation or the text's end, or a function word or verb (三洋|纷纷|公布; not 上海通用|雪佛兰).</summary>
    private bool ClosesItem(Document document, int end)
    {
        var text = document.Text;
        if (end == text.Length || !IsWordCharacter(text[end])) return end == text.Length || text[end] != ' ';
        return IsNonName(text.AsSpan(end, document.Words.WordEnd(end, text.Length) - end));
    }

    private bool IsNonName(ReadOnlySpan<char> word) =>
        names.Common.IsFrequentNonNameWord(word) || names.Prefix.IsStopWord(word) || names.Common.IsVerb(word);

    private static bool IsWordCharacter(char c) => Text.CharClass.IsIdeograph(c) || char.IsAsciiLetterOrDigit(c);

    /// <summary>
    /// A bare name between two firms in a list without 等 (顺丰、申通、圆通、中通): 、 joins one firm to it and it to the next, so
    /// it is a firm too. Only a member with nothing accepted in it, whose two neighbours are firms written whole between the
    /// separators.
    /// </summary>
    private List<Entity> Sandwiched(Document document, Entity[] accepted)
    {
        var text = document.Text;
        var found = new List<Entity>();
        var firmsByStart = accepted.Where(e => e.Label == EntityLabel.Company).GroupBy(e => e.Start).ToDictionary(g => g.Key, g => g.First());
        foreach (var left in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            var start = left.End + 1;
            if (left.End >= text.Length || text[left.End] != '、') continue;
            var separator = text.IndexOf('、', start, Math.Min(MaxMember + 1, text.Length - start));
            if (separator < 0 || !firmsByStart.ContainsKey(separator + 1) || !IsBareName(text.AsSpan(start, separator - start))) continue;
            if (!document.Words.IsBoundary(start) || !document.Words.IsBoundary(separator)) continue;
            if (accepted.Any(e => e.Start < separator && e.End > start)) continue;
            found.Add(new CompanyEntity(start, separator - start, document.Slice(start, separator - start)));
        }
        return found;
    }

    /// <summary>True for a firm noun after 等, false for a unit noun, null for none.</summary>
    private bool? GroupNoun(Document document, int from) =>
        _groupNoun.Find(document, from) is not { } noun ? null : names.Lexicons.FirmGroupNouns.Contains(noun);

    /// <summary>
    /// One member of a list: its span, the accepted entity that covers exactly that span (null if none), and whether nothing
    /// accepted touches it (a bare member, which may be labelled). A member that entities only partly cover is neither.
    /// </summary>
    private readonly record struct Member(int Start, int End, Entity? Entity, bool Bare);

    /// <summary>
    /// The members before 等: pieces between 、 back to the clause start, the last piece split at a joining word that the
    /// segmenter leaves alone (乙|和|丙). The opening piece has no separator before it and may start with other words
    /// (包括, 与): it gives a member only where an accepted entity ends it.
    /// </summary>
    private List<Member> Members(Document document, OverlapIndex accepted, int etc)
    {
        var text = document.Text;
        var pieces = new List<(int Start, int End, bool Opens)>();
        var end = etc;
        var at = etc;
        while (at > 0 && etc - at < MaxList && !IsClauseEnd(text[at - 1]))
        {
            at--;
            if (text[at] != '、') continue;
            pieces.Add((at + 1, end, false));
            end = at;
        }
        pieces.Add((at, end, true));
        var (lastStart, _, lastOpens) = pieces[0];
        if (JoinerBefore(document, lastStart, etc) is var (joinerStart, joinerEnd) && joinerStart >= 0)
        {
            pieces[0] = (joinerEnd, etc, false);
            pieces.Insert(1, (lastStart, joinerStart, lastOpens));
        }

        var members = new List<Member>();
        foreach (var (start, pieceEnd, opens) in pieces)
        {
            if (pieceEnd - start < MinMember) continue;
            var overlapping = accepted.Overlapping(start, pieceEnd);
            if (opens)
            {
                var last = overlapping.Where(e => e.End == pieceEnd).MaxBy(e => e.Length);
                if (last is not null && overlapping.All(e => ReferenceEquals(e, last) || e.End <= last.Start || e.Start >= last.Start))
                    members.Add(new Member(last.Start, last.End, last, Bare: false));
                else if (overlapping.Count == 0 && IsOnlyNameWords(document, start, pieceEnd))
                    members.Add(new Member(start, pieceEnd, null, Bare: true));
                continue;
            }
            var exact = overlapping.Count == 1 && overlapping[0].Start == start && overlapping[0].End == pieceEnd ? overlapping[0] : null;
            members.Add(new Member(start, pieceEnd, exact, Bare: overlapping.Count == 0));
        }
        return members;
    }

    /// <summary>
    /// An opening piece with nothing accepted in it is a member when it holds no word that introduces a list (包括, 为): a
    /// single word (通用 at a clause start), or words none of which is a frequent verb, function word or stop word.
    /// </summary>
    private bool IsOnlyNameWords(Document document, int start, int end)
    {
        var text = document.Text;
        if (start > 0 && !document.Words.IsBoundary(start)) return false;
        var single = document.Words.StartOfWordEndingAt(end) == start;
        for (var at = start; at < end;)
        {
            var wordEnd = document.Words.WordEnd(at, end);
            var word = text.AsSpan(at, wordEnd - at);
            if (names.Prefix.IsStopWord(word) || !single && names.Common.IsFrequentNonNameWord(word)) return false;
            at = wordEnd;
        }
        return true;
    }

    /// <summary>
    /// The joining word before a list's last member (乙和丙等): a word of its own, or inside a run the segmenter does not know
    /// (蓝橙和青|禾), never inside a dictionary word (和黄, 祥和); (-1, -1) for none.
    /// </summary>
    private (int Start, int End) JoinerBefore(Document document, int start, int end)
    {
        var text = document.Text;
        for (var at = end - MinMember; at > start; at--)
        {
            foreach (var joiner in Joiners)
            {
                var joinerStart = at - joiner.Length;
                if (joinerStart < start || !text.AsSpan(joinerStart).StartsWith(joiner, StringComparison.Ordinal)) continue;
                if (document.Words.IsBoundary(joinerStart) && document.Words.IsBoundary(at) || IsInUnknownWord(document, joinerStart, at))
                    return (joinerStart, at);
            }
        }
        return (-1, -1);
    }

    private bool IsInUnknownWord(Document document, int start, int end)
    {
        var wordEnd = end;
        while (wordEnd < document.Text.Length && !document.Words.IsBoundary(wordEnd)) wordEnd++;
        var wordStart = document.Words.StartOfWordEndingAt(wordEnd);
        return wordStart >= 0 && wordStart <= start && names.Common.Frequency(document.Text.AsSpan(wordStart, wordEnd - wordStart)) == 0;
    }

    /// <summary>
    /// The kind the known members agree on: COMPANY when at least one member is a firm and more are firms than other
    /// names (places, zones, organisations); under a unit noun also ORG the same way. Null when they disagree or none is known.
    /// </summary>
    private static EntityLabel? ListLabel(List<Member> members, bool firmsOnly)
    {
        var known = members.Where(m => m.Entity is { Label: not EntityLabel.Person }).Select(m => m.Entity!.Label).ToList();
        var firms = known.Count(l => l == EntityLabel.Company);
        var bodies = known.Count(l => l == EntityLabel.Organization);
        if (firms > 0 && firms > known.Count - firms) return EntityLabel.Company;
        if (!firmsOnly && bodies > 0 && bodies > known.Count - bodies) return EntityLabel.Organization;
        return null;
    }

    /// <summary>
    /// A bare member that can be a name: a few ideographs or letters, neither a count, a stop word, a place nor a zone. A
    /// generic modifier passes (现代 the carmaker): the known members and the group noun are the evidence.
    /// </summary>
    private bool IsBareName(ReadOnlySpan<char> member) =>
        member.Length is >= MinMember and <= MaxMember && NamePrefix.IsNameMaterial(member)
        && !names.Prefix.IsQuantity(member) && !names.Prefix.IsStopWord(member)
        && !names.AllPlaces.All.Contains(member) && !names.ZoneSuffixes.TryMatchEndingAt(member.ToString(), member.Length, out _, out _);

    /// <summary>Punctuation that ends a clause (the text is width-folded: ，；： arrive as ASCII); brackets stay inside a member (国华(河北)).</summary>
    private static bool IsClauseEnd(char c) => c is '。' or ',' or ';' or ':' or '!' or '?' or '\n' or '“' or '”' or '"' || char.IsWhiteSpace(c);
}
