using ZoneExtract.Recognition;
using ZoneExtract.Text;

namespace ZoneExtract.Tests.Recognition;

/// <summary>Runs one recogniser on a text the way the pipeline does (width-folded, no segmentation needed).</summary>
internal static class RecognizerHarness
{
    public static List<Entity> Run(IEntityRecognizer recognizer, string text, DateOnly? referenceDate = null)
    {
        var document = new Document(text, WidthNormalizer.Fold(text), [], referenceDate, recognizer.Labels);
        var found = new List<Entity>();
        recognizer.Recognize(document, found, CancellationToken.None);
        return found;
    }

    /// <summary>Runs <paramref name="recognizer"/> on <paramref name="text"/> segmented as the extractor segments it.</summary>
    public static List<Entity> RunSegmented(IEntityRecognizer recognizer, string text)
    {
        var found = new List<Entity>();
        recognizer.Recognize(Segmented(text, recognizer.Labels), found, CancellationToken.None);
        return found;
    }

    /// <summary><paramref name="text"/> as a document, width-folded and segmented as the extractor does it.</summary>
    public static Document Segmented(string text, EntityLabel labels = EntityLabel.All)
    {
        var folded = WidthNormalizer.Fold(text);
        var tokens = SharedExtractor.Resources.Segmenter.Segment(text, SegmentationView.Create(folded), withTags: false);
        return new Document(text, folded, tokens, null, labels);
    }

    /// <summary>The single entity found in <paramref name="text"/>; fails the test when there is not exactly one.</summary>
    public static T Single<T>(IEntityRecognizer recognizer, string text, DateOnly? referenceDate = null) where T : Entity
    {
        var found = Run(recognizer, text, referenceDate);
        Assert.That(found, Has.Count.EqualTo(1), () => $"in «{text}»: " + string.Join(", ", found.Select(e => e.Text)));
        return (T)found[0];
    }
}
