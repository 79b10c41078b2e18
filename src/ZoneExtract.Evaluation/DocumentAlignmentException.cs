namespace ZoneExtract.Evaluation;

/// <summary>A predictions file that does not correspond to the gold file (missing, extra or different documents).</summary>
public sealed class DocumentAlignmentException : FormatException
{
    /// <summary>Creates the exception with a message saying which document is wrong and how.</summary>
    public DocumentAlignmentException(string message) : base(message)
    {
    }
}
