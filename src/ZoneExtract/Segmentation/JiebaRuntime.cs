using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace ZoneExtract.Segmentation;

/// <summary>
/// The process's segmenter, loaded once from one jieba dictionary folder under a lock; after that, segmenting
/// is read-only and safe from any thread. Plain segmentation is our <see cref="WordCutter"/>. jieba.NET itself
/// (its dictionaries are process-wide statics, and adding words to them is not thread-safe) is loaded only when
/// first needed, for part-of-speech tags or as the baseline of the benchmarks, and is given the same domain
/// words with the same frequencies, so that both see one dictionary.
/// </summary>
internal static class JiebaRuntime
{
    private static readonly Lock Gate = new();
    private static string? _loadedDirectory;
    private static WordCutter? _cutter;
    private static Lazy<JiebaSegmenter>? _jiebaNet;
    private static Lazy<PosSegmenter>? _posSegmenter;

    /// <summary>The folder jieba's dictionaries were loaded from, once <see cref="Initialize"/> has run.</summary>
    public static string? LoadedDirectory
    {
        get { lock (Gate) return _loadedDirectory; }
    }

    /// <summary>jieba.NET's segmenter with the domain words, loaded on first use; <see cref="Initialize"/> must have run.</summary>
    public static JiebaSegmenter JiebaNet
    {
        get
        {
            Lazy<JiebaSegmenter>? jiebaNet;
            lock (Gate) jiebaNet = _jiebaNet;
            // loaded outside the gate: the Lazy serialises its own loading, and the gate stays free meanwhile
            return (jiebaNet ?? throw new InvalidOperationException("The segmenter is not loaded yet; build a ZoneExtractor first.")).Value;
        }
    }

    public static (WordCutter Cutter, Lazy<PosSegmenter> PosSegmenter) Initialize(string? explicitDirectory, IEnumerable<string> domainWords)
    {
        lock (Gate)
        {
            if (_cutter is not null && _posSegmenter is not null)
            {
                if (explicitDirectory is not null && !SameDirectory(explicitDirectory, _loadedDirectory!))
                {
                    throw new InvalidOperationException(
                        $"jieba's dictionaries are process-wide and were already loaded from '{_loadedDirectory}'; " +
                        $"they cannot be loaded again from '{explicitDirectory}' in the same process.");
                }
                return (_cutter, _posSegmenter);
            }

            var directory = JiebaResources.Locate(explicitDirectory);
            var cutter = WordCutter.Load(directory);
            var added = domainWords.Select(word => (Word: word, Frequency: cutter.AddWord(word))).ToList();
            var jiebaNet = new Lazy<JiebaSegmenter>(() =>
            {
                ConfigManager.ConfigFileBaseDir = directory;
                var segmenter = new JiebaSegmenter();
                foreach (var (word, frequency) in added) segmenter.AddWord(word, frequency);
                return segmenter;
            }, LazyThreadSafetyMode.ExecutionAndPublication);
            _posSegmenter = new Lazy<PosSegmenter>(() => new PosSegmenter(jiebaNet.Value), LazyThreadSafetyMode.ExecutionAndPublication);
            _jiebaNet = jiebaNet;
            _cutter = cutter;
            _loadedDirectory = directory;
            return (_cutter, _posSegmenter);
        }
    }

    private static bool SameDirectory(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
