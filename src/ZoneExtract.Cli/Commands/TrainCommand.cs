using System.CommandLine;
using ZoneExtract.Evaluation;
using ZoneExtract.Evaluation.Reporting;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Training;

namespace ZoneExtract.Cli.Commands;

/// <summary>
/// <c>zoneextract train --data FILE [--data FILE…]</c>: trains the name model (COMPANY, ORG, PERSON, LOC) from
/// CLUENER-format or gold-JSONL files, holds out the last part of each file for validation, prints its scores and
/// writes the model's provenance beside it. Reproducible: one thread and a fixed seed.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string[]>("--data") { Description = "Training data, repeatable: CLUENER2020 JSON lines or ZoneExtract gold JSONL.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model.", DefaultValueFactory = _ => "name-model.bin" };
        var validation = new Option<double[]>("--validation")
        {
            Description = "Fraction of a file, taken from its end, held out for validation (0 trains on all): once for every file, or once per --data in order.",
            DefaultValueFactory = _ => [0.1],
        };
        var iterations = new Option<int>("--iterations") { Description = "Training passes over the data.", DefaultValueFactory = _ => new NameModelTrainingOptions().Iterations };
        var sequenceEpochs = new Option<int>("--sequence-epochs") { Description = "Passes of the structured perceptron that fine-tunes the model on whole sentences (0: none).", DefaultValueFactory = _ => new NameModelTrainingOptions().SequenceEpochs };
        var sequenceRate = new Option<float>("--sequence-rate") { Description = "Step of that perceptron.", DefaultValueFactory = _ => new NameModelTrainingOptions().SequenceRate };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new NameModelTrainingOptions().Seed };
        var lexiconFeatures = new Option<bool>("--lexicon-features") { Description = "Also learn from the public company and place lists (two more features per character)." };
        var clusterFeatures = new Option<bool>("--cluster-features")
        {
            Description = "Also learn from the word classes of word-clusters.tsv (made by 'zoneextract clusters'; three more features per character), with the list features.",
        };
        var existing = new Option<string?>("--model") { Description = "Do not train: score this model file on the validation parts only." };

        var command = new Command("train", "Train the name model (COMPANY, ORG, PERSON, LOC) on annotated sentences.") { data, output, validation, iterations, sequenceEpochs, sequenceRate, seed, lexiconFeatures, clusterFeatures, existing };
        command.SetAction(parsed =>
        {
            var files = ReadFiles(parsed.GetValue(data)!, parsed.GetValue(validation)!);
            var trainer = new NameModelTrainer(ZoneExtractorResources.Load());
            if (parsed.GetValue(existing) is { } modelPath)
            {
                if (!File.Exists(modelPath)) throw new UsageException($"file not found: {modelPath}");
                Validate(trainer, NameTagModel.LoadFile(modelPath), files);
                return 0;
            }

            var options = new NameModelTrainingOptions(parsed.GetValue(seed), parsed.GetValue(iterations),
                SequenceEpochs: parsed.GetValue(sequenceEpochs), SequenceRate: parsed.GetValue(sequenceRate), LexiconFeatures: parsed.GetValue(lexiconFeatures),
                ClusterFeatures: parsed.GetValue(clusterFeatures));
            var trainedUtc = DateTimeOffset.UtcNow;
            var gitCommit = ModelProvenance.CurrentGitCommit(); // the code that trains, before the model file is written over
            var (model, elapsed) = trainer.Train(files.SelectMany(f => f.Training).ToList(), options);
            var outputPath = parsed.GetValue(output)!;
            using (var file = File.Create(outputPath)) model.Save(file, ModelProvenance.Header(files, outputPath));
            Console.WriteLine($"trained on {files.Sum(f => f.Training.Count)} sentences in {elapsed.TotalSeconds:F1} s; model {new FileInfo(outputPath).Length / 1024} KiB → {outputPath}");
            var scores = Validate(trainer, model, files);
            var provenancePath = Path.ChangeExtension(outputPath, ".provenance.json");
            var classes = options.ClusterFeatures ? trainer.Lexicons.Classes.Sha256 : null;
            ModelProvenance.Describe(outputPath, files, options, elapsed, scores, gitCommit, trainedUtc, classes).Write(provenancePath);
            Console.WriteLine($"provenance → {provenancePath}");
            return 0;
        });
        return command;
    }

    private static List<TrainingFile> ReadFiles(string[] paths, double[] heldOut)
    {
        if (heldOut.Length != 1 && heldOut.Length != paths.Length)
            throw new UsageException($"--validation must be given once or once per --data ({paths.Length}), not {heldOut.Length} times");
        var files = new List<TrainingFile>();
        for (var i = 0; i < paths.Length; i++)
        {
            if (!File.Exists(paths[i])) throw new UsageException($"file not found: {paths[i]}");
            var fraction = heldOut.Length == 1 ? heldOut[0] : heldOut[i];
            if (fraction is < 0 or >= 1) throw new UsageException("--validation must be at least 0 and below 1");
            files.Add(TrainingFile.Read(paths[i], fraction));
        }
        return files;
    }

    /// <summary>Prints and returns the scores of <paramref name="model"/> on each file's held-out part.</summary>
    private static List<(string Path, EvaluationReport Report)> Validate(NameModelTrainer trainer, NameTagModel model, IEnumerable<TrainingFile> files)
    {
        var scores = new List<(string, EvaluationReport)>();
        foreach (var file in files.Where(f => f.Validation.Count > 0))
        {
            var report = NameModelValidation.Score(trainer, model, file.Validation);
            Console.WriteLine($"validation: {file.Path}, last {file.Validation.Count} sentences, strict span scores");
            EvaluationText.WriteTable(report, Console.Out);
            scores.Add((file.Path, report));
        }
        return scores;
    }
}
