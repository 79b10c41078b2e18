using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Tests.Segmentation;

/// <summary>
/// <see cref="CommonWords"/> answers by walking the segmenter's trie: for every word of dict.txt it must give what the
/// word's last line says, and for anything else (a prefix that is no word, a domain word added to the trie after the
/// dictionary, an empty or unknown word) the default entry, as a table of dict.txt's words would.
/// </summary>
public class CommonWordsTests
{
    [Test]
    public void Every_dictionary_word_gets_its_last_lines_entry_and_nothing_else_gets_one()
    {
        var resources = SharedExtractor.Resources;
        var common = resources.Names.Common;
        // read apart from the loader, as jieba.NET reads it: "word count [tag]", a repeated word keeping its last line
        var lines = new Dictionary<string, CommonWords.Entry>(StringComparer.Ordinal);
        foreach (var parts in File.ReadLines(Path.Combine(resources.JiebaDirectory, "dict.txt")).Select(line => line.Split(' ')))
        {
            if (parts.Length >= 2) lines[parts[0]] = CommonWords.Describe(int.Parse(parts[1]), CommonWords.DescribeTag(parts.Length > 2 ? parts[2] : ""));
        }

        var wrong = lines.Where(line => common.Find(line.Key) != line.Value || common.Frequency(line.Key) != line.Value.Frequency)
            .Select(line => line.Key).Take(10).ToList();
        var prefixes = lines.Keys.SelectMany(word => Enumerable.Range(1, word.Length - 1).Select(length => word[..length]))
            .Where(prefix => !lines.ContainsKey(prefix)).Distinct().ToList();
        var wrongPrefixes = prefixes.Where(prefix => common.Find(prefix) != default).Take(10).ToList();
        var domainWords = ZoneExtractorResources.DomainWords(resources.ZoneSuffixes).Where(word => !lines.ContainsKey(word)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(lines, Has.Count.GreaterThan(300_000));
            Assert.That(wrong, Is.Empty, "dictionary words whose entry differs from their last line");
            Assert.That(prefixes, Has.Count.GreaterThan(10_000), "prefixes of words that are not words themselves");
            Assert.That(wrongPrefixes, Is.Empty, "prefixes that are no word but got an entry");
            Assert.That(domainWords, Is.Not.Empty);
            Assert.That(domainWords.Where(word => common.Find(word) != default), Is.Empty, "domain words are in the trie, not in dict.txt");
            Assert.That(common.Find(""), Is.EqualTo(default(CommonWords.Entry)));
            Assert.That(common.Find("蓝湾岛设立了"), Is.EqualTo(default(CommonWords.Entry)));
            Assert.That(common.IsVerb("引进") && common.IsCommon("引进") && common.IsFrequentNonNameWord("引进"), Is.True);
            Assert.That(common.IsPlaceName("江阴") && common.IsProperNoun("江阴"), Is.True);
        });
    }
}
