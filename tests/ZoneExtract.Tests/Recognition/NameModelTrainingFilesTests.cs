using System.Security.Cryptography;
using System.Text.Json;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Training;

namespace ZoneExtract.Tests.Recognition;

/// <summary>Training on several files: the fixed held-out split, the provenance written beside a model, the lexicon features.</summary>
public class NameModelTrainingFilesTests
{
    private readonly List<string> _files = [];

    [TearDown]
    public void DeleteFiles()
    {
        foreach (var file in _files) File.Delete(file);
        _files.Clear();
    }

    [Test]
    public void A_file_holds_out_its_last_sentences_and_is_hashed()
    {
        var path = WriteGold(["星河电子在苏州。", "蓝湾控股在江阴。", "王大海去了无锡。", "苏州很美。", "江阴很近。"]);
        var file = TrainingFile.Read(path, 0.4);
        Assert.That(file.Training.Select(s => s.Text), Is.EqualTo(new[] { "星河电子在苏州。", "蓝湾控股在江阴。", "王大海去了无锡。" }));
        Assert.That(file.Validation.Select(s => s.Text), Is.EqualTo(new[] { "苏州很美。", "江阴很近。" }));
        Assert.That(file.Sha256, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
        Assert.That(TrainingFile.Read(path, 0).Validation, Is.Empty);
        Assert.Throws<ArgumentOutOfRangeException>(() => TrainingFile.Read(path, 1));
    }

    [Test]
    public void Two_files_train_one_reproducible_lexicon_model_whose_provenance_names_them_and_its_validation()
    {
        var first = WriteGold(Enumerable.Repeat("星河电子今天在苏州发布新品。", 4).ToArray(), company: (0, 4), place: (7, 2));
        var second = WriteGold(Enumerable.Repeat("记者王大海报道了蓝湾控股。", 4).ToArray(), person: (2, 3), company: (8, 4));
        var files = new[] { TrainingFile.Read(first, 0.25), TrainingFile.Read(second, 0) };
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var options = new NameModelTrainingOptions(Iterations: 3, SequenceEpochs: 2, LexiconFeatures: true);
        var (model, elapsed) = trainer.Train(files.SelectMany(f => f.Training).ToList(), options);
        var modelPath = Track(Path.Combine(Path.GetTempPath(), $"zoneextract-model-{Guid.NewGuid():N}.bin"));
        using (var stream = File.Create(modelPath)) model.Save(stream);
        using var again = new MemoryStream();
        trainer.Train(files.SelectMany(f => f.Training).ToList(), options).Model.Save(again);
        Assert.That(again.ToArray(), Is.EqualTo(File.ReadAllBytes(modelPath)), "same data and seed give the same model");
        Assert.That(NameTagModel.LoadFile(modelPath).FeaturesPerCharacter, Is.EqualTo(NameFeatures.WithLexicons));
        var validation = new List<(string, ZoneExtract.Evaluation.EvaluationReport)> { (first, NameModelValidation.Score(trainer, model, files[0].Validation)) };

        var provenancePath = Track(Path.ChangeExtension(modelPath, ".provenance.json"));
        ModelProvenance.Describe(modelPath, files, options, elapsed, validation, "abc123", DateTimeOffset.UnixEpoch).Write(provenancePath);

        using var json = JsonDocument.Parse(File.ReadAllText(provenancePath));
        var root = json.RootElement;
        Assert.That(root.GetProperty("modelSha256").GetString(), Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(modelPath)))));
        var data = root.GetProperty("data").EnumerateArray().ToList();
        Assert.That(data.Select(d => d.GetProperty("sha256").GetString()), Is.EqualTo(files.Select(f => f.Sha256)));
        Assert.That(data.Select(d => d.GetProperty("trainedSentences").GetInt32()), Is.EqualTo(new[] { 3, 4 }));
        Assert.That(root.GetProperty("options").GetProperty("sequenceEpochs").GetInt32(), Is.EqualTo(2));
        Assert.That(root.GetProperty("featuresPerCharacter").GetInt32(), Is.EqualTo(NameFeatures.WithLexicons));
        Assert.That(root.GetProperty("gitCommit").GetString(), Is.EqualTo("abc123"));
        var company = root.GetProperty("validationScores")[0].GetProperty("labels").EnumerateArray().Single(l => l.GetProperty("label").GetString() == "COMPANY");
        Assert.That(company.GetProperty("support").GetInt32(), Is.EqualTo(1));
        Assert.That(company.GetProperty("f1").GetDouble(), Is.EqualTo(1.0), "the held-out sentence repeats a trained one");
    }

    [Test]
    public void The_lexicon_marks_cover_a_listed_company_and_a_county_on_word_boundaries()
    {
        var trainer = new NameModelTrainer(SharedExtractor.Resources);
        var (folded, tokens) = trainer.Prepare("格力电器在江阴市投资。");
        var companies = new byte[folded.Length];
        var places = new byte[folded.Length];
        LexiconMarks.Mark(folded, tokens, trainer.Lexicons, companies, places);
        Assert.That(companies[..4], Is.All.Not.EqualTo(LexiconMarks.None), "格力电器 is a listed company");
        Assert.That(companies[4..], Is.All.EqualTo(LexiconMarks.None));
        Assert.That(places[5..8], Is.All.Not.EqualTo(LexiconMarks.None), "江阴市 is a county-level city");
        Assert.That(places[..5], Is.All.EqualTo(LexiconMarks.None));
        Assert.That(companies[0], Is.Not.EqualTo(companies[1]), "the first character is marked apart from the middle");
    }

    private string WriteGold(string[] texts, (int Start, int Length)? company = null, (int Start, int Length)? place = null, (int Start, int Length)? person = null)
    {
        var path = Track(Path.Combine(Path.GetTempPath(), $"zoneextract-gold-{Guid.NewGuid():N}.jsonl"));
        var spans = new[] { ("COMPANY", company), ("LOC", place), ("PERSON", person) }.Where(s => s.Item2 is not null)
            .Select(s => new { label = s.Item1, start_offset = s.Item2!.Value.Start, end_offset = s.Item2.Value.Start + s.Item2.Value.Length }).ToArray();
        File.WriteAllLines(path, texts.Select(text => JsonSerializer.Serialize(new { text, entities = spans })));
        return path;
    }

    private string Track(string path)
    {
        _files.Add(path);
        return path;
    }
}
