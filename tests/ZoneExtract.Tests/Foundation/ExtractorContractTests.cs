namespace ZoneExtract.Tests.Foundation;

public class ExtractorContractTests
{
    [Test]
    public void Null_text_throws_argument_null_exception()
    {
        var e = Assert.Throws<ArgumentNullException>(() => SharedExtractor.Instance.Extract(null!));
        Assert.That(e!.ParamName, Is.EqualTo("text"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\r\n\t\u3000")]
    public void Empty_or_whitespace_text_gives_an_empty_result(string text)
    {
        var result = SharedExtractor.Instance.Extract(text);
        Assert.Multiple(() =>
        {
            Assert.That(result.Entities, Is.Empty);
            Assert.That(result.Tokens, Is.Empty);
            Assert.That(result.Text, Is.SameAs(text));
        });
    }

    [Test]
    public void Tokens_and_entities_are_slices_of_the_original_text()
    {
        var text = TestCorpus.ReadArticle();
        var result = SharedExtractor.Instance.Extract(text, new ExtractionOptions { ReferenceDate = TestCorpus.ReferenceDate });
        Assert.That(result.Tokens, Is.Not.Empty);
        foreach (var token in result.Tokens)
        {
            Assert.That(token.Text, Is.EqualTo(text.Substring(token.Start, token.Length)), $"token at {token.Start}");
        }
        foreach (var entity in result.Entities)
        {
            Assert.That(entity.Text, Is.EqualTo(text.Substring(entity.Start, entity.Length)), $"{entity.Label} at {entity.Start}");
        }
    }

    [Test]
    public void Tokens_cover_every_non_whitespace_character_in_order()
    {
        var text = "总投资达212亿元,增长６．４％。\n\n规上工业总产值1838.8亿元";
        var tokens = SharedExtractor.Instance.Extract(text).Tokens;
        var covered = string.Concat(tokens.Select(t => t.Text));
        Assert.That(covered, Is.EqualTo(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())));
        Assert.That(tokens.Select(t => t.Start), Is.Ordered.Ascending);
    }

    [Test]
    public void Full_width_digits_are_segmented_like_half_width_but_keep_their_original_text()
    {
        var tokens = SharedExtractor.Instance.Extract("增长６．４％").Tokens;
        Assert.That(tokens.Select(t => t.Text), Does.Contain("６．４％"));
    }

    [Test]
    public void Pos_tags_are_only_given_on_request()
    {
        const string text = "重庆高新区举行签约仪式";
        var plain = SharedExtractor.Instance.Extract(text);
        var tagged = SharedExtractor.Instance.Extract(text, new ExtractionOptions { IncludePosTags = true });
        Assert.Multiple(() =>
        {
            Assert.That(plain.Tokens.All(t => t.Tag is null), Is.True);
            Assert.That(tagged.Tokens.All(t => !string.IsNullOrEmpty(t.Tag)), Is.True);
            Assert.That(tagged.Tokens.First(t => t.Text == "重庆").Tag, Is.EqualTo("ns"));
        });
    }

    [Test]
    public void Tagged_segmentation_of_a_long_text_covers_it_in_chunks_as_plain_segmentation_does()
    {
        var text = string.Concat(Enumerable.Repeat(TestCorpus.ReadArticle(), 2)) + new string('7', 5000);
        var options = new ExtractionOptions { IncludePosTags = true, Labels = EntityLabel.None };
        var tagged = SharedExtractor.Instance.Extract(text, options).Tokens;
        Assert.Multiple(() =>
        {
            Assert.That(string.Concat(tagged.Select(t => t.Text)).Replace("\n", ""), Is.EqualTo(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())));
            Assert.That(tagged.All(t => t.Tag is not null), Is.True);
        });
    }

    [Test]
    public void Cancelled_token_stops_extraction()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => SharedExtractor.Instance.Extract("今年以来", null, cancellation.Token));
    }
}
