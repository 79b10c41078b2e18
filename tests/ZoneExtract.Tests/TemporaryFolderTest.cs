namespace ZoneExtract.Tests;

/// <summary>A test class whose every test gets a fresh, empty folder, deleted afterwards.</summary>
public abstract class TemporaryFolderTest
{
    /// <summary>The current test's folder.</summary>
    protected string Folder { get; private set; } = "";

    [SetUp]
    public void CreateTemporaryFolder() => Folder = Directory.CreateTempSubdirectory("zoneextract-test-").FullName;

    [TearDown]
    public void DeleteTemporaryFolder() => Directory.Delete(Folder, recursive: true);
}
