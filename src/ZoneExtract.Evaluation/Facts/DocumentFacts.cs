using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>One side of a document seen as facts: its INDICATOR spans and, for each, its relations by type.</summary>
internal sealed class DocumentFacts
{
    public DocumentFacts(GoldDocument document)
    {
        Document = document;
        Indicators = Enumerable.Range(0, document.Spans.Count).Where(i => document.Spans[i].Label == GoldRelationShape.IndicatorLabel).ToList();
        foreach (var relation in document.Relations)
        {
            if (!Relations.TryGetValue(relation.From, out var byType)) Relations[relation.From] = byType = new Dictionary<string, int>(StringComparer.Ordinal);
            byType[relation.Type] = relation.To;
        }
    }

    public GoldDocument Document { get; }

    public IReadOnlyList<GoldSpan> Spans => Document.Spans;

    /// <summary>Indices of the INDICATOR spans.</summary>
    public IReadOnlyList<int> Indicators { get; }

    /// <summary>Per indicator index, its relations' targets by type.</summary>
    public Dictionary<int, Dictionary<string, int>> Relations { get; } = new();

    public IReadOnlyDictionary<string, int> RelationsOf(int indicator) =>
        Relations.TryGetValue(indicator, out var byType) ? byType : new Dictionary<string, int>();

    public string TextOf(int span) => Document.Text[Spans[span].Start..Spans[span].End];

    /// <summary>The fact in one line: value=341.6亿元 increase=6.4% period=今年前三季度 subject=重庆高新区.</summary>
    public string Summary(int indicator) => string.Join(" ", GoldRelationShape.Types
        .Where(t => RelationsOf(indicator).ContainsKey(t))
        .Select(t => $"{t}={ErrorContext.Printable(TextOf(RelationsOf(indicator)[t]))}"));
}
