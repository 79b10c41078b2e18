using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// A firm's branch or subsidiary named by the firm, a place and 公司 (青岛啤酒揭阳公司, 格力电器重庆分公司, 某某中国公司) is one
/// COMPANY: after merging, a COMPANY followed right away by a place and a branch word grows over them, and the LOC inside gives way.
/// </summary>
internal sealed class CompanyBranches(NameResources names)
{
    public Entity[] Extend(Document document, Entity[] accepted)
    {
        var text = document.Text;
        List<Entity>? result = null;
        foreach (var company in accepted.Where(e => e.Label == EntityLabel.Company))
        {
            if (!names.AllPlaces.All.TryLongestStartingAt(text, company.End, out var placeLength, out _)) continue;
            var wordStart = company.End + placeLength;
            var word = names.Lexicons.BranchWords.FirstOrDefault(w => text.AsSpan(wordStart).StartsWith(w, StringComparison.Ordinal));
            if (word is null) continue;
            var end = wordStart + word.Length;
            if (end < text.Length && !document.Words.IsBoundary(end)) continue; // 公司法, 公司债: another word
            result ??= accepted.ToList();
            // only the place may stand inside: any other entity there (a firm named 某某公司) keeps the span
            var inside = result.Where(e => !ReferenceEquals(e, company) && e.Start < end && e.End > company.End).ToList();
            if (inside.Any(e => e.Label != EntityLabel.Location || e.Start < company.End || e.End > wordStart)) continue;
            result.RemoveAll(e => ReferenceEquals(e, company) || inside.Contains(e));
            result.Add(new CompanyEntity(company.Start, end - company.Start, document.Slice(company.Start, end - company.Start)));
        }
        return result is null ? accepted : result.OrderBy(e => e.Start).ThenByDescending(e => e.Length).ToArray();
    }
}
