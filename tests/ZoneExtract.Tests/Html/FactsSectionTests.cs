using ZoneExtract.Evaluation.Html;

namespace ZoneExtract.Tests.Html;

public class FactsSectionTests
{
    private static string Page(string text)
    {
        var result = SharedExtractor.Instance.Extract(text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        using var page = new StringWriter();
        HtmlView.Write([("doc", result)], page);
        return page.ToString();
    }

    [Test]
    public void A_document_with_facts_gets_a_facts_table_linked_to_the_sentence()
    {
        var page = Page("今年前三季度，重庆高新区实现地区生产总值341.6亿元，增长6.4%。");
        Assert.Multiple(() =>
        {
            Assert.That(page, Does.Contain("<table class=\"facts\">"));
            Assert.That(page, Does.Contain("<td>重庆高新区</td>").Or.Contain(">重庆高新区</td>"));
            Assert.That(page, Does.Match("<a href=\"#d1-l1\"[^>]*>地区生产总值</a>"));
            Assert.That(page, Does.Contain("title=\"34160000000 CNY\">341.6亿元</td>"));
            Assert.That(page, Does.Contain("+ 6.4%"));
            Assert.That(page, Does.Contain("title=\"2020-01-01 – 2020-09-30\">今年前三季度</td>"));
        });
    }

    [Test]
    public void A_document_without_facts_has_no_facts_table()
    {
        Assert.That(Page("重庆高新区举行签约仪式。"), Does.Not.Contain("class=\"facts\""));
    }
}
