using System.Diagnostics;
using System.Text;

namespace ZoneExtract.Tests.Console;

/// <summary>
/// Runs the zoneextract console (the build next to the tests, through <c>dotnet exec</c>) as a separate process,
/// so that a test sees exactly what a user sees: the bytes on stdout, stderr and the exit code.
/// </summary>
internal static class ConsoleProcess
{
    public sealed record Outcome(int ExitCode, string StandardOutput, string StandardError)
    {
        /// <summary>The lines of stdout (the last newline ends the last line, it does not start another).</summary>
        public string[] OutputLines => StandardOutput.Length == 0 ? [] : StandardOutput.TrimEnd('\n').Split('\n');
    }

    public static Task<Outcome> RunAsync(params string[] arguments) => RunAsync(new Dictionary<string, string>(), arguments);

    /// <summary>Runs the console with <paramref name="environment"/> added to the test's own environment variables.</summary>
    public static async Task<Outcome> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var (name, value) in environment) start.Environment[name] = value;
        start.ArgumentList.Add("exec");
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ZoneExtract.Cli.dll"));
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Outcome(process.ExitCode, await output, await error);
    }
}
