using System.CommandLine;
using ZoneExtract.Serialization;

namespace ZoneExtract.Cli.Commands;

/// <summary><c>zoneextract extract FILE</c>: prints the entities of a text as a table, JSON or JSONL.</summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file, or - for standard input." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (readable), json (indented gold document) or jsonl (one gold line).",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json", "jsonl");
        var referenceDate = CommonOptions.ReferenceDate();
        var labels = CommonOptions.Labels();
        var id = new Option<string?>("--id") { Description = "Document id written to JSON output (default: the file name)." };

        var command = new Command("extract", "Extract entities from one text.") { file, format, referenceDate, labels, id };
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(file)!;
            var options = new ExtractionOptions
            {
                ReferenceDate = CommonOptions.ParseDate(parsed.GetValue(referenceDate), "--reference-date"),
                Labels = CommonOptions.ParseLabels(parsed.GetValue(labels)),
            };
            var text = CommonOptions.ReadText(path);
            var result = new ZoneExtractor().Extract(text, options);
            var documentId = parsed.GetValue(id) ?? (path == "-" ? null : Path.GetFileNameWithoutExtension(path));
            Write(result, documentId, parsed.GetValue(format)!, Console.Out);
            return 0;
        });
        return command;
    }

    private static void Write(ExtractionResult result, string? id, string format, TextWriter output)
    {
        switch (format)
        {
            case "jsonl":
                output.WriteLine(GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, id)));
                break;
            case "json":
                output.WriteLine(JsonIndenter.Indent(GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, id))));
                break;
            default:
                EntityTable.Write(result, output);
                break;
        }
    }
}
