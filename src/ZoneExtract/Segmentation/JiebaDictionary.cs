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
    /// Start-up time: dict.txt is read once; the HMM tables are read on another thread while this one builds the trie
    /// and then describes each line at its word's node (a repeated word keeps its last line, as in the trie). The tags
    /// repeat a few dozen strings, so each is described once.
    /// </remarks>
    public static (WordCutter Cutter, CommonWords Words) Load(string directory)
    {
        // the HMM tables need nothing of dict.txt: they are read on another thread while this one reads the dictionary
        var hmm = Task.Run(() => HmmWordSplitter.Load(directory));
        var entries = ReadEntries(Path.Combine(directory, "dict.txt"));
        var trie = new WordTrie();
        var nodes = trie.LoadAll(entries);
        var byNode = DescribeByNode(entries, nodes, trie.NodeCount);
        return (new WordCutter(trie, hmm.GetAwaiter().GetResult()), new CommonWords(byNode, trie));
    }

    /// <summary>
    /// The entry of every line at its word's trie node (<paramref name="nodes"/>, from <see cref="WordTrie.LoadAll"/>), for
    /// <see cref="CommonWords"/>: by node for readers of a segmentation that knows each word's node
    /// (<see cref="TokenList.DictionaryNodes"/>), by a walk of the trie for any other word.
    /// </summary>
    private static CommonWords.Entry[] DescribeByNode(List<(ReadOnlyMemory<char> Word, int Count, string Tag)> entries, int[] nodes, int nodeCount)
    {
        var tags = new Dictionary<string, CommonWords.TagFacts>(StringComparer.Ordinal);
        var byNode = new CommonWords.Entry[nodeCount];
        for (var line = 0; line < entries.Count; line++)
        {
            // the root stands for "no word" in a trie walk: an empty word (a line starting with a space) describes nothing
            if (nodes[line] == 0) continue;
            var (_, count, tag) = entries[line];
            if (!tags.TryGetValue(tag, out var facts)) tags[tag] = facts = CommonWords.DescribeTag(tag);
            byNode[nodes[line]] = CommonWords.Describe(count, facts);
        }
        return byNode;
    }

    /// <summary>About the characters of a dict.txt line (8.7 in jieba's own), so that the list of lines is sized once.</summary>
    private const int CharactersPerLine = 8;

    /// <summary>The lines of dict.txt, "word count [tag]" separated by single spaces; lines with fewer parts are skipped, as jieba does.</summary>
    /// <exception cref="InvalidDataException">A count is not a number (jieba.NET would silently stop reading there).</exception>
    /// <remarks>
    /// Reads the parts as <c>line.Split(' ')</c> would (the tag is the third part; any further part is ignored), and the
    /// lines as <see cref="File.ReadLines(string)"/> would (a byte-order mark detected; \n, \r\n or \r ends a line), but
    /// from the whole text at once: no string per line, part or word (each word is a slice of the text, which the
    /// trie copies character by character); equal tags share one string.
    /// </remarks>
    public static List<(ReadOnlyMemory<char> Word, int Count, string Tag)> ReadEntries(string path)
    {
        string text;
        using (var reader = new StreamReader(path)) text = reader.ReadToEnd();
        var entries = new List<(ReadOnlyMemory<char> Word, int Count, string Tag)>(text.Length / CharactersPerLine + 1);
        var tags = new HashSet<string>(StringComparer.Ordinal) { "" };
        var tagLookup = tags.GetAlternateLookup<ReadOnlySpan<char>>();
        var lineNumber = 0;
        for (var start = 0; start < text.Length;)
        {
            var rest = text.AsSpan(start);
            var lineLength = rest.IndexOfAny('\r', '\n');
            if (lineLength < 0) lineLength = rest.Length;
            var line = rest[..lineLength];
            var lineStart = start;
            start += lineLength + (lineLength + 1 < rest.Length && rest[lineLength] == '\r' && rest[lineLength + 1] == '\n' ? 2 : 1);
            lineNumber++;
            var firstSpace = line.IndexOf(' ');
            if (firstSpace < 0) continue;
            var parts = line[(firstSpace + 1)..];
            var secondSpace = parts.IndexOf(' ');
            var countText = secondSpace < 0 ? parts : parts[..secondSpace];
            if (!int.TryParse(countText, NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
                throw new InvalidDataException($"{path}:{lineNumber}: '{countText}' is not a word count.");
            var tag = "";
            if (secondSpace >= 0)
            {
                var tagText = parts[(secondSpace + 1)..];
                if (tagText.IndexOf(' ') is var thirdSpace and >= 0) tagText = tagText[..thirdSpace];
                if (!tagLookup.TryGetValue(tagText, out tag))
                {
                    tag = tagText.ToString();
                    tags.Add(tag);
                }
            }
            entries.Add((text.AsMemory(lineStart, firstSpace), count, tag));
        }
        return entries;
    }
}
