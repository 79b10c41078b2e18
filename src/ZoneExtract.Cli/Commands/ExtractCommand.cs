using System.CommandLine;
using ZoneExtract.Batch;
using ZoneExtract.Cli.Batch;
using ZoneExtract.Evaluation.Html;
using ZoneExtract.Serialization;

namespace ZoneExtract.Cli.Commands;

/// <summary>
/// <c>zoneextract extract PATH</c>: prints the entities of one text as a table, JSON, JSONL or an HTML page; or, for a
/// folder or JSONL input, runs a batch on all cores writing one gold-format JSONL line per document, or one HTML page.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "A UTF-8 text file, a folder of *.txt files, a .jsonl file, or - for standard input." };
        var format = new Option<string>("--format")
        {
            Description = "Output format: table (readable entities), facts (readable indicator statements), csv (one row per fact, UTF-8 with BOM), json (indented gold document with facts as INDICATOR spans and relations), jsonl (one gold line per document) or html (one self-contained page to open in a browser). A batch writes jsonl (the default) or html.",
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "facts", "csv", "json", "jsonl", "html");
        var inputFormat = new Option<string>("--input-format")
        {
            Description = "text (one document) or jsonl (one {\"id\",\"text\",\"meta\":{\"reference_date\"}} per line). Default: jsonl for a .jsonl file, else text.",
            DefaultValueFactory = _ => "auto",
        };
        inputFormat.AcceptOnlyFromAmong("auto", "text", "jsonl");
        var referenceDate = CommonOptions.ReferenceDate();
        var labels = CommonOptions.Labels();
        var id = new Option<string?>("--id") { Description = "Document id written to JSON output (default: the file name). Single text only." };
        var output = new Option<string?>("--out") { Description = "Write the output to this file instead of standard output." };
        var threads = new Option<int>("--threads")
        {
            Description = "Batch: documents extracted at once (default: the number of processors).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var maxChars = new Option<int>("--max-chars")
        {
            Description = "Batch: longest text accepted, in characters; a longer document gets an error record.",
            DefaultValueFactory = _ => BatchOptions.DefaultMaxDocumentLength,
        };
        var quiet = new Option<bool>("--quiet") { Description = "Batch: no progress display on stderr (it is only shown on a terminal anyway)." };

        var command = new Command("extract", "Extract entities from a text, a folder of texts or a JSONL stream of documents.")
        {
            file, format, inputFormat, referenceDate, labels, id, output, threads, maxChars, quiet,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var path = parsed.GetValue(file)!;
            var options = new ExtractionOptions
            {
                ReferenceDate = CommonOptions.ParseDate(parsed.GetValue(referenceDate), "--reference-date"),
                Labels = CommonOptions.ParseLabels(parsed.GetValue(labels)),
            };
            var outPath = parsed.GetValue(output);
            if (!IsBatch(path, parsed.GetValue(inputFormat)!))
            {
                var documentId = parsed.GetValue(id) ?? (path == "-" ? null : Path.GetFileNameWithoutExtension(path));
                var extraction = new WindowedExtraction(new ZoneExtractor());
                if (parsed.GetValue(format) == "jsonl")
                {
                    // read twice and written window by window: a text of any length in bounded memory
                    using var source = TextSource.Open(path);
                    await using var lineOutput = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
                    StreamedGoldLine.Write(lineOutput, source.OpenReader, documentId, extraction, options, cancellationToken);
                    return 0;
                }
                var result = extraction.Extract(CommonOptions.ReadText(path), options, cancellationToken);
                await using var output = outPath is null ? Console.OpenStandardOutput() : File.Create(outPath);
                Write(result, documentId, parsed.GetValue(format)!, output);
                return 0;
            }

            var batchFormat = parsed.GetResult(format) is { Implicit: false } ? parsed.GetValue(format)! : "jsonl";
            if (batchFormat is not ("jsonl" or "html")) throw new UsageException("a batch writes jsonl or html; use --format jsonl or --format html");
            if (parsed.GetValue(id) is not null) throw new UsageException("--id names a single text; batch ids come from the input");
            var batchOptions = new BatchOptions
            {
                Threads = parsed.GetValue(threads) is var n and >= 1 ? n : throw new UsageException("--threads must be at least 1"),
                MaxDocumentLength = parsed.GetValue(maxChars) is var m and >= 1 ? m : throw new UsageException("--max-chars must be at least 1"),
                Extraction = options,
                // JSONL lines of long documents go out window by window: memory bounded by the text, not its entities
                SpoolLongDocuments = batchFormat == "jsonl",
            };
            using var input = Directory.Exists(path)
                ? BatchInput.FromDirectory(path, batchOptions.MaxDocumentLength)
                : BatchInput.FromJsonl(path, batchOptions.MaxDocumentLength);
            // Load the extractor (and check the options) before the output is opened: opening empties an existing
            // --out file, which must keep an earlier run's results if the resources cannot be loaded.
            var extractor = new BatchExtractor(new ZoneExtractor(), batchOptions);
            var showProgress = !parsed.GetValue(quiet) && !Console.IsErrorRedirected;
            return await BatchRun.RunAsync(input, extractor, OpenBatchOutput(outPath, batchFormat, path), showProgress, cancellationToken);
        });
        return command;
    }

    /// <summary>A folder, an explicit --input-format jsonl, or (by default) a file named *.jsonl is a batch.</summary>
    private static bool IsBatch(string path, string inputFormat) => inputFormat switch
    {
        "jsonl" => true,
        "text" => false,
        _ => Directory.Exists(path) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase),
    };

    /// <summary>Opens the batch's output; the stream is closed again if the writer over it cannot be made.</summary>
    private static IBatchOutput OpenBatchOutput(string? outPath, string format, string source)
    {
        var stream = BatchRun.OpenOutput(outPath);
        try
        {
            return format == "html" ? new HtmlBatchOutput(stream, PageTitle(source)) : new JsonlBatchOutput(stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static string PageTitle(string source) => $"ZoneExtract: {(source == "-" ? "standard input" : Path.GetFileName(Path.TrimEndingDirectorySeparator(source)))}";

    private static void Write(ExtractionResult result, string? id, string format, Stream output)
    {
        // CSV carries a byte-order mark, to a file or to standard output alike, so that Excel reads it right
        using var writer = new StreamWriter(output, format == "csv" ? FactCsvWriter.Encoding : PageEncoding.Utf8, leaveOpen: true);
        switch (format)
        {
            case "csv":
                FactCsvWriter.Write(writer, id, result.Text, FactRow.From(result));
                break;
            case "json":
                writer.WriteLine(JsonIndenter.Indent(GoldJsonlWriter.ToJsonLine(GoldJsonlWriter.ToGoldDocument(result, id))));
                break;
            case "html":
                HtmlView.Write([(id, result)], writer, new HtmlViewOptions { Title = PageTitle(id ?? "standard input") });
                break;
            case "facts":
                FactTableWriter.Write(writer, FactRow.From(result));
                break;
            default:
                EntityTable.Write(result, writer);
                if (result.Facts.Count > 0)
                {
                    // the facts follow the entities, so that the sample run on an article shows both
                    writer.WriteLine();
                    FactTableWriter.Write(writer, FactRow.From(result));
                }
                break;
        }
    }
}
