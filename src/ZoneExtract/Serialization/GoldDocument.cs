namespace ZoneExtract.Serialization;

/// <summary>One line of a gold JSONL file: a text, its reference date and its spans.</summary>
/// <param name="Id">The document id (a string, or a number written as a string), or null.</param>
/// <param name="Text">The document text, exactly as the extractor receives it.</param>
/// <param name="ReferenceDate">meta.reference_date, used to resolve relative dates; null when absent.</param>
/// <param name="Spans">The annotated spans (INDICATOR spans of facts included).</param>
public sealed record GoldDocument(string? Id, string Text, DateOnly? ReferenceDate, IReadOnlyList<GoldSpan> Spans)
{
    /// <summary>The relations of the document's facts (contract §6.1); empty when the file has none.</summary>
    public IReadOnlyList<GoldRelation> Relations { get; init; } = [];
}
