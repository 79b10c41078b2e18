using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY right before a corporate role title (A董事长, A总裁, A创始人; list in Data/company-roles.tsv): only
/// a business has those roles, so the words directly in front name one. The name is the run of words back to
/// punctuation or a function word (<see cref="NamePrefix"/>), two to eight characters, and not a place, a
/// generic word or common vocabulary on its own (公司董事长, 重庆总经理 are not companies), nor a
/// surname-led two or three ideographs, which is the person's own name placed before the title.
/// </summary>
internal sealed class CompanyRoleRecognizer(NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanyRole;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        var roles = names.Lexicons.CompanyRoles;
        foreach (var token in document.Tokens)
        {
            if (token.Start < 2 || !roles.TryLongestStartingAt(text, token.Start, out var roleLength, out _)) continue;
            if (!words.IsBoundary(token.Start + roleLength)) continue; // 董事会 is not 董事 + 会
            var start = names.Prefix.FindStart(document, words, token.Start, maxWords: 4, maxLength: 8);
            if (start >= 0) start = PostVerbs.StartAfter(names.Lexicons.PostVerbs, text, words, start, token.Start); // 时任|保利地产|董事长: the post verb is the sentence's
            if (start < 0 || token.Start - start < 2) continue;
            var name = text.AsSpan(start, token.Start - start);
            if (names.Places.All.Contains(name) || names.Prefix.IsGeneric(name) || names.Common.IsCommon(name)) continue;
            if (LooksLikePerson(name)) continue; // 王建林董事长: the person stands before the title too
            if (EndsInRegionalDivision(text, words, start, token.Start) || EndsInUnit(text, token.Start)) continue;
            // 董事|总经理: the words end in a title of their own, a compound title whose firm stands further left
            var last = words.StartOfWordEndingAt(token.Start);
            if (last >= 0 && roles.Contains(text.AsSpan(last, token.Start - last))) continue;
            // 董事长|兼|总经理: the second post of one person, whose firm stands before the first (万科董事长兼总裁)
            if (last >= 0 && text.AsSpan(last, token.Start - last).SequenceEqual(Concurrently)) continue;
            candidates.Add(new CompanyEntity(start, name.Length, document.Slice(start, name.Length)));
        }
    }

    /// <summary>兼 (concurrently) joins two posts of one person: 副董事长兼总经理.</summary>
    private const string Concurrently = "兼";

    /// <summary>
    /// The words end in a firm's regional division, a region or place and 区 (欧力士集团|大中华区, 中原地产|华北区, 某某|中国区): the
    /// officer heads the division, and the firm's name stops before it, which the other recognisers find.
    /// </summary>
    private bool EndsInRegionalDivision(string text, TokenBoundaries words, int start, int end)
    {
        var wordStart = words.StartOfWordEndingAt(end);
        if (wordStart < start || end - wordStart < 3 || text[end - 1] != '区') return false;
        var stem = text.AsSpan(wordStart, end - 1 - wordStart);
        return names.AllPlaces.All.Contains(stem) || stem is "大中华" or "亚太";
    }

    /// <summary>
    /// The words end in a unit of a body or firm (信用卡中心, 现金管理部, 北京总部): its officer is named, and the firm, if any,
    /// stands before the unit.
    /// </summary>
    private bool EndsInUnit(string text, int end) =>
        (text[end - 1] == '部' || names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(text, end, 1, out _, out _))
        && !names.Lexicons.CompanySuffixes.TryLongestEndingAt(text, end, 1, out _, out _); // 公司 ends in the unit head 司

    /// <summary>Two or three ideographs led by a common surname read as a person's name (姓名 + 职务).</summary>
    private bool LooksLikePerson(ReadOnlySpan<char> name)
    {
        if (name.Length > 3 || !names.Lexicons.StartsWithSurname(name)) return false;
        foreach (var c in name) if (!ZoneExtract.Text.CharClass.IsIdeograph(c)) return false;
        return true;
    }
}
