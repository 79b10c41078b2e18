using ZoneExtract.Segmentation;

namespace ZoneExtract.Tests.Foundation;

/// <summary>Resources are per instance: data folders replace shipped files one by one, and extractors on different data work side by side.</summary>
public class ResourcesTests : TemporaryFolderTest
{
    private const string Sentence = "星澜高新区今年引进项目30个。";

    [Test]
    public void A_data_folder_replaces_one_shipped_list_and_two_extractors_work_side_by_side()
    {
        File.WriteAllLines(Path.Combine(Folder, "national-high-tech-zones.tsv"), ["# Source: a test list", "星澜高新技术产业开发区"]);
        var custom = new ZoneExtractor(new ZoneExtractorSettings { DataDirectory = Folder });
        var shipped = SharedExtractor.Instance;

        var results = new (string? Custom, string? Shipped)[8];
        Parallel.For(0, results.Length, i => results[i] = (Canonical(custom), Canonical(shipped)));

        Assert.Multiple(() =>
        {
            Assert.That(results.Select(r => r.Custom), Is.All.EqualTo("星澜高新技术产业开发区"), "the folder's list gives the official name");
            Assert.That(results.Select(r => r.Shipped), Is.All.Null, "the shipped list does not know the zone");
            Assert.That(Canonical(custom, "重庆高新区今年引进项目30个。"), Is.Null, "the folder's list replaced the shipped one");
            Assert.That(custom.Extract("星澜电子有限公司").Companies.Select(c => c.Text), Is.EqualTo(new[] { "星澜电子有限公司" }),
                "files the folder lacks come from the package");
        });
    }

    [Test]
    public void A_missing_data_folder_is_reported_by_name()
    {
        var missing = Path.Combine(Folder, "absent");
        var e = Assert.Throws<DirectoryNotFoundException>(() => ZoneExtractorResources.Load(new ZoneExtractorSettings { DataDirectory = missing }));
        Assert.That(e!.Message, Does.Contain(missing));
    }

    [Test]
    public void A_malformed_zone_suffix_line_is_reported_not_skipped()
    {
        File.WriteAllLines(Path.Combine(Folder, "zone-suffixes.tsv"), ["# Source: a test list", "高新区\tNoSuchKind"]);
        var e = Assert.Throws<InvalidDataException>(() => ZoneExtractorResources.Load(new ZoneExtractorSettings { DataDirectory = Folder }));
        Assert.That(e!.Message, Does.Contain("高新区").And.Contain("zone-suffixes.tsv"));
    }

    [TestCase("media-cues.tsv", "reporter")]
    [TestCase("government-bodies.tsv", "工业和信息化部")]
    [TestCase("news-outlets.tsv", "人民网")]
    [TestCase("development-zones-statistics-2023.tsv", "北京经济技术开发区\t110115")]
    public void A_line_with_too_few_columns_is_reported_with_its_file(string file, string line)
    {
        File.WriteAllLines(Path.Combine(Folder, file), ["# Source: a test list", line]);
        var e = Assert.Throws<InvalidDataException>(() => ZoneExtractorResources.Load(new ZoneExtractorSettings { DataDirectory = Folder }));
        Assert.That(e!.Message, Does.Contain(file + ":2:").And.Contain(line));
    }

    [Test]
    public void A_repeated_media_cue_kind_is_reported_with_its_file()
    {
        File.WriteAllLines(Path.Combine(Folder, "media-cues.tsv"), ["# Source: a test list", "reporter\t记者", "reporter\t通讯员"]);
        var e = Assert.Throws<InvalidDataException>(() => ZoneExtractorResources.Load(new ZoneExtractorSettings { DataDirectory = Folder }));
        Assert.That(e!.Message, Does.Contain("media-cues.tsv").And.Contain("通讯员"));
    }

    [Test]
    public void Another_jieba_folder_segments_alone_but_cannot_share_the_process_wide_pos_tagger()
    {
        var shippedJieba = SharedExtractor.Resources.JiebaDirectory;
        foreach (var file in Directory.GetFiles(shippedJieba)) File.Copy(file, Path.Combine(Folder, Path.GetFileName(file)));
        SharedExtractor.Instance.Extract("重庆高新区", new ExtractionOptions { IncludePosTags = true }); // jieba.NET now serves the shipped folder
        var copy = new ZoneExtractor(new ZoneExtractorSettings { JiebaDirectory = Folder });

        Assert.That(copy.Extract(Sentence).Tokens.Select(t => t.Text), Is.EqualTo(SharedExtractor.Instance.Extract(Sentence).Tokens.Select(t => t.Text)));
        var e = Assert.Throws<InvalidOperationException>(() => copy.Extract(Sentence, new ExtractionOptions { IncludePosTags = true }));
        Assert.That(e!.Message, Does.Contain(Folder).And.Contain(shippedJieba));
    }

    [Test]
    public void Other_zone_suffixes_segment_alone_but_cannot_share_the_process_wide_pos_tagger()
    {
        File.WriteAllLines(Path.Combine(Folder, "zone-suffixes.tsv"), ["# Source: a test list", "高新区\tHighTechZone", "星澜示范园区\tDevelopmentZone"]);
        SharedExtractor.Instance.Extract("重庆高新区", new ExtractionOptions { IncludePosTags = true }); // jieba.NET now holds the shipped suffixes
        var custom = new ZoneExtractor(new ZoneExtractorSettings { DataDirectory = Folder });

        Assert.That(custom.Extract(Sentence).Zones.Single().Text, Is.EqualTo("星澜高新区"), "plain extraction works with the folder's suffixes");
        var e = Assert.Throws<InvalidOperationException>(() => custom.Extract(Sentence, new ExtractionOptions { IncludePosTags = true }));
        Assert.That(e!.Message, Does.Contain("other domain words").And.Contain("zone suffixes"));
        Assert.That(new ZoneExtractor().Extract(Sentence, new ExtractionOptions { IncludePosTags = true }).Tokens, Is.Not.Empty,
            "another extractor on the shipped data shares the tagger");
    }

    private static string? Canonical(ZoneExtractor extractor, string text = Sentence) =>
        extractor.Extract(text).Zones.Single().CanonicalName;
}
