using System.Globalization;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Segmentation;

/// <summary>
/// jieba's folder, read once: dict.txt gives in one pass the word trie that segmentation walks and the
/// frequencies and tags that the recognisers ask about (<see cref="CommonWords"/>); the HMM tables split
/// unknown words.
/// </summary>
internal static class JiebaDictionary
{
    /// <summary>Loads the segmenter and the dictionary's word facts from jieba's folder <paramref name="directory"/>.</summary>
    /// <exception cref="InvalidDataException">A line of dict.txt has a count that is not a number.</exception>
    /// <remarks>
    /// Start-up time: dict.txt is read once, then the word facts' table is filled on another thread while this one
    /// builds the trie and reads the HMM tables (each consumer takes the lines in file order, so a repeated word keeps
    /// its last line in both). The tags repeat a few dozen strings, so each is described once.
    /// </remarks>
    public static (WordCutter Cutter, CommonWords Words) Load(string directory)
    {
        var path = Path.Combine(directory, "dict.txt");
        var entries = new List<(string Word, int Count, string Tag)>((int)Math.Min(new FileInfo(path).Length / BytesPerLine, int.MaxValue / 2));
        entries.AddRange(ReadEntries(path));
        var words = Task.Run(() => DescribeAll(entries));
        var trie = new WordTrie();
        var nodes = new int[entries.Count];
        for (var line = 0; line < entries.Count; line++) nodes[line] = trie.Load(entries[line].Word, entries[line].Count);
        var hmm = HmmWordSplitter.Load(directory);
        var (table, described) = words.GetAwaiter().GetResult();
        // the same entries by the word's trie node (a repeated word keeps its last line, as in the table), for
        // readers of a segmentation that knows each dictionary word's node (TokenList.DictionaryNodes)
        var byNode = new CommonWords.Entry[trie.NodeCount];
        for (var line = 0; line < nodes.Length; line++) byNode[nodes[line]] = described[line];
        return (new WordCutter(trie, hmm), new CommonWords(table, byNode, trie));
    }

    /// <summary>About the bytes of a dict.txt line (15.5 in jieba's own), so that the list of lines is sized once.</summary>
    private const int BytesPerLine = 15;

    /// <summary>The entry of every line, as a table by word and line by line.</summary>
    private static (Dictionary<string, CommonWords.Entry> Table, CommonWords.Entry[] Lines) DescribeAll(List<(string Word, int Count, string Tag)> entries)
    {
        var tags = new Dictionary<string, CommonWords.TagFacts>(StringComparer.Ordinal);
        var words = new Dictionary<string, CommonWords.Entry>(entries.Count, StringComparer.Ordinal);
        var lines = new CommonWords.Entry[entries.Count];
        for (var line = 0; line < entries.Count; line++)
        {
            var (word, count, tag) = entries[line];
            if (!tags.TryGetValue(tag, out var facts)) tags[tag] = facts = CommonWords.DescribeTag(tag);
            words[word] = lines[line] = CommonWords.Describe(count, facts);
        }
        return (words, lines);
    }

    /// <summary>The lines of dict.txt, "word count [tag]" separated by single spaces; lines with fewer parts are skipped, as jieba does.</summary>
    /// <exception cref="InvalidDataException">A count is not a number (jieba.NET would silently stop reading there).</exception>
    /// <remarks>Reads the parts as <c>line.Split(' ')</c> would (the tag is the third part; any further part is ignored), without the split's arrays; equal tags share one string.</remarks>
    public static IEnumerable<(string Word, int Count, string Tag)> ReadEntries(string path)
    {
        var tags = new HashSet<string>(StringComparer.Ordinal) { "" };
        var tagLookup = tags.GetAlternateLookup<ReadOnlySpan<char>>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var firstSpace = line.IndexOf(' ');
            if (firstSpace < 0) continue;
            var rest = line.AsSpan(firstSpace + 1);
            var secondSpace = rest.IndexOf(' ');
            var countText = secondSpace < 0 ? rest : rest[..secondSpace];
            if (!int.TryParse(countText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
                throw new InvalidDataException($"{path}:{lineNumber}: '{countText}' is not a word count.");
            var tag = "";
            if (secondSpace >= 0)
            {
                var tagText = rest[(secondSpace + 1)..];
                if (tagText.IndexOf(' ') is var thirdSpace and >= 0) tagText = tagText[..thirdSpace];
                if (!tagLookup.TryGetValue(tagText, out tag))
                {
                    tag = tagText.ToString();
                    tags.Add(tag);
                }
            }
            yield return (line[..firstSpace], count, tag);
        }
    }
}
