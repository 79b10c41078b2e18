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
                var word = names.Lexicons.BranchWords.FirstOrDefault(w => text.AsSpan(wordStart).StartsWith(w, StringComparison.Ordinal));
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
        return result is null ? accepted : result.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }

    /// <summary>
    /// Where a firm's China arm named by the firm and 中国 ends (特斯拉中国|官网, 亚马逊中国、, 松下中国|总裁), or -1: 中国 is a
    /// word of its own, followed by punctuation, the end of the text, a corporate role or 官网. Before another word it opens
    /// a phrase of the firm (沃尔玛|中国总部, 华侨银行|中国个人业务).
    /// </summary>
    private int ChinaArmEnd(Document document, int start)
    {
        var text = document.Text;
        var end = start + 2;
        if (!text.AsSpan(start).StartsWith("中国", StringComparison.Ordinal) || !document.Words.IsBoundary(end)) return -1;
        if (end == text.Length || !Text.CharClass.IsIdeograph(text[end]) && !char.IsAsciiLetter(text[end])) return end;
        return text.AsSpan(end).StartsWith("官网", StringComparison.Ordinal)
            || names.Lexicons.CompanyRoles.TryLongestStartingAt(text, end, out _, out _) ? end : -1;
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
