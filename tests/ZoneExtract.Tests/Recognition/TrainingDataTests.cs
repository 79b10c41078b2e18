using ZoneExtract.Training;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The training-data reader: CLUENER lines (inclusive ends, label mapping) and gold JSONL.</summary>
public class TrainingDataTests
{
    [Test]
    public void Cluener_lines_map_labels_and_convert_inclusive_ends()
    {
        var path = Write("""
            {"text": "星河电子的王大海在苏州说。", "label": {"company": {"星河电子": [[0, 3]]}, "name": {"王大海": [[5, 7]]}, "address": {"苏州": [[9, 10]]}, "game": {"说": [[11, 11]]}}}
            """);
        var sentence = TrainingData.Read(path).Single();
        Assert.That(sentence.Spans, Is.EquivalentTo(new[]
        {
            (0, 4, EntityLabel.Company), (5, 3, EntityLabel.Person), (9, 2, EntityLabel.Location),
        }));
    }

    [Test]
    public void Gold_jsonl_keeps_only_the_name_labels()
    {
        var path = Write("""
            {"text": "成都高新区的睿康药业投资5亿元。", "entities": [{"label": "ZONE", "start_offset": 0, "end_offset": 5}, {"label": "COMPANY", "start_offset": 6, "end_offset": 10}, {"label": "MONEY", "start_offset": 12, "end_offset": 15, "value": {"amount": "500000000", "currency": "CNY"}}]}
            """);
        var sentence = TrainingData.Read(path).Single();
        Assert.That(sentence.Spans, Is.EqualTo(new[] { (6, 4, EntityLabel.Company) }));
    }

    [Test]
    public void A_span_outside_the_text_is_reported_with_its_line()
    {
        var path = Write("""{"text": "苏州", "label": {"address": {"苏州": [[0, 5]]}}}""");
        var error = Assert.Throws<InvalidDataException>(() => TrainingData.Read(path));
        Assert.That(error!.Message, Does.Contain(":1:"));
    }

    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        foreach (var file in _files) File.Delete(file);
        _files.Clear();
    }

    private string Write(string content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"zoneextract-training-{Guid.NewGuid():N}.jsonl");
        File.WriteAllText(path, content);
        _files.Add(path);
        return path;
    }
}
