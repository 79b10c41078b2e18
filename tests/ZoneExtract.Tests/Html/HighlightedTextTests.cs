using ZoneExtract.Evaluation.Html;

namespace ZoneExtract.Tests.Html;

public class HighlightedTextTests
{
    private static string Render(string text, params Highlight[] highlights)
    {
        using var output = new StringWriter();
        HighlightedText.Write(output, text, highlights, "d1");
        return output.ToString();
    }

    private static Highlight Mark(int start, int end, string tag) => new(start, end, "c", tag, tag + " title");

    [Test]
    public void A_nested_span_becomes_a_nested_element()
    {
        // 贵阳高新区社会事务局: an ORG whose name holds a ZONE.
        var html = Render("贵阳高新区社会事务局。", Mark(0, 10, "ORG"), Mark(0, 5, "ZONE"));

        Assert.That(html, Is.EqualTo(
            "<div class=\"text\"><p id=\"d1-l1\"><mark class=\"c\" title=\"ORG title\" data-t=\"ORG\"><mark class=\"c\" title=\"ZONE title\" data-t=\"ZONE\">贵阳高新区</mark>社会事务局</mark>。</p></div>"));
    }

    [Test]
    public void Crossing_spans_are_cut_into_fragments_and_only_the_last_fragment_shows_the_tag()
    {
        var html = Render("abcdef", Mark(0, 4, "A"), Mark(2, 6, "B"));

        Assert.That(html, Is.EqualTo(
            "<div class=\"text\"><p id=\"d1-l1\"><mark class=\"c\" title=\"A title\" data-t=\"A\">ab<mark class=\"c\" title=\"B title\">cd</mark></mark>"
            + "<mark class=\"c\" title=\"B title\" data-t=\"B\">ef</mark></p></div>"));
    }

    [Test]
    public void Each_line_is_a_paragraph_and_a_span_over_a_line_break_continues_on_the_next_line()
    {
        var html = Render("ab\r\ncd", Mark(1, 5, "A"));

        Assert.That(html, Is.EqualTo(
            "<div class=\"text\"><p id=\"d1-l1\">a<mark class=\"c\" title=\"A title\">b</mark></p>"
            + "<p id=\"d1-l2\"><mark class=\"c\" title=\"A title\" data-t=\"A\">c</mark>d</p></div>"));
    }

    [Test]
    public void Text_tags_and_titles_are_escaped()
    {
        var html = Render("<script>alert(\"x\")</script> & 'q'", new Highlight(0, 8, "c", "<b>", "\"t\" & <i>"));

        Assert.Multiple(() =>
        {
            Assert.That(html, Does.Not.Contain("<script").And.Not.Contain("<b>").And.Not.Contain("<i>"));
            Assert.That(html, Does.Contain("&lt;script&gt;</mark>alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;q&#39;"));
            Assert.That(html, Does.Contain("title=\"&quot;t&quot; &amp; &lt;i&gt;\" data-t=\"&lt;b&gt;\""));
        });
    }
}
