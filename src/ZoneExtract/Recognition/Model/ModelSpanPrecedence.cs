using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Where the model reads a longer name round a rule's span and the shape of the longer one says it is the entity, the
/// model span competes at the precedence of the rule span inside it instead of its own lower one, so that it is taken
/// first (the longer of equal precedence) and the rule span is dropped:
/// <list type="bullet">
/// <item>a COMPANY round a rule's firm name that ends in a company or organisation head and either opens with the rule's
/// span (渣打银行集团, 雅培全球营养品部, 安联保险股份公司, 工行信贷管理部) or only puts a listed place before it (上海浦发银行,
/// 法国兴业银行: a place inside a firm's name is part of it). A model span without such a head (浦发银行深发展, 中信证券宏观)
/// glues two things, and other words before the rule's span (鞋革企业|奥康集团有限公司) describe the firm: both stay below
/// the rules;</item>
/// <item>a COMPANY that opens with an organisation's name and ends in a company head (重庆日报|报业集团: the paper's group, a
/// firm); before an organisation head alone (重庆日报社) the organisation stays;</item>
/// <item>a foreign person's full name, its parts joined by · (乌维·鲍尔, 马克·福斯特), round a firm's name that a surname
/// shares (鲍尔, 福斯特, 福特);</item>
/// <item>a place that opens with a firm's name and ends as a built or natural feature does (天虹科技大厦, 万科蓝山, 亚马逊雨林:
/// <see cref="ModelSpanFilter.FeatureHeads"/>): the building, estate or forest named after the firm, not the firm.</item>
/// </list>
/// </summary>
internal static class ModelSpanPrecedence
{
    /// <summary>Raises <paramref name="precedence"/>[i] of each such model candidate to that of the name inside it.</summary>
    public static void RaiseOverNamesInside(string text, (Entity Entity, int Precedence)[] candidates, int[] precedence, NameResources names)
    {
        int[]? byStart = null; // the candidates' indices by start, so that those inside a span are one slice, not a scan of all
        int[]? starts = null;
        for (var i = 0; i < candidates.Length; i++)
        {
            var (outer, own) = candidates[i];
            if (own != RecognizerPrecedence.LearnedModel || outer.Label is not (EntityLabel.Company or EntityLabel.Person or EntityLabel.Location)) continue;
            if (byStart is null) (byStart, starts) = ByStart(candidates);
            var from = LowerBound(starts!, outer.Start);
            var to = LowerBound(starts!, outer.End);
            var inside = byStart.AsSpan(from, to - from);
            var raised = outer.Label switch
            {
                EntityLabel.Company => CompanyPrecedence(text, outer, candidates, inside, names),
                EntityLabel.Person when text.AsSpan(outer.Start, outer.Length).Contains('·') => HighestInside(outer, candidates, inside, sameStart: false),
                EntityLabel.Location when ModelSpanFilter.FeatureHeads.Contains(text[outer.End - 1]) => HighestInside(outer, candidates, inside, sameStart: true),
                _ => own,
            };
            if (raised > own) precedence[i] = raised;
        }
    }

    private static int CompanyPrecedence(string text, Entity outer, (Entity Entity, int Precedence)[] candidates, ReadOnlySpan<int> inside, NameResources names)
    {
        var byCompany = RecognizerPrecedence.LearnedModel;
        var byOrganization = RecognizerPrecedence.LearnedModel;
        foreach (var j in inside)
        {
            var (inner, innerPrecedence) = candidates[j];
            if (!StrictlyInside(inner, outer)) continue;
            if (inner.Label == EntityLabel.Company && innerPrecedence > byCompany
                && (inner.Start == outer.Start || inner.End == outer.End && names.AllPlaces.All.Contains(text.AsSpan(outer.Start, inner.Start - outer.Start))))
                byCompany = innerPrecedence;
            if (inner.Label == EntityLabel.Organization && innerPrecedence > byOrganization && inner.Start == outer.Start)
                byOrganization = innerPrecedence;
        }
        if (byCompany == RecognizerPrecedence.LearnedModel && byOrganization == RecognizerPrecedence.LearnedModel) return RecognizerPrecedence.LearnedModel;
        var name = text.Substring(outer.Start, outer.Length);
        if (names.Lexicons.EndsWithCompanyHead(name)) return Math.Max(byCompany, byOrganization);
        return names.Lexicons.EndsWithOrganizationHead(name) ? byCompany : RecognizerPrecedence.LearnedModel;
    }

    /// <summary>The highest precedence of the COMPANY candidates inside <paramref name="outer"/> (opening it, if <paramref name="sameStart"/>).</summary>
    private static int HighestInside(Entity outer, (Entity Entity, int Precedence)[] candidates, ReadOnlySpan<int> inside, bool sameStart)
    {
        var highest = RecognizerPrecedence.LearnedModel;
        foreach (var j in inside)
        {
            var (inner, innerPrecedence) = candidates[j];
            if (inner.Label == EntityLabel.Company && StrictlyInside(inner, outer) && (!sameStart || inner.Start == outer.Start))
                highest = Math.Max(highest, innerPrecedence);
        }
        return highest;
    }

    private static (int[] Indices, int[] Starts) ByStart((Entity Entity, int Precedence)[] candidates)
    {
        var starts = new int[candidates.Length];
        var indices = new int[candidates.Length];
        for (var i = 0; i < candidates.Length; i++) (starts[i], indices[i]) = (candidates[i].Entity.Start, i);
        Array.Sort(starts, indices);
        return (indices, starts);
    }

    /// <summary>The first index whose start is at or after <paramref name="position"/>.</summary>
    private static int LowerBound(int[] starts, int position)
    {
        int low = 0, high = starts.Length;
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] < position) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    private static bool StrictlyInside(Entity inner, Entity outer) =>
        inner.Length < outer.Length && inner.Start >= outer.Start && inner.End <= outer.End;
}
