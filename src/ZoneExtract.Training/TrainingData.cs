using System.Collections.Frozen;
using System.Text.Json;
using ZoneExtract.Serialization;

namespace ZoneExtract.Training;

/// <summary>
/// Reads name-model training data: CLUENER2020 JSON lines (<c>{"text", "label": {type: {mention: [[start, end]]}}}</c>,
/// inclusive ends; company → COMPANY, government and organization → ORG, address → LOC, name → PERSON, other
/// types ignored) or ZoneExtract gold JSONL (labels COMPANY, ORG, PERSON, LOC kept). The format is told by
/// the first line.
/// </summary>
public static class TrainingData
{
    private static readonly FrozenDictionary<string, EntityLabel> ClueNerLabels = new Dictionary<string, EntityLabel>(StringComparer.Ordinal)
    {
        ["company"] = EntityLabel.Company,
        ["government"] = EntityLabel.Organization,
        ["organization"] = EntityLabel.Organization,
        ["address"] = EntityLabel.Location,
        ["name"] = EntityLabel.Person,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private const EntityLabel NameLabels = EntityLabel.Company | EntityLabel.Organization | EntityLabel.Person | EntityLabel.Location;

    /// <summary>Reads every sentence of <paramref name="path"/>, in file order.</summary>
    public static IReadOnlyList<TrainingSentence> Read(string path)
    {
        var first = File.ReadLines(path).FirstOrDefault(l => l.Trim().Length > 0)
            ?? throw new InvalidDataException($"{path}: the file is empty.");
        return IsClueNer(first) ? ReadClueNer(path) : ReadGold(path);
    }

    private static bool IsClueNer(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object;
    }

    private static List<TrainingSentence> ReadClueNer(string path)
    {
        var sentences = new List<TrainingSentence>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (line.Trim().Length == 0) continue;
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString()
                ?? throw new InvalidDataException($"{path}:{lineNumber}: no text.");
            var spans = new List<(int, int, EntityLabel)>();
            if (json.RootElement.TryGetProperty("label", out var labels))
            {
                foreach (var type in labels.EnumerateObject())
                {
                    if (!ClueNerLabels.TryGetValue(type.Name, out var label)) continue;
                    foreach (var mention in type.Value.EnumerateObject())
                    foreach (var range in mention.Value.EnumerateArray())
                    {
                        var start = range[0].GetInt32();
                        var end = range[1].GetInt32(); // inclusive
                        if (start < 0 || end < start || end >= text.Length)
                            throw new InvalidDataException($"{path}:{lineNumber}: span [{start}, {end}] lies outside the text.");
                        spans.Add((start, end - start + 1, label));
                    }
                }
            }
            sentences.Add(new TrainingSentence(text, spans));
        }
        return sentences;
    }

    private static List<TrainingSentence> ReadGold(string path) =>
        GoldJsonlReader.ReadFile(path).Select(document => new TrainingSentence(
            document.Text,
            document.Spans
                .Select(s => (s, ok: EntityLabelNames.TryParse(s.Label, out var label), label))
                .Where(x => x.ok && (x.label & NameLabels) != 0)
                .Select(x => (x.s.Start, x.s.Length, x.label))
                .ToList())).ToList();
}
