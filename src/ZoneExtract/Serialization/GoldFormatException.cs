namespace ZoneExtract.Serialization;

/// <summary>A gold or prediction file that does not follow the annotation contract; the message names the file and line.</summary>
public sealed class GoldFormatException : FormatException
{
    /// <summary>Creates the exception for one line of one file.</summary>
    public GoldFormatException(string fileName, int lineNumber, string problem)
        : base($"{fileName}:{lineNumber}: {problem}")
    {
        FileName = fileName;
        LineNumber = lineNumber;
        Problem = problem;
    }

    /// <summary>The file name (or other source name) being read.</summary>
    public string FileName { get; }

    /// <summary>The 1-based line number.</summary>
    public int LineNumber { get; }

    /// <summary>What is wrong, without the location.</summary>
    public string Problem { get; }
}
