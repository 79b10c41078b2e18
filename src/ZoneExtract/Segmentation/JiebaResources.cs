namespace ZoneExtract.Segmentation;

/// <summary>
/// Finds and checks the jieba.NET dictionary folder. jieba.NET's package keeps these files in a root
/// folder that NuGet never copies to a consumer, so ZoneExtract ships them in a <c>jieba/</c> folder
/// next to its assembly (project reference, package and test runner alike).
/// </summary>
internal static class JiebaResources
{
    /// <summary>Environment variable that points to a jieba dictionary folder, overriding the default.</summary>
    public const string DirectoryVariable = "ZONEEXTRACT_JIEBA_DIR";

    public const string FolderName = "jieba";

    /// <summary>
    /// The files jieba.NET reads, with a minimum size: a truncated or placeholder dict.txt does not throw
    /// in jieba.NET, it silently segments worse, so a size check is what makes that failure loud.
    /// </summary>
    private static readonly (string File, long MinimumBytes)[] RequiredFiles =
    [
        ("dict.txt", 5_000_000),
        ("prob_trans.json", 200),
        ("prob_emit.json", 1_000_000),
        ("char_state_tab.json", 900_000),
        ("pos_prob_start.json", 5_000),
        ("pos_prob_trans.json", 150_000),
        ("pos_prob_emit.json", 3_000_000),
    ];

    /// <summary>Returns the folder to use, or throws <see cref="SegmenterResourcesException"/> explaining what is missing.</summary>
    public static string Locate(string? explicitDirectory)
    {
        var candidates = Candidates(explicitDirectory).ToList();
        var problems = new List<string>();
        foreach (var directory in candidates)
        {
            var problem = Check(directory);
            if (problem is null) return directory;
            problems.Add(problem);
            if (explicitDirectory is not null) break; // an explicit choice is never silently replaced
        }
        throw new SegmenterResourcesException(
            "jieba.NET dictionaries not found or incomplete. " + string.Join(" ", problems) +
            $" The files come from the jieba.NET 0.42.2 package's Resources/ folder; ZoneExtract copies them to a '{FolderName}' folder " +
            $"next to ZoneExtract.dll. Rebuild, or set {DirectoryVariable} or ZoneExtractorSettings.JiebaDirectory to a folder holding them.");
    }

    /// <summary>Returns null when the folder holds every required file at a plausible size, else what is wrong.</summary>
    public static string? Check(string directory)
    {
        if (!Directory.Exists(directory)) return $"Folder '{directory}' does not exist.";
        var wrong = new List<string>();
        foreach (var (file, minimum) in RequiredFiles)
        {
            var info = new FileInfo(Path.Combine(directory, file));
            if (!info.Exists) wrong.Add($"{file} is missing");
            else if (info.Length < minimum) wrong.Add($"{file} has {info.Length} bytes, expected at least {minimum}");
        }
        return wrong.Count == 0 ? null : $"In '{directory}': {string.Join("; ", wrong)}.";
    }

    private static IEnumerable<string> Candidates(string? explicitDirectory)
    {
        if (explicitDirectory is not null)
        {
            yield return Path.GetFullPath(explicitDirectory);
            yield break;
        }
        var fromEnvironment = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            yield return Path.GetFullPath(fromEnvironment);
            yield break;
        }
        yield return Path.Combine(AppContext.BaseDirectory, FolderName);
        var assemblyDirectory = Path.GetDirectoryName(typeof(JiebaResources).Assembly.Location);
        if (!string.IsNullOrEmpty(assemblyDirectory)
            && !string.Equals(Path.GetFullPath(assemblyDirectory), Path.GetFullPath(AppContext.BaseDirectory).TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            yield return Path.Combine(assemblyDirectory, FolderName);
        }
    }
}
