using System.Text.Json;
using JiebaNet.Segmenter;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// The whole-process baseline of the batch speed goals: a plain console that loads jieba.NET (the dictionaries
/// this project's output carries in jieba/) and runs <c>Cut</c> over the text of each line of a JSONL file,
/// printing the word count of each document. Run it with default runtime settings, as any jieba.NET console runs:
/// <c>dotnet ZoneExtract.Benchmarks.dll cut-jsonl docs.jsonl</c> (docs/batch.md, "Speed").
/// </summary>
internal static class CutJsonlBaseline
{
    public static int Run(string path)
    {
        ConfigManager.ConfigFileBaseDir = Path.Combine(AppContext.BaseDirectory, "jieba");
        var segmenter = new JiebaSegmenter();
        using var output = new StreamWriter(Console.OpenStandardOutput());
        foreach (var line in File.ReadLines(path))
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()!;
            output.WriteLine(segmenter.Cut(text).Count());
        }
        return 0;
    }
}
