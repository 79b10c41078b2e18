namespace ZoneExtract.Serialization;

/// <summary>
/// One annotated (or predicted) span of a gold document. <see cref="Start"/> and <see cref="End"/> are
/// UTF-16 indices into <see cref="GoldDocument.Text"/> (the reader converts the file's code-point offsets).
/// </summary>
/// <param name="Label">The upper-case label name (ZONE, MONEY… or any other label of the file).</param>
/// <param name="Start">Start index (inclusive).</param>
/// <param name="End">End index (exclusive).</param>
/// <param name="Optional">True for a span annotators could not decide; scored as neither a hit nor a miss.</param>
/// <param name="Value">The normalised value as the gold format writes it (amount, currency, percent, start, end…), or null.</param>
public sealed record GoldSpan(string Label, int Start, int End, bool Optional, IReadOnlyDictionary<string, string>? Value)
{
    /// <summary>
    /// For a ZONE, its class in snake case as the extractor writes it (<c>high_tech_zone</c>, <c>park</c>…), or null.
    /// Informational: the evaluator does not score it.
    /// </summary>
    public string? Kind { get; init; }

    /// <summary>For a ZONE, the official full name the gazetteer knows (重庆高新技术产业开发区), or null. Informational, not scored.</summary>
    public string? Canonical { get; init; }

    /// <summary>Number of UTF-16 code units.</summary>
    public int Length => End - Start;
}
