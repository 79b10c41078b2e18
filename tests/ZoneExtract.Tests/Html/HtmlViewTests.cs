using System.Text.RegularExpressions;
using ZoneExtract.Evaluation.Html;

namespace ZoneExtract.Tests.Html;

public class HtmlViewTests
{
    private const string Hostile = "<script>alert(\"x&y\")</script> 'q' 重庆高新区投资212亿元，今年1-7月增长6.4%。";

    private static ExtractionResult Extract(string text) =>
        SharedExtractor.Instance.Extract(text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });

    private static string Render(IEnumerable<(string? Id, ExtractionResult Result)> documents, HtmlViewOptions? options = null)
    {
        using var output = new StringWriter();
        HtmlView.Write(documents, output, options);
        return output.ToString();
    }

    [Test]
    public void Hostile_text_and_ids_are_escaped_and_the_page_loads_nothing()
    {
        var html = Render([("<img src=x onerror=\"alert(1)\">&", Extract(Hostile))]);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<img"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &#39;q&#39;"));
            Assert.That(html, Does.Contain("<h2>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;</h2>"));
            Assert.That(html, Does.Not.Match("(?i)(src|href)=\"(https?:)?//"), "no resource from the network");
            Assert.That(html, Does.Not.Contain("@import").And.Not.Contain("url("));
        });
    }

    [Test]
    public void Entities_carry_their_label_colour_tag_and_normalised_value_in_the_title()
    {
        var html = Render([("cq", Extract(Hostile))]);

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<mark class=\"l-money\" title=\"MONEY 212亿元 → 21,200,000,000 CNY\" data-t=\"MONEY\">212亿元</mark>"));
            Assert.That(html, Does.Contain("title=\"DATE 今年1-7月 → 2020-01-01 – 2020-07-31\""));
            Assert.That(html, Does.Contain("<mark class=\"l-zone\" title=\"ZONE 重庆高新区 → kind high_tech_zone; official name 重庆高新技术产业开发区\""));
            Assert.That(html, Does.Contain("<li class=\"l-money\">MONEY<b>1</b></li>"), "the legend counts each label");
        });
    }

    [Test]
    public void The_reference_article_shows_a_zone_nested_in_an_organisation()
    {
        var result = Extract(TestCorpus.ReadArticle());
        var html = Render([("gaoxin-2020-11", result)]);
        var nested = result.Zones.First(z => result.Organizations.Any(o => o.Start <= z.Start && z.End <= o.End));

        Assert.That(html, Does.Match($"<mark class=\"l-org\"[^>]*>[^<]*<mark class=\"l-zone\"[^>]*>{Regex.Escape(nested.Text)}</mark>"));
        Assert.That(Regex.Matches(html, "<mark ").Count, Is.EqualTo(result.Entities.Count), "one element per entity: none crosses another");
    }

    [Test]
    public void Several_documents_get_totals_and_a_contents_list_one_document_does_not()
    {
        var one = Render([("a", Extract("重庆高新区投资212亿元"))]);
        var two = Render([("a", Extract("重庆高新区投资212亿元")), (null, Extract("增长6.4%"))]);

        Assert.Multiple(() =>
        {
            Assert.That(one, Does.Not.Contain("<nav"));
            Assert.That(two, Does.Contain("<nav aria-label=\"Contents\"><h2>2 documents, 3 entities</h2>"));
            Assert.That(two, Does.Contain("<li><a href=\"#d1\">a</a><span>2 entities</span></li>"));
            Assert.That(two, Does.Contain("<li><a href=\"#d2\">document 2</a><span>1 entity</span></li>"));
            Assert.That(two, Does.Contain("<article id=\"d2\"><h2>document 2</h2>"));
        });
    }

    [Test]
    public void Without_document_legends_each_documents_counts_are_plain_text()
    {
        var html = Render([("a", Extract("重庆高新区投资212亿元")), ("b", Extract("增长6.4%"))], new HtmlViewOptions { DocumentLegends = false });

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Contain("<p class=\"meta\">reference date 2020-11-23 · 2 entities: ZONE 1 · MONEY 1</p>"));
            Assert.That(html, Does.Not.Contain("aria-label=\"Entities per label\""));
            Assert.That(html, Does.Contain("<ul class=\"legend\" aria-label=\"Entities per label, all documents\">"), "the totals still show the colours");
        });
    }

    [Test]
    public void Extra_sections_follow_the_text_of_each_document_with_its_anchors()
    {
        var section = new RecordingSection();
        var html = Render([("a", Extract("第一行\n重庆高新区投资212亿元"))], new HtmlViewOptions { Sections = [section] });

        Assert.Multiple(() =>
        {
            Assert.That(section.Seen, Is.EqualTo(new[] { "a d1 d1-l2" }));
            Assert.That(html, Does.Contain("<p id=\"d1-l2\">"));
            Assert.That(html.IndexOf("<section>extra</section>", StringComparison.Ordinal),
                Is.GreaterThan(html.IndexOf("</div>", html.IndexOf("class=\"text\"", StringComparison.Ordinal), StringComparison.Ordinal)));
        });
    }

    [Test]
    public void A_failed_document_keeps_its_place_with_its_reason()
    {
        using var output = new StringWriter();
        var writer = new HtmlViewWriter(output);
        writer.WriteFailure("bad<1>", "text of 9 characters is over the limit");
        writer.WriteDocument("good", Extract("增长6.4%"));
        writer.Finish();

        Assert.That(output.ToString(), Does.Contain("<h2>bad&lt;1&gt;</h2>\n<p class=\"failed\">Not extracted: text of 9 characters is over the limit</p>"));
        Assert.That(output.ToString(), Does.Contain("2 documents, 1 not extracted, 1 entity"));
        Assert.Throws<InvalidOperationException>(() => writer.WriteDocument("late", Extract("增长6.4%")));
    }

    private sealed class RecordingSection : IHtmlDocumentSection
    {
        public List<string> Seen { get; } = [];

        public void Write(HtmlDocumentContext document, TextWriter output)
        {
            var money = document.Result.Money.Single();
            Seen.Add($"{document.Id} {document.Anchor} {document.LineAnchor(money.Start)}");
            output.Write("<section>extra</section>");
        }
    }
}
