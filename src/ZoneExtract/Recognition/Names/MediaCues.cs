using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>The words around a news outlet's name (Names/Data/media-cues.tsv): the reporter word after it, introducing words before it.</summary>
internal sealed class MediaCues
{
    public MediaCues(DataFiles data)
    {
        var kinds = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords("media-cues.tsv", columns: 2))
        {
            if (!kinds.TryAdd(record[0], record[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
                throw new InvalidDataException($"media-cues.tsv: '{string.Join('\t', record)}' repeats the kind '{record[0]}'.");
        }
        Reporter = kinds.TryGetValue("reporter", out var reporter) ? reporter : throw new InvalidDataException("media-cues.tsv: no 'reporter' line.");
        Introducers = kinds.TryGetValue("introducer", out var introducers) ? introducers : [];
    }

    public IReadOnlyList<string> Reporter { get; }

    public IReadOnlyList<string> Introducers { get; }
}
