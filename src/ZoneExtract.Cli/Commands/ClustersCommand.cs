using System.CommandLine;
using System.Security.Cryptography;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Training;

namespace ZoneExtract.Cli.Commands;

/// <summary>
/// <c>zoneextract clusters --text FILE… [--data FILE…] --output word-clusters.tsv</c>: learns word classes from
/// unlabeled text (<see cref="WordClustering"/>) for the name model's cluster features. Texts are cut into words as the
/// model sees them (width folding, the library's segmentation). Of an annotated file (<c>--data</c>, as for <c>train</c>)
/// only the part <c>train</c> trains on is read: its last <c>--validation</c> fraction is held out.
/// </summary>
internal static class ClustersCommand
{
    public static Command Create()
    {
        var text = new Option<string[]>("--text") { Description = "Plain text, repeatable: one sentence or paragraph a line." };
        var data = new Option<string[]>("--data") { Description = "Annotated data as for 'train' (CLUENER JSON lines or gold JSONL), repeatable: its text only." };
        var validation = new Option<double[]>("--validation")
        {
            Description = "Fraction of each --data file, from its end, left out (as 'train' holds it out): once for every file, or once per --data.",
            DefaultValueFactory = _ => [0.1],
        };
        var classes = new Option<int>("--classes") { Description = "How many word classes.", DefaultValueFactory = _ => 256 };
        var minCount = new Option<int>("--min-count") { Description = "Only words seen at least this many times get a class.", DefaultValueFactory = _ => 5 };
        var passes = new Option<int>("--passes") { Description = "At most this many passes of the exchange algorithm.", DefaultValueFactory = _ => 10 };
        var source = new Option<string>("--source") { Description = "One line naming the text's source and commit, written into the file's header.", Required = true };
        var output = new Option<string>("--output") { Description = "Where to write the word → class file.", DefaultValueFactory = _ => WordClasses.FileName };

        var command = new Command("clusters", "Learn word classes from unlabeled text for the name model's cluster features.")
            { text, data, validation, classes, minCount, passes, source, output };
        command.SetAction(parsed =>
        {
            var textPaths = parsed.GetValue(text) ?? [];
            var dataPaths = parsed.GetValue(data) ?? [];
            var heldOut = parsed.GetValue(validation)!;
            if (textPaths.Length + dataPaths.Length == 0) throw new UsageException("give at least one --text or --data file");
            if (heldOut.Length != 1 && heldOut.Length != dataPaths.Length)
                throw new UsageException($"--validation must be given once or once per --data ({dataPaths.Length}), not {heldOut.Length} times");
            foreach (var path in textPaths.Concat(dataPaths))
                if (!File.Exists(path)) throw new UsageException($"file not found: {path}");

            var texts = new List<string>();
            var described = new List<string>();
            foreach (var path in textPaths)
            {
                texts.AddRange(File.ReadLines(path).Where(l => l.Trim().Length > 0));
                described.Add($"{path} (sha256 {Sha256(path)})");
            }
            for (var i = 0; i < dataPaths.Length; i++)
            {
                var file = TrainingFile.Read(dataPaths[i], heldOut.Length == 1 ? heldOut[0] : heldOut[i]);
                texts.AddRange(file.Training.Select(s => s.Text));
                described.Add($"{dataPaths[i]} first {file.Training.Count} of {file.Training.Count + file.Validation.Count} (sha256 {file.Sha256})");
            }

            var trainer = new NameModelTrainer(ZoneExtractorResources.Load());
            var sentences = texts.Select(t => Words(trainer, t));
            var classOf = WordClustering.Cluster(sentences, parsed.GetValue(classes), parsed.GetValue(minCount), parsed.GetValue(passes), Console.Out);

            var outputPath = parsed.GetValue(output)!;
            using (var writer = new StreamWriter(outputPath))
            {
                writer.WriteLine("# source: " + parsed.GetValue(source));
                writer.WriteLine("# files: " + string.Join("; ", described));
                writer.WriteLine("# command: zoneextract clusters " + string.Join(' ', Environment.GetCommandLineArgs().SkipWhile(a => a != "clusters").Skip(1)));
                foreach (var (word, c) in classOf.OrderBy(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)) writer.WriteLine($"{word}\t{c}");
            }
            Console.WriteLine($"{classOf.Count} words → {outputPath}");
            return 0;
        });
        return command;
    }

    /// <summary>The words of <paramref name="text"/> as the name model reads them (folded, segmented), without whitespace.</summary>
    private static List<string> Words(NameModelTrainer trainer, string text)
    {
        var (folded, tokens) = trainer.Prepare(text);
        return tokens.Where(t => t.End <= folded.Length).Select(t => folded.Substring(t.Start, t.Length)).Where(w => w.Trim().Length > 0).ToList();
    }

    private static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
