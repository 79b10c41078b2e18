using System.CommandLine;

namespace ZoneExtract.Cli;

/// <summary>
/// Parses and runs a command line. Bad arguments and expected failures (missing files, malformed input)
/// become one line on stderr and a non-zero exit code, never a stack trace.
/// </summary>
internal static class CommandRunner
{
    public const int UsageError = 2;
    public const int Failure = 1;

    public static int Run(RootCommand root, string[] args)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            Console.Error.WriteLine($"zoneextract: {parsed.Errors[0].Message} (see 'zoneextract --help')");
            return UsageError;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("zoneextract: cancelled");
            return 130;
        }
        catch (Exception e) when (IsExpected(e))
        {
            Console.Error.WriteLine($"zoneextract: {e.Message}");
            return e is UsageException ? UsageError : Failure;
        }
    }

    private static bool IsExpected(Exception e) =>
        e is UsageException or IOException or UnauthorizedAccessException or FormatException or InvalidOperationException or InvalidDataException;
}

/// <summary>A command-line value that parsed but makes no sense (a bad date, an unknown label).</summary>
internal sealed class UsageException(string message) : Exception(message);
