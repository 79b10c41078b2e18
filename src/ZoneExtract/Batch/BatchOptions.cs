namespace ZoneExtract.Batch;

/// <summary>How a <see cref="BatchExtractor"/> runs: workers, memory bound, size limit and extraction options.</summary>
public sealed record BatchOptions
{
    /// <summary>
    /// The default maximum text length: 4 Mi UTF-16 characters (about 12 MB of Chinese in UTF-8, a hundred
    /// times a long article). A text longer than 64 Ki characters is extracted in windows; what it then holds
    /// is the text and its entities, about 7 bytes a character (docs/batch.md, "Memory").
    /// </summary>
    public const int DefaultMaxDocumentLength = 4 * 1024 * 1024;

    /// <summary>Number of documents extracted at the same time; defaults to the machine's processor count.</summary>
    public int Threads { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// Most documents held at once between reading and the caller (read, being extracted, or done and
    /// waiting for an earlier one): the memory bound of the batch. Zero (the default) means four per thread.
    /// </summary>
    public int MaxInFlight { get; init; }

    /// <summary>
    /// Longest text accepted, in UTF-16 characters. A longer document fails with an error result (the batch
    /// goes on): a text and its entities cost memory in proportion to its length, so this caps the memory one
    /// document takes.
    /// </summary>
    public int MaxDocumentLength { get; init; } = DefaultMaxDocumentLength;

    /// <summary>Labels and default reference date for every document (a document's own reference date wins).</summary>
    public ExtractionOptions Extraction { get; init; } = ExtractionOptions.Default;

    /// <summary>
    /// Whether a document longer than a window is written to its JSONL output line (in a temporary file) window by
    /// window as it is extracted, instead of being returned as an <see cref="ExtractionResult"/> that holds all its
    /// entities: for a batch whose only output is <see cref="BatchJsonl"/>, whose memory then stays about that of the
    /// text alone.
    /// </summary>
    internal bool SpoolLongDocuments { get; init; }

    internal int EffectiveMaxInFlight => MaxInFlight > 0 ? MaxInFlight : 4 * Threads;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Threads, 1, nameof(Threads));
        ArgumentOutOfRangeException.ThrowIfNegative(MaxInFlight, nameof(MaxInFlight));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxDocumentLength, 1, nameof(MaxDocumentLength));
        ArgumentNullException.ThrowIfNull(Extraction, nameof(Extraction));
    }
}
