using JiebaNet.Segmenter;

namespace ZoneExtract.Segmentation;

/// <summary>
/// jieba.NET, the library's one piece of process-wide state, kept because jieba.NET keeps it: its dictionaries
/// are statics (the config folder, the word dictionary), so a process can load it from one folder only, and adding
/// words to it is not thread-safe. Plain segmentation never needs it (<see cref="WordCutter"/> is ours, per
/// instance); it is loaded on first use, for part-of-speech tags or as the benchmarks' baseline, with the same
/// domain words and frequencies as the caller's <see cref="WordCutter"/>, so that both see one dictionary.
/// </summary>
internal static class JiebaNetProcess
{
    private static readonly Lock Gate = new();
    private static (string Directory, HashSet<string> Words, JiebaSegmenter Segmenter)? _loaded;

    /// <summary>
    /// jieba.NET's segmenter loaded from <paramref name="directory"/> with <paramref name="domainWords"/>, loading it on the
    /// first call. Later calls must name the same folder and the same set of domain words (compared as ordinal strings;
    /// the frequencies are not compared): jieba.NET cannot hold two dictionaries, so a caller with other words (an
    /// extractor on a data folder with other zone suffixes) is refused rather than silently given the first caller's words.
    /// </summary>
    /// <exception cref="InvalidOperationException">This process loaded jieba.NET from another folder, or with other domain words, already.</exception>
    public static JiebaSegmenter Get(string directory, IReadOnlyList<(string Word, int Frequency)> domainWords)
    {
        lock (Gate)
        {
            if (_loaded is { } loaded)
            {
                if (!SameDirectory(directory, loaded.Directory))
                {
                    throw new InvalidOperationException(
                        $"jieba.NET's dictionaries are process-wide and were already loaded from '{loaded.Directory}'; part-of-speech " +
                        $"tags cannot be given from '{directory}' in the same process. Plain extraction works with any folder.");
                }
                if (!loaded.Words.SetEquals(domainWords.Select(w => w.Word)))
                {
                    var difference = domainWords.Select(w => w.Word).Where(w => !loaded.Words.Contains(w))
                        .Concat(loaded.Words.Except(domainWords.Select(w => w.Word), StringComparer.Ordinal))
                        .First();
                    throw new InvalidOperationException(
                        $"jieba.NET's dictionaries are process-wide and were already loaded with other domain words ({loaded.Words.Count} " +
                        $"zone suffixes, these are {domainWords.Count}; '{difference}' is in one set only); part-of-speech tags cannot be " +
                        "given with other zone suffixes in the same process. Plain extraction works with any data folder.");
                }
                return loaded.Segmenter;
            }
            ConfigManager.ConfigFileBaseDir = directory;
            var segmenter = new JiebaSegmenter();
            foreach (var (word, frequency) in domainWords) segmenter.AddWord(word, frequency);
            _loaded = (directory, domainWords.Select(w => w.Word).ToHashSet(StringComparer.Ordinal), segmenter);
            return segmenter;
        }
    }

    private static bool SameDirectory(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
