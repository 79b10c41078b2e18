using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>How the evaluator judged one span, for pages that show every span of a document.</summary>
internal enum SpanMark
{
    /// <summary>A prediction equal to a non-optional gold span, with the gold value if it has one.</summary>
    TruePositive,
    /// <summary>A strict true positive whose value differs from the gold value.</summary>
    ValueMismatch,
    /// <summary>A prediction that is not a strict true positive.</summary>
    FalsePositive,
    /// <summary>A non-optional gold span no prediction equals.</summary>
    FalseNegative,
    /// <summary>A prediction counted neither way, because it meets an optional gold span.</summary>
    Ignored,
    /// <summary>An optional gold span.</summary>
    Optional,
}

/// <summary>A span of either side with its mark, and the error entry when the mark is an error.</summary>
/// <param name="Mark">The judgement.</param>
/// <param name="Span">The predicted span (true positives, value mismatches, false positives, ignored) or the gold span.</param>
/// <param name="Error">The error-list entry of false positives, false negatives and value mismatches; otherwise null.</param>
internal sealed record MarkedSpan(SpanMark Mark, GoldSpan Span, ScoringError? Error);
