using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

public class ModelSpanPrecedenceTests
{
    [TestCase("中新网电渣打银行集团行政总裁", "渣打银行集团", "渣打银行", "渣打银行集团")] // a company head after the known name
    [TestCase("他说安联保险股份公司今年", "安联保险股份公司", "安联保险", "安联保险股份公司")]
    [TestCase("产品如上海浦发银行推出的", "上海浦发银行", "浦发银行", "上海浦发银行")] // a listed place before it
    [TestCase("8%浦发银行深发展萌发融资冲动", "浦发银行深发展", "浦发银行", "浦发银行")] // no head: two names glued
    [TestCase("著名的鞋革企业奥康集团有限公司、", "鞋革企业奥康集团有限公司", "奥康集团有限公司", "奥康集团有限公司")] // a description before it
    public void A_model_company_that_extends_a_rule_company_up_to_a_head_wins_it(string text, string model, string rule, string expected)
    {
        var modelSpan = Company(text, model);
        var ruleSpan = Company(text, rule);
        var candidates = new (Entity, int)[] { (ruleSpan, RecognizerPrecedence.CompanyLexicon), (modelSpan, RecognizerPrecedence.LearnedModel) };

        var merged = EntityMerger.Merge(text, candidates, EntityLabel.All, SharedExtractor.Resources.Names);

        Assert.That(merged.Select(e => e.Text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("据重庆日报报业集团介绍", "重庆日报报业集团", "重庆日报", "重庆日报报业集团")] // a paper's group: a firm
    [TestCase("据重庆日报社长介绍", "重庆日报社", "重庆日报", "重庆日报")] // 社 is an organisation head, no company head
    public void A_model_company_that_extends_an_organisation_up_to_a_company_head_wins_it(string text, string model, string rule, string expected)
    {
        var organisation = new OrganizationEntity(text.IndexOf(rule, StringComparison.Ordinal), rule.Length, rule);
        var candidates = new (Entity, int)[] { (organisation, RecognizerPrecedence.OrganizationLexicon), (Company(text, model), RecognizerPrecedence.LearnedModel) };

        var merged = EntityMerger.Merge(text, candidates, EntityLabel.All, SharedExtractor.Resources.Names);

        Assert.That(merged.Select(e => e.Text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("导演乌维·鲍尔，", "乌维·鲍尔", "乌维·鲍尔")] // a foreign full name round a firm's name that its surname shares
    [TestCase("导演乌维鲍尔，", "乌维鲍尔", "鲍尔")] // no interpunct: the model's person is no surer than the firm
    public void A_model_person_joined_by_an_interpunct_wins_the_firm_inside_it(string text, string person, string expected)
    {
        var firm = Company(text, "鲍尔");
        var candidates = new (Entity, int)[]
        {
            (firm, RecognizerPrecedence.CompanyLexicon),
            (new PersonEntity(text.IndexOf(person, StringComparison.Ordinal), person.Length, person), RecognizerPrecedence.LearnedModel),
        };

        var merged = EntityMerger.Merge(text, candidates, EntityLabel.All, SharedExtractor.Resources.Names);

        Assert.That(merged.Select(e => e.Text), Is.EqualTo(new[] { expected }));
    }

    [TestCase("位于天虹科技大厦3178室", "天虹科技大厦", "天虹科技", "天虹科技大厦")] // a building named after the firm
    [TestCase("深入亚马逊雨林深处", "亚马逊雨林", "亚马逊", "亚马逊雨林")]
    [TestCase("在王府井新华书店买书", "王府井新华书店", "王府井", "王府井")] // 店 ends no feature's name
    public void A_model_place_named_after_a_firm_wins_the_firm(string text, string place, string firm, string expected)
    {
        var candidates = new (Entity, int)[]
        {
            (Company(text, firm), RecognizerPrecedence.CompanyLexicon),
            (new LocationEntity(text.IndexOf(place, StringComparison.Ordinal), place.Length, place), RecognizerPrecedence.LearnedModel),
        };

        var merged = EntityMerger.Merge(text, candidates, EntityLabel.All, SharedExtractor.Resources.Names);

        Assert.That(merged.Select(e => e.Text), Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void Without_the_name_resources_precedence_alone_decides()
    {
        const string text = "中新网电渣打银行集团行政总裁";
        var candidates = new (Entity, int)[] { (Company(text, "渣打银行"), RecognizerPrecedence.CompanyLexicon), (Company(text, "渣打银行集团"), RecognizerPrecedence.LearnedModel) };

        Assert.That(EntityMerger.Merge(text, candidates, EntityLabel.All).Select(e => e.Text), Is.EqualTo(new[] { "渣打银行" }));
    }

    private static CompanyEntity Company(string text, string name)
    {
        var start = text.IndexOf(name, StringComparison.Ordinal);
        return new CompanyEntity(start, name.Length, name);
    }
}
