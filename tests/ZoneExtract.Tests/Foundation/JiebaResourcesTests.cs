using ZoneExtract.Segmentation;

namespace ZoneExtract.Tests.Foundation;

public class JiebaResourcesTests : TemporaryFolderTest
{
    [Test]
    public void DictionariesAreFoundNextToTheAssemblyThroughAProjectReference()
    {
        var directory = JiebaResources.Locate(explicitDirectory: null);
        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(directory), Is.EqualTo(JiebaResources.FolderName));
            Assert.That(JiebaResources.Check(directory), Is.Null);
        });
    }

    [Test]
    public void AnEmptyFolderFailsWithAMessageNamingTheMissingFiles()
    {
        var e = Assert.Throws<SegmenterResourcesException>(() => JiebaResources.Locate(Folder));
        Assert.That(e!.Message, Does.Contain("dict.txt is missing").And.Contain(Folder).And.Contain(JiebaResources.DirectoryVariable));
    }

    [Test]
    public void ATruncatedMainDictionaryIsReportedNotSilentlyUsed()
    {
        var shipped = JiebaResources.Locate(explicitDirectory: null);
        foreach (var file in Directory.GetFiles(shipped)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        File.WriteAllLines(Path.Combine(Folder, "dict.txt"), ["重庆 100 ns"]);

        var problem = JiebaResources.Check(Folder);
        Assert.That(problem, Does.Contain("dict.txt has").And.Contain("expected at least"));
    }

    [Test]
    public void AMissingFolderIsNamedInTheMessage()
    {
        var missing = Path.Combine(Folder, "nowhere");
        var e = Assert.Throws<SegmenterResourcesException>(() => JiebaResources.Locate(missing));
        Assert.That(e!.Message, Does.Contain("does not exist").And.Contain(missing));
    }
}
