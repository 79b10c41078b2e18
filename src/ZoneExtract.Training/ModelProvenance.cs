using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using ZoneExtract.Evaluation;
using ZoneExtract.Recognition.Model;

namespace ZoneExtract.Training;

/// <summary>
/// Where a trained model comes from, written as a small JSON file beside it: the model's hash and size, each
/// training file's hash and split, the options and seed, the git commit of the code, the date, the training time and
/// the validation figures, and for a model with cluster features the SHA-256 of the word-class file it read. The model itself stays byte-identical for the same data and seed; this record also tells
/// when and from what commit it was made. <c>Source</c> says in one line what the model was made from, first in the file,
/// for a reader of its head.
/// </summary>
public sealed record ModelProvenance(
    string Source, string Model, string ModelSha256, long ModelBytes, int FeatureBits, int FeaturesPerCharacter,
    IReadOnlyList<ModelProvenance.DataFile> Data, NameModelTrainingOptions Options, string? GitCommit, DateTimeOffset TrainedUtc,
    double TrainingSeconds, IReadOnlyList<ModelProvenance.Validation> ValidationScores, string? WordClassesSha256 = null)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The text lines a model file opens with: what it is, the data it was trained on, where its provenance is.</summary>
    public static IEnumerable<string> Header(IReadOnlyList<TrainingFile> files, string modelPath) =>
    [
        "ZoneExtract name model: a character tagger for COMPANY, ORG, PERSON and LOC (docs/name-model.md).",
        "source: " + DataSource(files) + ".",
        $"Data hashes, splits, options, commit and validation scores: {Path.GetFileName(Path.ChangeExtension(modelPath, ".provenance.json"))}.",
    ];

    private static string DataSource(IReadOnlyList<TrainingFile> files) =>
        "trained by 'zoneextract train' on " + string.Join(", ", files.Select(f => f.Path));

    /// <summary>One training file: its name, hash, and how many sentences were trained on and held out.</summary>
    public sealed record DataFile(string Path, string Sha256, int TrainedSentences, int ValidationSentences, double HeldOut);

    /// <summary>Strict scores of the model alone on one file's held-out sentences.</summary>
    public sealed record Validation(string Path, IReadOnlyList<LabelFigures> Labels);

    /// <summary>Strict precision, recall and F1 of one label (rounded to three places) and its gold support.</summary>
    public sealed record LabelFigures(string Label, double Precision, double Recall, double F1, int Support);

    /// <summary>The provenance of the model at <paramref name="modelPath"/>, trained on <paramref name="files"/>.</summary>
    public static ModelProvenance Describe(string modelPath, IReadOnlyList<TrainingFile> files, NameModelTrainingOptions options, TimeSpan elapsed,
        IReadOnlyList<(string Path, EvaluationReport Report)> validation, string? gitCommit, DateTimeOffset trainedUtc, string? wordClassesSha256 = null)
    {
        string hash;
        using (var stream = File.OpenRead(modelPath)) hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        var source = DataSource(files) + "; hashes and splits under 'data'";
        return new ModelProvenance(source, Path.GetFileName(modelPath), hash, new FileInfo(modelPath).Length, NameFeatures.Bits, options.FeaturesPerCharacter,
            files.Select(f => new DataFile(f.Path, f.Sha256, f.Training.Count, f.Validation.Count, f.HeldOut)).ToList(),
            options, gitCommit, trainedUtc, Math.Round(elapsed.TotalSeconds, 1),
            validation.Select(v => new Validation(v.Path, v.Report.Labels.Select(Figures).ToList())).ToList(), wordClassesSha256);
    }

    /// <summary>Writes this record as indented JSON to <paramref name="path"/>.</summary>
    public void Write(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>The commit checked out in the current directory's git repository, with "+dirty" when files differ from it; null outside git.</summary>
    public static string? CurrentGitCommit()
    {
        var commit = Git("rev-parse HEAD");
        if (commit is null) return null;
        return Git("status --porcelain --untracked-files=no") is { Length: > 0 } ? commit + "+dirty" : commit;
    }

    private static string? Git(string arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo("git", arguments) { RedirectStandardOutput = true, RedirectStandardError = true });
            if (process is null) return null;
            var errors = process.StandardError.ReadToEndAsync(); // drained alongside, so a long stderr cannot block git
            var output = process.StandardOutput.ReadToEnd().Trim();
            process.WaitForExit();
            errors.Wait();
            return process.ExitCode == 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null; // no git on this machine
        }
    }

    private static LabelFigures Figures(LabelScore score) =>
        new(score.Label, Math.Round(score.Strict.Precision, 3), Math.Round(score.Strict.Recall, 3), Math.Round(score.Strict.F1, 3), score.Support);
}
