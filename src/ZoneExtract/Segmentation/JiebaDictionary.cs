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
    public static (WordCutter Cutter, CommonWords Words) Load(string directory)
    {
        var trie = new WordTrie();
        var words = new Dictionary<string, CommonWords.Entry>(StringComparer.Ordinal);
        foreach (var (word, count, tag) in ReadEntries(Path.Combine(directory, "dict.txt")))
        {
            trie.Load(word, count);
            words[word] = CommonWords.Describe(count, tag);
        }
        return (new WordCutter(trie, HmmWordSplitter.Load(directory)), new CommonWords(words));
    }

    /// <summary>The lines of dict.txt, "word count [tag]" separated by single spaces; lines with fewer parts are skipped, as jieba does.</summary>
    /// <exception cref="InvalidDataException">A count is not a number (jieba.NET would silently stop reading there).</exception>
    public static IEnumerable<(string Word, int Count, string Tag)> ReadEntries(string path)
    {
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            var parts = line.Split(' ');
            if (parts.Length < 2) continue;
            if (!int.TryParse(parts[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var count))
                throw new InvalidDataException($"{path}:{lineNumber}: '{parts[1]}' is not a word count.");
            yield return (parts[0], count, parts.Length > 2 ? parts[2] : "");
        }
    }
}
