using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Tests.Segmentation;

/// <summary>The trie node a plain segmentation gives each dictionary word: it must lead to the entry a look-up of the word finds.</summary>
public class DictionaryNodeTests
{
    [Test]
    public void A_words_node_gives_the_dictionary_entry_that_looking_the_word_up_gives()
    {
        // the reference article (layout breaks joined by the view), with full-width letters and digits, new words for
        // the HMM, and a column break inside a word
        var text = TestCorpus.ReadArticle() + "\nＡＢＣ公司２０２０年在蓝湾岛设立了研发中心，发展壮大了数字经济产业。" + "\n设\n\n成为";
        var folded = WidthNormalizer.Fold(text);
        var tokens = SharedExtractor.Resources.Segmenter.Segment(text, SegmentationView.Create(folded), withTags: false);
        var nodes = TokenList.DictionaryNodes(tokens);
        var common = SharedExtractor.Resources.Names.Common;

        Assert.That(nodes.Length, Is.EqualTo(tokens.Count));
        var known = 0;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (nodes[t] == 0) continue;
            known++;
            var word = folded.Substring(tokens[t].Start, tokens[t].Length);
            Assert.That(common.FindNode(nodes[t]), Is.EqualTo(common.Find(word)), $"word {t}: {word}");
        }
        Assert.That(known, Is.GreaterThan(tokens.Count / 2), "most words of news are dictionary words (the rest: punctuation, digits, new words)");
    }
}
