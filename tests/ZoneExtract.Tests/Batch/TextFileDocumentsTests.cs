using ZoneExtract.Batch;

namespace ZoneExtract.Tests.Batch;

public class TextFileDocumentsTests
{
    private string _folder = null!;

    [SetUp]
    public void CreateFolder()
    {
        _folder = Directory.CreateTempSubdirectory("zoneextract-batch-").FullName;
        Write("b.txt", "乙");
        Write("a/z.txt", "甲");
        Write("A.txt", "丙");
        Write("notes.md", "not a text");
        Write("big.txt", new string('字', 40));
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(_folder, recursive: true);

    [Test]
    public void FilesAreListedRecursivelyInOrdinalOrderOfTheirRelativePath()
    {
        Assert.That(TextFileDocuments.List(_folder), Is.EqualTo(new[] { "A.txt", "a/z.txt", "b.txt", "big.txt" }));
    }

    [Test]
    public async Task AFileTooLargeForTheLimitIsAnErrorAndTheOthersAreRead()
    {
        var documents = await TextFileDocuments.ReadAsync(_folder, TextFileDocuments.List(_folder), maxDocumentLength: 10).ToListAsync();

        Assert.That(documents.Select(d => (d.Id, d.Text)).Take(3), Is.EqualTo(new[] { ("A.txt", "丙"), ("a/z.txt", "甲"), ("b.txt", "乙") }));
        Assert.That(documents[3].Id, Is.EqualTo("big.txt"));
        Assert.That(documents[3].ReadError, Is.EqualTo("file of 120 bytes is over the text limit of 10 characters"));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
