namespace ZoneExtract;

/// <summary>A named development or innovation zone, e.g. 重庆高新区 or 西部(重庆)科学城.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span.</param>
/// <param name="Kind">The class of zone, from the suffix of its name.</param>
/// <param name="CanonicalName">The official full name when the gazetteer knows it (重庆高新技术产业开发区), otherwise null.</param>
public sealed record ZoneEntity(int Start, int Length, string Text, ZoneKind Kind, string? CanonicalName)
    : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Zone;
}
