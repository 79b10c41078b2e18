namespace ZoneExtract.Tests.Foundation;

/// <summary>
/// Long texts are extracted in windows (bounded memory); the windows must not change the entities or the facts: the
/// reference article cut into small windows gives exactly the entities and facts of the whole article, when each
/// window's context reaches as far as the document-level steps do in it (the name model's LOC 中关村 at 3,106 is spread
/// to a bare 中关村 1,049 characters before it, so 300 characters of context are too few for cores of 500 to 1,200).
/// </summary>
public class WindowedExtractionTests
{
    private static readonly ExtractionOptions Options = new() { ReferenceDate = TestCorpus.ReferenceDate };

    [TestCase(500, WindowedExtraction.DefaultContext)]
    [TestCase(1200, WindowedExtraction.DefaultContext)]
    [TestCase(2000, 600)]
    public void The_article_in_small_windows_has_the_entities_of_the_whole_article(int windowLength, int context)
    {
        var article = TestCorpus.ReadArticle();
        var whole = SharedExtractor.Instance.Extract(article, Options);

        var windowed = new WindowedExtraction(SharedExtractor.Instance, windowLength, context).Extract(article, Options);

        Assert.That(TextWindows.Plan(article, windowLength, context).Count(), Is.GreaterThanOrEqualTo(article.Length / windowLength));
        Assert.That(windowed.Entities, Is.EqualTo(whole.Entities));
        Assert.That(windowed.Facts, Is.EqualTo(whole.Facts), "facts are kept by their indicator's window and point to the kept entities");
        Assert.That(windowed.Text, Is.SameAs(article));
    }

    [Test]
    public void A_text_no_longer_than_the_window_is_extracted_whole()
    {
        var article = TestCorpus.ReadArticle();

        var result = new WindowedExtraction(SharedExtractor.Instance, article.Length, 100).Extract(article, Options);

        Assert.That(result.Tokens, Is.Not.Empty, "a whole extraction keeps its tokens");
        Assert.That(result.Entities, Is.EqualTo(SharedExtractor.Instance.Extract(article, Options).Entities));
    }

    [Test]
    public void Windows_are_extracted_without_pos_tags_since_their_tokens_are_dropped()
    {
        // An extractor whose zone suffixes differ from those jieba.NET was loaded with cannot tag: if a window asked
        // for tags, extraction would throw. Plain windows work, and give the entities of an untagged run.
        var folder = Directory.CreateTempSubdirectory("zoneextract-test-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "zone-suffixes.tsv"), ["# Source: a test list", "高新区\tHighTechZone", "星澜示范园区\tDevelopmentZone"]);
            SharedExtractor.Instance.Extract("重庆高新区", new ExtractionOptions { IncludePosTags = true }); // jieba.NET now holds the shipped suffixes
            var untaggable = new ZoneExtractor(new ZoneExtractorSettings { DataDirectory = folder });
            var text = string.Concat(Enumerable.Repeat("星澜高新区今年引进项目30个。\n\n", 40));
            var windowed = new WindowedExtraction(untaggable, 200, 50);

            var tagged = windowed.Extract(text, Options with { IncludePosTags = true });

            Assert.That(tagged.Tokens, Is.Empty);
            Assert.That(tagged.Entities, Is.EqualTo(windowed.Extract(text, Options).Entities));
            Assert.That(tagged.Zones.Count(), Is.EqualTo(40));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCase(7, 0)]
    [TestCase(50, 20)]
    [TestCase(400, 300)]
    public void Cores_tile_the_text_and_windows_reach_their_context_without_splitting_a_surrogate_pair(int coreLength, int context)
    {
        // Paragraphs, sentences, a run with no cut at all, and astral characters (two UTF-16 units each).
        var text = string.Concat(Enumerable.Range(0, 40).Select(i => i % 3 == 0
            ? "重庆高新区今年增长。科学城项目" + "\n\n"
            : i % 3 == 1 ? string.Concat(Enumerable.Repeat("𠀀𠀁", 23)) : new string('区', 37) + "，签约"));

        var windows = TextWindows.Plan(text, coreLength, context).ToList();

        Assert.That(windows[0].CoreStart, Is.Zero);
        Assert.That(windows[^1].CoreEnd, Is.EqualTo(text.Length));
        for (var i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            if (i > 0) Assert.That(w.CoreStart, Is.EqualTo(windows[i - 1].CoreEnd), "cores tile the text");
            Assert.That(w.CoreEnd - w.CoreStart, Is.InRange(1, coreLength));
            Assert.That(w.Start, Is.LessThanOrEqualTo(Math.Max(0, w.CoreStart - context)));
            Assert.That(w.End, Is.GreaterThanOrEqualTo(Math.Min(text.Length, w.CoreEnd + context)));
            foreach (var cut in new[] { w.Start, w.End, w.CoreStart, w.CoreEnd })
            {
                Assert.That(cut < text.Length && char.IsLowSurrogate(text[cut]), Is.False, $"cut at {cut} splits a pair");
            }
        }
    }

    [TestCase(7, 0)]
    [TestCase(50, 20)]
    [TestCase(400, 300)]
    public void A_reader_gives_the_windows_of_the_whole_text_with_their_characters(int coreLength, int context)
    {
        // Layout breaks between ideographs after long runs of white space (the look back for them reaches past
        // what the reader still holds), paragraphs, sentences and astral characters; the reader hands out at most
        // three characters per call, so the buffer fills in many steps.
        var text = string.Concat(Enumerable.Range(0, 60).Select(i => (i % 4) switch
        {
            0 => "高新区今年增长。\n\n科学城项目",
            1 => "园" + new string(' ', 700) + "\n区",
            2 => string.Concat(Enumerable.Repeat("𠀀𠀁", 23)),
            _ => new string('区', 37) + "，签约；",
        }));

        var streamed = new TextWindowReader(new TrickleReader(text), coreLength, context).Read().ToList();

        Assert.That(streamed.Select(w => w.Window), Is.EqualTo(TextWindows.Plan(text, coreLength, context)));
        Assert.That(streamed.Select(w => w.Text), Is.EqualTo(streamed.Select(w => text[w.Window.Start..w.Window.End])));
    }

    [Test]
    public void A_streamed_text_hands_on_the_entities_and_facts_of_the_whole_text_each_fact_after_its_parts()
    {
        var article = TestCorpus.ReadArticle();
        var whole = SharedExtractor.Instance.Extract(article, Options);
        var handedOn = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        var facts = new List<Fact>();

        foreach (var piece in new WindowedExtraction(SharedExtractor.Instance, 700, WindowedExtraction.DefaultContext).Stream(new TrickleReader(article), Options))
        {
            handedOn.UnionWith(piece.Entities);
            foreach (var fact in piece.Facts)
            {
                var parts = new Entity?[] { fact.Subject, fact.Value, fact.Change?.Rate, fact.Period }.OfType<Entity>();
                Assert.That(parts.All(handedOn.Contains), $"the parts of the fact at {fact.Start} were handed on before it");
            }
            facts.AddRange(piece.Facts);
        }

        Assert.That(handedOn.OrderBy(e => e.Start), Is.EquivalentTo(whole.Entities));
        Assert.That(facts, Is.EqualTo(whole.Facts));
    }

    /// <summary>A reader that gives at most three characters per call, as a slow stream may.</summary>
    private sealed class TrickleReader(string text) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            var n = Math.Min(Math.Min(count, 3), text.Length - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
