using JiebaNet.Segmenter;
using ZoneExtract.Recognition;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// The units of work that the benchmarks and <c>zoneextract bench</c> time on one text: jieba.NET's plain
/// <c>Cut</c> (the baseline the pipeline is held to), our segmentation, each recogniser of the catalogue
/// alone on a prepared document, and the full pipeline. One source file, compiled into the benchmarks and
/// linked into the console, so that both report the same thing.
/// </summary>
internal sealed class ThroughputWorkloads
{
    private readonly ZoneExtractor _extractor;
    private readonly JiebaSegmenter _jieba;
    private readonly Segmenter _segmenter;
    private readonly ExtractionOptions _options;
    private readonly Document _document;

    public ThroughputWorkloads(ZoneExtractor extractor, string text, DateOnly? referenceDate)
    {
        _extractor = extractor;
        Text = text;
        _options = new ExtractionOptions { ReferenceDate = referenceDate };
        _jieba = extractor.Resources.LoadJiebaNet();
        _segmenter = extractor.Resources.Segmenter;
        var folded = WidthNormalizer.Fold(text);
        var tokens = _segmenter.Segment(text, SegmentationView.Create(folded), withTags: false);
        _document = new Document(text, folded, tokens, referenceDate, EntityLabel.All);
        Recognizers = RecognizerCatalog.CreateDefault(extractor.Resources)
            .Select(r => new RecognizerWorkload(r.GetType().Name, () => RunRecognizer(r)))
            .ToArray();
    }

    /// <summary>A named recogniser and the action that runs it once over the prepared document.</summary>
    public sealed record RecognizerWorkload(string Name, Func<int> Run);

    public string Text { get; }

    /// <summary>One timed run per recogniser of the catalogue; empty while the catalogue is.</summary>
    public IReadOnlyList<RecognizerWorkload> Recognizers { get; }

    /// <summary>Plain jieba.NET segmentation (HMM on), words only: the baseline. Returns the word count.</summary>
    public int JiebaCut() => JiebaCut(Text);

    /// <summary>Plain jieba.NET segmentation of another text (thread-safe), for scaling comparisons.</summary>
    public int JiebaCut(string text) => _jieba.Cut(text, hmm: true).Count();

    /// <summary>jieba.NET's <c>Tokenize</c> (words with offsets), for comparison with <see cref="JiebaCut()"/>.</summary>
    public int JiebaTokenize() => _jieba.Tokenize(Text, TokenizerMode.Default, hmm: true).Count();

    /// <summary>Width folding, layout view and segmentation with offsets into the original: the pipeline's first stages.</summary>
    public int Segment() => _segmenter.Segment(Text, SegmentationView.Create(WidthNormalizer.Fold(Text)), withTags: false).Count;

    /// <summary>The whole pipeline, all labels and facts. Returns the entity count.</summary>
    public int Extract() => _extractor.Extract(Text, _options).Entities.Count;

    /// <summary>The whole pipeline without facts, so that the cost of facts is the difference to <see cref="Extract"/>.</summary>
    public int ExtractWithoutFacts() => _extractor.Extract(Text, _options with { IncludeFacts = false }).Entities.Count;

    /// <summary>The reference text repeated (paragraph-separated) to at least <paramref name="length"/> characters.</summary>
    public static string Repeat(string text, int length)
    {
        var copies = Math.Max(1, (length + text.Length + 1) / (text.Length + 2));
        return string.Join("\n\n", Enumerable.Repeat(text, copies));
    }

    private int RunRecognizer(IEntityRecognizer recognizer)
    {
        var found = new List<Entity>();
        recognizer.Recognize(_document, found, CancellationToken.None);
        return found.Count;
    }
}
