namespace ZoneExtract;

/// <summary>Thrown when the segmenter's dictionaries cannot be found or are incomplete.</summary>
public sealed class SegmenterResourcesException : InvalidOperationException
{
    /// <summary>Creates the exception with a message that says what is missing and how to fix it.</summary>
    public SegmenterResourcesException(string message) : base(message)
    {
    }
}
