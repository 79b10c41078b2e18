using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;

namespace ZoneExtract.Segmentation;

/// <summary>
/// jieba.NET's dictionaries are process-wide statics: their folder must be set before first use, and
/// adding words is not thread-safe. This is the one place that does both, once, under a lock; after it,
/// segmenting is read-only and safe from any thread. The part-of-speech model is built on first use only:
/// its type initialiser reads dict.txt a second time and parses a 3 MB JSON model, which would otherwise
/// double the start-up of every process that never asks for tags.
/// </summary>
internal static class JiebaRuntime
{
    private static readonly Lock Gate = new();
    private static string? _loadedDirectory;
    private static JiebaSegmenter? _segmenter;
    private static Lazy<PosSegmenter>? _posSegmenter;

    /// <summary>The folder jieba's dictionaries were loaded from, once <see cref="Initialize"/> has run.</summary>
    public static string? LoadedDirectory
    {
        get { lock (Gate) return _loadedDirectory; }
    }

    public static (JiebaSegmenter Segmenter, Lazy<PosSegmenter> PosSegmenter) Initialize(string? explicitDirectory, IEnumerable<string> domainWords)
    {
        lock (Gate)
        {
            if (_segmenter is not null && _posSegmenter is not null)
            {
                if (explicitDirectory is not null && !SameDirectory(explicitDirectory, _loadedDirectory!))
                {
                    throw new InvalidOperationException(
                        $"jieba.NET's dictionaries are process-wide and were already loaded from '{_loadedDirectory}'; " +
                        $"they cannot be loaded again from '{explicitDirectory}' in the same process.");
                }
                return (_segmenter, _posSegmenter);
            }

            var directory = JiebaResources.Locate(explicitDirectory);
            ConfigManager.ConfigFileBaseDir = directory;
            var segmenter = new JiebaSegmenter();
            foreach (var word in domainWords) segmenter.AddWord(word);
            _posSegmenter = new Lazy<PosSegmenter>(() => new PosSegmenter(segmenter), LazyThreadSafetyMode.ExecutionAndPublication);
            _segmenter = segmenter;
            _loadedDirectory = directory;
            return (_segmenter, _posSegmenter);
        }
    }

    private static bool SameDirectory(string a, string b) =>
        string.Equals(Path.GetFullPath(a).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(b).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
}
