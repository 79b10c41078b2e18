namespace ZoneExtract.Evaluation.Facts;

/// <summary>What went wrong with one fact or relation.</summary>
public enum FactErrorKind
{
    /// <summary>A gold fact whose indicator no prediction overlaps.</summary>
    MissedFact,
    /// <summary>A predicted fact whose indicator overlaps no gold indicator (each of its relations is a false positive).</summary>
    SpuriousFact,
    /// <summary>A gold relation of a paired fact that the prediction does not reproduce.</summary>
    MissedRelation,
    /// <summary>A predicted relation of a paired fact that is not correct (absent from the gold fact, or another target).</summary>
    SpuriousRelation,
}

/// <summary>One entry of the fact error list.</summary>
/// <param name="Document">The document's id, or "#n" (1-based position).</param>
/// <param name="Kind">What went wrong.</param>
/// <param name="Indicator">The indicator's text (the gold one when the fact is paired).</param>
/// <param name="StartOffset">The indicator's start, as a code-point offset.</param>
/// <param name="EndOffset">The indicator's end (exclusive), as a code-point offset.</param>
/// <param name="Type">The relation type for relation errors, otherwise null.</param>
/// <param name="Gold">The gold target's text (relation errors), or a summary of the gold fact; null when there is none.</param>
/// <param name="Predicted">The predicted target's text, or a summary of the predicted fact; null when there is none.</param>
public sealed record FactError(string Document, FactErrorKind Kind, string Indicator, int StartOffset, int EndOffset, string? Type, string? Gold, string? Predicted)
{
    /// <summary>The kind as written in JSON and reports: missed_fact, spurious_fact, missed_relation or spurious_relation.</summary>
    public string KindName => Kind switch
    {
        FactErrorKind.MissedFact => "missed_fact",
        FactErrorKind.SpuriousFact => "spurious_fact",
        FactErrorKind.MissedRelation => "missed_relation",
        _ => "spurious_relation",
    };
}
