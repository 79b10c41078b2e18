using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Where a rule finds a firm's name (渣打银行, 雅培, 安联保险, 浦发银行) and the model reads a longer COMPANY round it that
/// ends in a company or organisation head and either opens with the rule's span (渣打银行集团, 雅培全球营养品部,
/// 安联保险股份公司, 工行信贷管理部) or only puts a listed place before it (上海浦发银行, 法国兴业银行: a place inside a firm's
/// name is part of it), the longer span is the one entity the contract annotates; the model span then competes at the
/// precedence of the rule span inside it instead of its own lower one, so that it is taken first (the longer of equal
/// precedence) and the name inside it is dropped. A model span without such a head (浦发银行深发展, 中信证券宏观) glues two
/// things, and other words before the rule's span (鞋革企业|奥康集团有限公司) describe the firm: both stay below the rules.
/// An organisation's name that a model COMPANY opens with and closes with a company head (重庆日报|报业集团: the paper's
/// group, a firm) is taken the same way; before an organisation head alone (重庆日报社) the organisation stays.
/// </summary>
internal static class ModelCompanyExtension
{
    /// <summary>Raises <paramref name="precedence"/>[i] of each such model COMPANY candidate to that of the name inside it.</summary>
    public static void RaiseOverNamesInside(string text, (Entity Entity, int Precedence)[] candidates, int[] precedence, NameResources names)
    {
        for (var i = 0; i < candidates.Length; i++)
        {
            var (outer, own) = candidates[i];
            if (own != RecognizerPrecedence.LearnedModel || outer.Label != EntityLabel.Company) continue;
            var byCompany = own;
            var byOrganization = own;
            foreach (var (inner, innerPrecedence) in candidates)
            {
                if (inner.Length >= outer.Length || inner.Start < outer.Start || inner.End > outer.End) continue;
                if (inner.Label == EntityLabel.Company && innerPrecedence > byCompany
                    && (inner.Start == outer.Start || inner.End == outer.End && names.AllPlaces.All.Contains(text.AsSpan(outer.Start, inner.Start - outer.Start))))
                    byCompany = innerPrecedence;
                if (inner.Label == EntityLabel.Organization && innerPrecedence > byOrganization && inner.Start == outer.Start)
                    byOrganization = innerPrecedence;
            }
            var name = text.Substring(outer.Start, outer.Length);
            var companyHead = names.Lexicons.EndsWithCompanyHead(name);
            var raised = companyHead ? Math.Max(byCompany, byOrganization) : byCompany;
            if (raised > own && (companyHead || names.Lexicons.EndsWithOrganizationHead(name))) precedence[i] = raised;
        }
    }
}
