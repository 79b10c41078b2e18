using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>A gold document and the predictions for the same text.</summary>
/// <param name="Gold">The annotated document.</param>
/// <param name="Predicted">The predicted spans, as a document with the same text.</param>
public sealed record DocumentPair(GoldDocument Gold, GoldDocument Predicted)
{
    /// <summary>The name used in error lists: the gold id, or "#n" (1-based position) when there is none.</summary>
    public string NameAt(int index) => Gold.Id ?? $"#{index + 1}";
}
