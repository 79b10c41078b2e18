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
            // 董事长|兼|总经理, 总裁兼|首席执行官: the second post of one person, whose firm stands before the first (万科董事长兼总裁)
            if (text[token.Start - 1] == Concurrently) continue;
            var roleStart = ModifierStart(text, words, token.Start);
            var end = ScopeStart(text, words, roleStart);
            // the scope word counts in the length, not in the words (欧|力士|集团|大中华区|董事长, 少不了|乐斯福|中国区|总裁)
            var start = names.Prefix.FindStart(document, words, end, maxWords: 4, maxLength: MaxLength - (roleStart - end));
            if (start >= 0) start = PostVerbs.StartAfter(names.Lexicons.PostVerbs, text, words, start, end); // 时任|保利地产|董事长: the post verb is the sentence's
            if (start < 0 || end - start < 2) continue;
            if (end < roleStart && AfterLoneCharacter(text, words, start)) continue; // 欧|力士|集团|大中华区: left to the others
            var name = text.AsSpan(start, end - start);
            if (names.Places.All.Contains(name) || names.Prefix.IsGeneric(name) || names.Common.IsCommon(name)) continue;
            if (LooksLikePerson(name)) continue; // 王建林董事长: the person stands before the title too
            if (EndsInUnit(text, end)) continue;
            // 董事|总经理: the words end in a title of their own, a compound title whose firm stands further left
            var last = words.StartOfWordEndingAt(end);
            if (last >= 0 && roles.Contains(text.AsSpan(last, end - last))) continue;
            candidates.Add(new CompanyEntity(start, name.Length, document.Slice(start, name.Length)));
        }
    }

    /// <summary>兼 (concurrently) joins two posts of one person: 副董事长兼总经理.</summary>
    private const char Concurrently = '兼';

    /// <summary>
    /// Where the firm's name ends when the word before the role is the scope of the post: a firm's regional division, a
    /// word of three or more characters ending in 区 (欧力士集团|大中华区, 中原地产|华北区, 乐斯福|中国区|总裁, 东亚区), or 全球
    /// (乐斯福|全球|CEO): the officer heads the division or the whole firm, whose name stops before it; <paramref name="end"/>
    /// when there is none.
    /// </summary>
    private static int ScopeStart(string text, TokenBoundaries words, int end)
    {
        var wordStart = words.StartOfWordEndingAt(end);
        if (wordStart <= 0) return end;
        var word = text.AsSpan(wordStart, end - wordStart);
        return word.SequenceEqual(Global) || word.Length >= 3 && word[^1] == '区' ? wordStart : end;
    }

    private const string Global = "全球";

    /// <summary>
    /// Where the title starts when a word that qualifies it stands before it (华为|轮值|董事长, 联电|荣誉|董事长): the start of that
    /// word, as the firm's name ends before it; <paramref name="roleStart"/> when there is none.
    /// </summary>
    private int ModifierStart(string text, TokenBoundaries words, int roleStart)
    {
        var wordStart = words.StartOfWordEndingAt(roleStart);
        return wordStart > 0 && names.Lexicons.CompanyRoleModifiers.Contains(text.AsSpan(wordStart, roleStart - wordStart)) ? wordStart : roleStart;
    }

    /// <summary>
    /// True when a one-character ideograph word stands right before <paramref name="start"/>: a name's first character that
    /// the prefix did not take (欧 of 欧力士集团), so the name found before a scope is cut.
    /// </summary>
    private static bool AfterLoneCharacter(string text, TokenBoundaries words, int start) =>
        start > 0 && ZoneExtract.Text.CharClass.IsIdeograph(text[start - 1]) && words.StartOfWordEndingAt(start) == start - 1;

    /// <summary>The most characters from the name's start to the role.</summary>
    private const int MaxLength = 8;

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
