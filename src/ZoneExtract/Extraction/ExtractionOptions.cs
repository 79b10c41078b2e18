namespace ZoneExtract;

/// <summary>Per-call options of <see cref="ZoneExtractor.Extract"/>.</summary>
public sealed record ExtractionOptions
{
    /// <summary>The default options: all labels, no reference date, no part-of-speech tags.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// The publication date of the text, used to resolve relative dates (今年, 前三季度, 10月30日).
    /// Without it such dates are still found but left unresolved.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>Which labels to extract (flags); <see cref="EntityLabel.All"/> by default.</summary>
    public EntityLabel Labels { get; init; } = EntityLabel.All;

    /// <summary>
    /// Whether to find the facts (indicator statements) among the entities found; on by default. Facts need the
    /// entities they point to, so with fewer <see cref="Labels"/> they have fewer parts.
    /// </summary>
    public bool IncludeFacts { get; init; } = true;

    /// <summary>Whether the returned tokens carry jieba part-of-speech tags. Tagging costs several times plain segmentation.</summary>
    public bool IncludePosTags { get; init; }
}
