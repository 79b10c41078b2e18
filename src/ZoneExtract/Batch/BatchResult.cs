namespace ZoneExtract.Batch;

/// <summary>The outcome of one batch document: its extraction result, or the reason it failed.</summary>
/// <param name="Index">The 0-based position of the document in the input.</param>
/// <param name="Document">The input document.</param>
/// <param name="Result">The extraction result; null when the document failed.</param>
/// <param name="Error">Why the document failed (unreadable, over the size limit, an extraction error); null on success.</param>
public sealed record BatchResult(long Index, BatchDocument Document, ExtractionResult? Result, string? Error)
{
    /// <summary>True when the document was extracted.</summary>
    public bool Succeeded => Error is null;

    /// <summary>
    /// The output line of a long document written as it was extracted (<see cref="BatchOptions.SpoolLongDocuments"/>),
    /// or null; <see cref="Result"/> is then null although the document succeeded.
    /// </summary>
    internal SpooledLine? Spooled { get; init; }
}
