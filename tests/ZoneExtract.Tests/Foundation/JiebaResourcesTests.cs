using ZoneExtract.Segmentation;

namespace ZoneExtract.Tests.Foundation;

public class JiebaResourcesTests : TemporaryFolderTest
{
    [Test]
    public void Dictionaries_are_found_next_to_the_assembly_through_a_project_reference()
    {
        var directory = JiebaResources.Locate(explicitDirectory: null);
        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(directory), Is.EqualTo(JiebaResources.FolderName));
            Assert.That(JiebaResources.Check(directory), Is.Null);
        });
    }

    [Test]
    public void An_empty_folder_fails_with_a_message_naming_the_missing_files()
    {
        var e = Assert.Throws<SegmenterResourcesException>(() => JiebaResources.Locate(Folder));
        Assert.That(e!.Message, Does.Contain("dict.txt is missing").And.Contain(Folder).And.Contain(JiebaResources.DirectoryVariable));
    }

    [Test]
    public void A_truncated_main_dictionary_is_reported_not_silently_used()
    {
        var shipped = JiebaResources.Locate(explicitDirectory: null);
        foreach (var file in Directory.GetFiles(shipped)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        File.WriteAllLines(Path.Combine(Folder, "dict.txt"), ["重庆 100 ns"]);

        var problem = JiebaResources.Check(Folder);
        Assert.That(problem, Does.Contain("dict.txt has").And.Contain("expected at least"));
    }

    [Test]
    public void A_missing_folder_is_named_in_the_message()
    {
        var missing = Path.Combine(Folder, "nowhere");
        var e = Assert.Throws<SegmenterResourcesException>(() => JiebaResources.Locate(missing));
        Assert.That(e!.Message, Does.Contain("does not exist").And.Contain(missing));
    }
}
