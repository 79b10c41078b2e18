namespace ZoneExtract.Tests.Foundation;

public class ExtractorContractTests
{
    [Test]
    public void NullTextThrowsArgumentNullException()
    {
        var e = Assert.Throws<ArgumentNullException>(() => SharedExtractor.Instance.Extract(null!));
        Assert.That(e!.ParamName, Is.EqualTo("text"));
    }

    [TestCase("")]
    [TestCase("   ")]
    [TestCase("\r\n\t\u3000")]
    public void EmptyOrWhitespaceTextGivesAnEmptyResult(string text)
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
    public void TokensAndEntitiesAreSlicesOfTheOriginalText()
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
    public void TokensCoverEveryNonWhitespaceCharacterInOrder()
    {
        var text = "总投资达212亿元,增长６．４％。\n\n规上工业总产值1838.8亿元";
        var tokens = SharedExtractor.Instance.Extract(text).Tokens;
        var covered = string.Concat(tokens.Select(t => t.Text));
        Assert.That(covered, Is.EqualTo(new string(text.Where(c => !char.IsWhiteSpace(c)).ToArray())));
        Assert.That(tokens.Select(t => t.Start), Is.Ordered.Ascending);
    }

    [Test]
    public void FullWidthDigitsAreSegmentedLikeHalfWidthButKeepTheirOriginalText()
    {
        var tokens = SharedExtractor.Instance.Extract("增长６．４％").Tokens;
        Assert.That(tokens.Select(t => t.Text), Does.Contain("６．４％"));
    }

    [Test]
    public void PosTagsAreOnlyGivenOnRequest()
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
    public void TaggedSegmentationOfALongTextCoversItInChunksAsPlainSegmentationDoes()
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
    public void CancelledTokenStopsExtraction()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        Assert.Throws<OperationCanceledException>(() => SharedExtractor.Instance.Extract("今年以来", null, cancellation.Token));
    }
}
