using ZoneExtract.Segmentation;

namespace ZoneExtract.Tests.Segmentation;

public class WordTrieTests : TemporaryFolderTest
{
    [Test]
    public void Words_prefixes_and_the_total_are_jiebas_reading_of_the_file()
    {
        var trie = WordTrie.LoadFile(Write("重庆 100 ns", "重庆市 40 ns", "高新区 7", "重庆 5 ns", "单词"));
        Assert.Multiple(() =>
        {
            Assert.That(trie.FrequencyOrOne("重庆"), Is.EqualTo(5), "a repeated word keeps its last count");
            Assert.That(trie.Total, Is.EqualTo(152), "every line's count is added, repeated words too");
            Assert.That(trie.ContainsWord("重"), Is.False, "a prefix is a node but not a word");
            Assert.That(trie.Find("重"), Is.Not.Zero);
            Assert.That(trie.FrequencyOrOne("高新"), Is.EqualTo(1), "not a word: jieba's default of 1");
            Assert.That(trie.Find("单词"), Is.Zero, "a line without a count is skipped");
        });
    }

    [Test]
    public void Adding_a_word_replaces_its_count_in_the_total()
    {
        var trie = WordTrie.LoadFile(Write("重庆 100 ns"));
        trie.AddWord("重庆", 30);
        trie.AddWord("两江新区", 2);
        Assert.Multiple(() =>
        {
            Assert.That(trie.Total, Is.EqualTo(32));
            Assert.That(trie.FrequencyOrOne("两江新区"), Is.EqualTo(2));
            Assert.That(trie.ContainsWord("两江"), Is.False);
        });
    }

    [Test]
    public void A_malformed_count_names_the_file_and_line()
    {
        var path = Write("重庆 100 ns", "高新区 many n");
        var e = Assert.Throws<InvalidDataException>(() => WordTrie.LoadFile(path));
        Assert.That(e!.Message, Does.Contain(path + ":2").And.Contain("many"));
    }

    [Test]
    public void Many_words_survive_the_edge_table_growing()
    {
        // 2^20 slots grow at 70 % load: 800,000 two-character words (plus their prefixes) force a resize.
        var lines = Enumerable.Range(0, 800_000).Select(i => $"{(char)(0x4E00 + i / 1000)}{(char)(0x4E00 + i % 1000)}{(char)(0x5000 + i % 7)} 1");
        var trie = WordTrie.LoadFile(Write(lines.ToArray()));
        Assert.Multiple(() =>
        {
            Assert.That(trie.ContainsWord($"{(char)0x4E00}{(char)0x4E00}{(char)0x5000}"), Is.True);
            Assert.That(trie.ContainsWord($"{(char)(0x4E00 + 799)}{(char)(0x4E00 + 999)}{(char)(0x5000 + 799_999 % 7)}"), Is.True);
            Assert.That(trie.Total, Is.EqualTo(800_000));
        });
    }

    [Test]
    public void Lines_end_as_File_ReadLines_ends_them_after_a_byte_order_mark()
    {
        // \r\n, a lone \r and \n all end a line; the mark is not part of the first word; no line after the last break
        var path = Path.Combine(Folder, "dict.txt");
        File.WriteAllText(path, "\uFEFF重庆 100 ns\r\n高新区 7\r两江 3 ns\n\n单词 2\r\n", new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var entries = JiebaDictionary.ReadEntries(path).Select(e => (e.Word.ToString(), e.Count, e.Tag)).ToList();
        Assert.That(entries,
            Is.EqualTo(new[] { ("重庆", 100, "ns"), ("高新区", 7, ""), ("两江", 3, "ns"), ("单词", 2, "") }));
        Assert.That(entries, Is.EqualTo(File.ReadLines(path).Select(line => line.Split(' '))
            .Where(parts => parts.Length >= 2).Select(parts => (parts[0], int.Parse(parts[1]), parts.Length > 2 ? parts[2] : ""))));
    }

    private string Write(params string[] lines)
    {
        var path = Path.Combine(Folder, "dict.txt");
        File.WriteAllLines(path, lines);
        return path;
    }
}
