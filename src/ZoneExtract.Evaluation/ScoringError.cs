namespace ZoneExtract.Evaluation;

/// <summary>What went wrong with one span.</summary>
public enum ScoringErrorKind
{
    /// <summary>A prediction that is not a strict true positive (and does not touch an optional gold span).</summary>
    FalsePositive,
    /// <summary>A non-optional gold span that no prediction equals.</summary>
    FalseNegative,
    /// <summary>A strict true positive whose predicted value differs from the gold value.</summary>
    ValueMismatch,
}

/// <summary>One entry of the error list (annotation contract §5).</summary>
/// <param name="Document">The document's id, or "#n" (1-based position) when it has none.</param>
/// <param name="Kind">False positive, false negative or value mismatch.</param>
/// <param name="Label">The label (after any mapping).</param>
/// <param name="StartOffset">Start, as a code-point offset like the gold file's.</param>
/// <param name="EndOffset">End (exclusive), as a code-point offset.</param>
/// <param name="Text">The span's text.</param>
/// <param name="Before">Up to ten characters before the span (line breaks shown as ⏎).</param>
/// <param name="After">Up to ten characters after the span.</param>
/// <param name="Detail">The overlapping span on the other side, or the two values; null when there is nothing to add.</param>
public sealed record ScoringError(
    string Document, ScoringErrorKind Kind, string Label, int StartOffset, int EndOffset, string Text, string Before, string After, string? Detail)
{
    /// <summary>The kind as written in JSON and reports: false_positive, false_negative or value_mismatch.</summary>
    public string KindName => Kind switch
    {
        ScoringErrorKind.FalsePositive => "false_positive",
        ScoringErrorKind.FalseNegative => "false_negative",
        _ => "value_mismatch",
    };
}
