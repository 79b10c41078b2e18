using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>Runs ZoneExtract over gold texts to produce the predictions to score.</summary>
public static class ExtractorPredictions
{
    /// <summary>Extracts every label from each gold text, with the document's reference date, and pairs the results with the gold.</summary>
    public static IReadOnlyList<DocumentPair> Pair(ZoneExtractor extractor, IEnumerable<GoldDocument> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(extractor);
        ArgumentNullException.ThrowIfNull(gold);
        return gold
            .Select(g => new DocumentPair(g, GoldJsonlWriter.ToGoldDocument(
                extractor.Extract(g.Text, new ExtractionOptions { ReferenceDate = g.ReferenceDate }, cancellationToken), g.Id)))
            .ToList();
    }
}
