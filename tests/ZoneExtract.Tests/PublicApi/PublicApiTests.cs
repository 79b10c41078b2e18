using PublicApiGenerator;

namespace ZoneExtract.Tests.PublicApi;

/// <summary>
/// The public API baselines: each package's public surface must equal its committed &lt;assembly&gt;.approved.txt,
/// so that any addition or breaking change shows up as a diff of that file in review.
/// To accept a change, run (one command, from the repository root):
/// <c>ZONEEXTRACT_ACCEPT_API=1 dotnet test ZoneExtract.sln --filter FullyQualifiedName~PublicApiTests</c>
/// which rewrites the approved file; then review and commit it.
/// </summary>
public class PublicApiTests
{
    private const string AcceptVariable = "ZONEEXTRACT_ACCEPT_API";

    private static string ApprovedPath(Type anyType) =>
        Path.Combine(TestCorpus.RepositoryRoot, "tests", "ZoneExtract.Tests", "PublicApi", anyType.Assembly.GetName().Name + ".approved.txt");

    [TestCase(typeof(ZoneExtractor), TestName = "Public_api_matches_the_approved_baseline(ZoneExtract)")]
    [TestCase(typeof(ZoneExtract.Evaluation.Evaluator), TestName = "Public_api_matches_the_approved_baseline(ZoneExtract.Evaluation)")]
    public void Public_api_matches_the_approved_baseline(Type anyType)
    {
        var approvedPath = ApprovedPath(anyType);
        var actual = Normalize(anyType.Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            // Build metadata (target framework, repository) changes with the SDK and the clone, not with the API.
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute"],
        }));

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(approvedPath, actual);
            Assert.Pass($"Rewrote {approvedPath}; review and commit it.");
        }

        Assert.That(File.Exists(approvedPath), Is.True,
            $"{approvedPath} is missing. Create it with {AcceptVariable}=1 dotnet test ZoneExtract.sln --filter FullyQualifiedName~PublicApiTests");
        var approved = Normalize(File.ReadAllText(approvedPath));
        Assert.That(actual, Is.EqualTo(approved),
            $"The public API changed:\n{LineChanges(approved, actual)}\nIf the change is intended, accept it with {AcceptVariable}=1 " +
            "dotnet test ZoneExtract.sln --filter FullyQualifiedName~PublicApiTests, then review and commit the approved file.");
    }

    /// <summary>The lines only in the baseline (-) and only in the current API (+), for a readable failure.</summary>
    private static string LineChanges(string approved, string actual)
    {
        var before = approved.Split('\n');
        var after = actual.Split('\n');
        return string.Join('\n', before.Except(after).Select(l => "- " + l.Trim()).Concat(after.Except(before).Select(l => "+ " + l.Trim())));
    }

    private static string Normalize(string api) => api.Replace("\r\n", "\n").TrimEnd() + "\n";
}
