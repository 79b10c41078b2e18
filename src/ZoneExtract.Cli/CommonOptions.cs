using System.CommandLine;
using System.Globalization;

namespace ZoneExtract.Cli;

/// <summary>Options shared by several verbs, and their validation.</summary>
internal static class CommonOptions
{
    public static Option<string?> ReferenceDate() => new("--reference-date")
    {
        Description = "Publication date (YYYY-MM-DD) used to resolve relative dates such as 今年 or 10月30日.",
    };

    public static Option<string?> Labels() => new("--labels")
    {
        Description = "Comma-separated labels to use, e.g. MONEY,PERCENT,DATE (default: all).",
    };

    public static DateOnly? ParseDate(string? value, string optionName)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
        throw new UsageException($"invalid {optionName} '{value}': expected a date as YYYY-MM-DD");
    }

    public static EntityLabel ParseLabels(string? value)
    {
        if (value is null) return EntityLabel.All;
        try
        {
            var labels = EntityLabelNames.ParseList(value);
            return labels == EntityLabel.None ? throw new UsageException("--labels names no label") : labels;
        }
        catch (FormatException e)
        {
            throw new UsageException($"invalid --labels: {e.Message}");
        }
    }

    /// <summary>Reads a whole text file, or standard input for "-".</summary>
    public static string ReadText(string path)
    {
        if (path == "-") return Console.In.ReadToEnd();
        if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
        return File.ReadAllText(path);
    }
}
