using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// A firm's branch or subsidiary named by the firm, a place and 公司 (青岛啤酒揭阳公司, 格力电器重庆分公司, 某某中国公司) is one
/// COMPANY: after merging, a COMPANY followed right away by a place and a branch word grows over them, and the LOC inside gives way.
/// A COMPANY that already ends in the place (交行上海 of 交行上海分行) grows over the branch word. A firm's China arm named by
/// the firm and 中国 (特斯拉中国, 雅培中国) is one COMPANY too.
/// </summary>
internal sealed class CompanyBranches(NameResources names)
{
    public Entity[] Extend(Document document, Entity[] accepted)
    {
        var text = document.Text;
        List<Entity>? result = null;
        foreach (var company in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            // the place may already close the firm's span (交行上海|分行: the model took the place in)
            var end = ChinaArmEnd(document, company.End);
            var placeEnd = end; // where the place that may stand inside ends
            if (end < 0)
            {
                var placeLength = names.AllPlaces.All.TryLongestStartingAt(text, company.End, out var length, out _) ? length
                    : ForeignPlaceLength(document, company.End) is var foreign and > 0 ? foreign
                    : EndsInPlace(text, company) ? 0 : -1;
                if (placeLength < 0) continue;
                var wordStart = company.End + placeLength;
                placeEnd = wordStart;
                var word = Text.WordLists.FirstStartingWith(text.AsSpan(wordStart), names.Lexicons.BranchWords);
                if (word is null) continue;
                end = wordStart + word.Length;
                if (end < text.Length && !document.Words.IsBoundary(end)) continue; // 公司法, 公司债: another word
            }
            result ??= accepted.ToList();
            // only the place may stand inside: any other entity there (a firm named 某某公司) keeps the span
            var inside = result.Where(e => !ReferenceEquals(e, company) && e.Start < end && e.End > company.End).ToList();
            if (inside.Any(e => e.Label != EntityLabel.Location || e.Start < company.End || e.End > placeEnd)) continue;
            result.RemoveAll(e => ReferenceEquals(e, company) || inside.Contains(e));
            result.Add(new CompanyEntity(company.Start, end - company.Start, document.Slice(company.Start, end - company.Start)));
        }
        var extended = result is null ? accepted : result.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
        var withUnits = WithBankUnits(document, extended);
        return withUnits is null ? extended : withUnits.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }

    /// <summary>
    /// A bank's licensed unit (信用卡中心 of <c>company-bank-units.tsv</c>) closes one COMPANY with the bank's name before it, as a
    /// 分行 does: a bank's COMPANY followed by the word grows over it (平安银行|信用卡中心; 中信银行深圳分行|信用卡中心, over an ORG
    /// the word alone was read as), and an ORG the organisation rules read over a bank's name and the unit (招行信用卡中心,
    /// 广东发展银行信用卡中心) is the firm's, as a business's unit is no public body. A bank's name ends in 行 (银行, 分行, 招行);
    /// one that opens with a kind (国有银行信用卡中心) names no bank. Null when nothing changed.
    /// </summary>
    private List<Entity>? WithBankUnits(Document document, Entity[] entities)
    {
        var text = document.Text;
        List<Entity>? result = null;
        foreach (var entity in entities)
        {
            if (entity.Label == EntityLabel.Company && text[entity.End - 1] == '行' && BankUnitLengthAt(document, entity.End) is var length and > 0)
            {
                var end = entity.End + length;
                var inside = entities.Where(e => !ReferenceEquals(e, entity) && e.Start < end && e.End > entity.End).ToList();
                if (inside.Any(e => e.Start < entity.End || e.End > end)) continue;
                result ??= entities.ToList();
                result.RemoveAll(e => ReferenceEquals(e, entity) || inside.Contains(e));
                result.Add(new CompanyEntity(entity.Start, end - entity.Start, document.Slice(entity.Start, end - entity.Start)));
            }
            else if (entity.Label == EntityLabel.Organization && IsUnitOfNamedBank(document, entity))
            {
                result ??= entities.ToList();
                result.RemoveAll(e => ReferenceEquals(e, entity));
                result.Add(new CompanyEntity(entity.Start, entity.Length, document.Slice(entity.Start, entity.Length)));
            }
        }
        return result;
    }

    /// <summary>The length of a bank's unit word that starts at <paramref name="start"/> and ends on a word boundary, or 0.</summary>
    private int BankUnitLengthAt(Document document, int start)
    {
        foreach (var word in names.Lexicons.BankUnitWords)
        {
            var end = start + word.Length;
            if (document.Text.AsSpan(start).StartsWith(word, StringComparison.Ordinal) && (end == document.Text.Length || document.Words.IsBoundary(end)))
                return word.Length;
        }
        return 0;
    }

    /// <summary>An ORG made of a bank's name (two or more characters ending in 行, not a kind of bank) and a bank's unit word.</summary>
    private bool IsUnitOfNamedBank(Document document, Entity organization)
    {
        var text = document.Text;
        foreach (var word in names.Lexicons.BankUnitWords)
        {
            var ownerEnd = organization.End - word.Length;
            if (ownerEnd - organization.Start < 2 || !text.AsSpan(ownerEnd).StartsWith(word, StringComparison.Ordinal) || text[ownerEnd - 1] != '行')
                continue;
            var firstWordEnd = organization.Start + 1;
            while (firstWordEnd < ownerEnd && !document.Words.IsBoundary(firstWordEnd)) firstWordEnd++;
            var firstWord = text.AsSpan(organization.Start, firstWordEnd - organization.Start);
            // jieba keeps some kinds whole (国有银行): their first two characters are the kind (国有, 中资)
            return !names.Prefix.IsGeneric(firstWord) && !names.Prefix.IsGeneric(text.AsSpan(organization.Start, 2))
                && !names.Prefix.IsStopWord(firstWord) && !firstWord.SequenceEqual("银行");
        }
        return false;
    }

    /// <summary>
    /// Where a firm's China arm named by the firm and 中国 ends (特斯拉中国|官网, 亚马逊中国、, 松下中国|总裁), or -1: 中国 is a
    /// word of its own, followed by punctuation, the end of the text, a corporate role or 官网. Before another word it opens
    /// a phrase of the firm (沃尔玛|中国总部, 华侨银行|中国个人业务). In brackets, (中国) is the China subsidiary's part of its
    /// registered name, which the news keeps without the legal form (大众汽车集团(中国)执行副总裁, 花旗银行(中国)的借记卡,
    /// 安利(中国)总裁): it closes the name before anything but a noun, an industry or business word or a legal form, which
    /// make it a longer name (霍尼韦尔过程控制(中国)运营中心; 丰田汽车(中国)投资有限公司 is the suffix rule's). Text is width-folded.
    /// </summary>
    private int ChinaArmEnd(Document document, int start)
    {
        var text = document.Text;
        var bracketed = text.AsSpan(start).StartsWith(BracketedChina, StringComparison.Ordinal);
        var end = start + (bracketed ? BracketedChina.Length : China.Length);
        if (!bracketed && (!text.AsSpan(start).StartsWith(China, StringComparison.Ordinal) || !document.Words.IsBoundary(end))) return -1;
        if (end == text.Length || !Text.CharClass.IsIdeograph(text[end]) && !char.IsAsciiLetter(text[end])) return end;
        if (text.AsSpan(end).StartsWith("官网", StringComparison.Ordinal) || names.Lexicons.CompanyRoles.TryLongestStartingAt(text, end, out _, out _))
            return end;
        return bracketed && !OpensLongerName(document, end) ? end : -1;
    }

    private const string China = "中国";

    private const string BracketedChina = "(中国)";

    /// <summary>
    /// An industry or business word or a legal form starts at <paramref name="start"/> (投资有限公司), a noun (总部), or the word
    /// after the next one is the head of a body (运营|中心, 研发|中心).
    /// </summary>
    private bool OpensLongerName(Document document, int start)
    {
        var text = document.Text;
        if (names.Lexicons.CompanySuffixes.TryLongestStartingAt(text, start, out _, out _)
            || names.Lexicons.CompanyBusinessWords.TryLongestStartingAt(text, start, out _, out _)) return true;
        var wordEnd = document.Words.WordEnd(start, text.Length);
        if (wordEnd - start >= 2 && names.Common.IsCommonNoun(text.AsSpan(start, wordEnd - start))) return true;
        var headEnd = document.Words.WordEnd(wordEnd, text.Length);
        return wordEnd < text.Length && names.Lexicons.OrganizationSuffixes.Contains(text.AsSpan(wordEnd, headEnd - wordEnd));
    }

    /// <summary>
    /// The length of a word at <paramref name="start"/> that jieba tags a place and the division lists do not hold: a city abroad
    /// (中国工商银行|纽约|分行, 中国银行|伦敦|分行), or 0.
    /// </summary>
    private int ForeignPlaceLength(Document document, int start)
    {
        var end = start + 1;
        while (end < document.Text.Length && !document.Words.IsBoundary(end)) end++;
        return end - start >= 2 && names.Common.IsPlaceName(document.Text.AsSpan(start, end - start)) ? end - start : 0;
    }

    /// <summary>The firm's span ends in a place, after at least two characters of the firm's own name.</summary>
    private bool EndsInPlace(string text, Entity company) =>
        names.AllPlaces.All.TryLongestEndingAt(text, company.End, 2, out var placeStart, out _) && placeStart - company.Start >= 2;
}
