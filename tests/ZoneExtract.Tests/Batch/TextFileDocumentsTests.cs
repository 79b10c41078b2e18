using ZoneExtract.Batch;

namespace ZoneExtract.Tests.Batch;

public class TextFileDocumentsTests : TemporaryFolderTest
{
    [SetUp]
    public void WriteFiles()
    {
        Write("b.txt", "乙");
        Write("a/z.txt", "甲");
        Write("A.txt", "丙");
        Write("notes.md", "not a text");
        Write("big.txt", new string('字', 40));
    }

    [Test]
    public void Files_are_listed_recursively_in_ordinal_order_of_their_relative_path()
    {
        Assert.That(TextFileDocuments.List(Folder), Is.EqualTo(new[] { "A.txt", "a/z.txt", "b.txt", "big.txt" }));
    }

    [Test]
    public async Task A_file_too_large_for_the_limit_is_an_error_and_the_others_are_read()
    {
        var documents = await TextFileDocuments.ReadAsync(Folder, TextFileDocuments.List(Folder), maxDocumentLength: 10).ToListAsync();

        Assert.That(documents.Select(d => (d.Id, d.Text)).Take(3), Is.EqualTo(new[] { ("A.txt", "丙"), ("a/z.txt", "甲"), ("b.txt", "乙") }));
        Assert.That(documents[3].Id, Is.EqualTo("big.txt"));
        Assert.That(documents[3].ReadError, Is.EqualTo("file of 120 bytes is over the text limit of 10 characters"));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }
}
