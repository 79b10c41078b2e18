using System.CommandLine;
using ZoneExtract.Evaluation.Reporting;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Training;

namespace ZoneExtract.Cli.Commands;

/// <summary>
/// <c>zoneextract train --data FILE</c>: trains the name model (COMPANY, ORG, PERSON, LOC) from CLUENER-format
/// or gold-JSONL data, holds out the last part of the file for validation and prints its scores.
/// Reproducible: one thread and a fixed seed.
/// </summary>
internal static class TrainCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Training data: CLUENER2020 JSON lines or ZoneExtract gold JSONL.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the model.", DefaultValueFactory = _ => "name-model.bin" };
        var validation = new Option<double>("--validation") { Description = "Fraction of the file, taken from its end, held out for validation (0 trains on all).", DefaultValueFactory = _ => 0.1 };
        var iterations = new Option<int>("--iterations") { Description = "Training passes over the data.", DefaultValueFactory = _ => new NameModelTrainingOptions().Iterations };
        var sequenceEpochs = new Option<int>("--sequence-epochs") { Description = "Passes of the structured perceptron that fine-tunes the model on whole sentences (0: none).", DefaultValueFactory = _ => new NameModelTrainingOptions().SequenceEpochs };
        var sequenceRate = new Option<float>("--sequence-rate") { Description = "Step of that perceptron.", DefaultValueFactory = _ => new NameModelTrainingOptions().SequenceRate };
        var seed = new Option<int>("--seed") { Description = "Random seed.", DefaultValueFactory = _ => new NameModelTrainingOptions().Seed };
        var existing = new Option<string?>("--model") { Description = "Do not train: score this model file on the validation part only." };

        var command = new Command("train", "Train the name model (COMPANY, ORG, PERSON, LOC) on annotated sentences.") { data, output, validation, iterations, sequenceEpochs, sequenceRate, seed, existing };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(data)!;
            if (!File.Exists(path)) throw new UsageException($"file not found: {path}");
            var heldOut = parsed.GetValue(validation);
            if (heldOut is < 0 or >= 1) throw new UsageException("--validation must be at least 0 and below 1");

            var sentences = TrainingData.Read(path);
            var trainCount = sentences.Count - (int)Math.Round(sentences.Count * heldOut);
            var trainer = new NameModelTrainer(ZoneExtractorResources.Load());
            NameTagModel model;
            if (parsed.GetValue(existing) is { } modelPath)
            {
                if (!File.Exists(modelPath)) throw new UsageException($"file not found: {modelPath}");
                model = NameTagModel.LoadFile(modelPath);
            }
            else
            {
                var options = new NameModelTrainingOptions(parsed.GetValue(seed), parsed.GetValue(iterations),
                    SequenceEpochs: parsed.GetValue(sequenceEpochs), SequenceRate: parsed.GetValue(sequenceRate));
                (model, var elapsed) = trainer.Train(sentences.Take(trainCount).ToList(), options);
                var outputPath = parsed.GetValue(output)!;
                using (var file = File.Create(outputPath)) model.Save(file);
                Console.WriteLine($"trained on {trainCount} sentences in {elapsed.TotalSeconds:F1} s; model {new FileInfo(outputPath).Length / 1024} KiB → {outputPath}");
            }
            if (trainCount < sentences.Count)
            {
                Console.WriteLine($"validation: last {sentences.Count - trainCount} sentences, strict span scores");
                EvaluationText.WriteTable(NameModelValidation.Score(trainer, model, sentences.Skip(trainCount)), Console.Out);
            }
            return 0;
        });
        return command;
    }
}
