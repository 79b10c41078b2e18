using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>The words around a news outlet's name (Names/Data/media-cues.tsv): the reporter word after it, introducing words before it, attribution and dateline words.</summary>
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
        Introducers = Optional(kinds, "introducer");
        Attribution = Optional(kinds, "attribution");
        Attributed = Optional(kinds, "attributed");
        AttributionTimes = Optional(kinds, "attribution-time");
        Dispatch = Optional(kinds, "dispatch");
        ReporterQualifiers = Optional(kinds, "reporter-qualifier");
        Source = Optional(kinds, "source");
    }

    private static string[] Optional(Dictionary<string, string[]> kinds, string kind) => kinds.TryGetValue(kind, out var words) ? words : [];

    public string[] Reporter { get; }

    public string[] Introducers { get; }

    /// <summary>The word that opens an attribution (据 of 据财联社报道).</summary>
    public string[] Attribution { get; }

    /// <summary>The words that close an attribution (报道, 消息).</summary>
    public string[] Attributed { get; }

    /// <summary>Time words between the outlet and the closing word (据财联社此前报道).</summary>
    public string[] AttributionTimes { get; }

    /// <summary>The words that end a dateline (中新社海口1月4日电, 证券时报网讯).</summary>
    public string[] Dispatch { get; }

    /// <summary>The words that open a line naming the outlet an article was taken from (来源：华夏时报).</summary>
    public string[] Source { get; }

    /// <summary>Words between the outlet and 记者 that say what kind of reporter writes (见习, 实习, 特约, 驻 of 驻京记者).</summary>
    public string[] ReporterQualifiers { get; }
}
