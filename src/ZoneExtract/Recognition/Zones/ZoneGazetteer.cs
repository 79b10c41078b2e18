using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// National zones from the embedded official lists (Data/*.tsv, each headed by its source), under every
/// form <see cref="ZoneNameForms"/> derives. A form maps to the official name and the zone class.
/// </summary>
internal static class ZoneGazetteer
{
    private const string Prefix = "ZoneExtract.Zones.";

    private static readonly Lazy<SpanTable<(string Canonical, ZoneKind Kind)>> Table = new(Build);

    public static SpanTable<(string Canonical, ZoneKind Kind)> Names => Table.Value;

    private static SpanTable<(string, ZoneKind)> Build()
    {
        var table = new Dictionary<string, (string, ZoneKind)>(StringComparer.Ordinal);
        void Add(string official, IEnumerable<string> forms, ZoneKind? kind = null)
        {
            // the first list to claim a form keeps it (苏州工业园区 is in the economic list only)
            foreach (var form in forms) table.TryAdd(form, (official, kind ?? ZoneSuffixes.KindOf(official)));
        }

        foreach (var record in EmbeddedData.ReadRecords(Prefix + "national-high-tech-zones.tsv"))
            Add(record[0], ZoneNameForms.HighTech(record[0]), ZoneKind.HighTechZone);
        foreach (var record in EmbeddedData.ReadRecords(Prefix + "national-economic-development-zones.tsv"))
            Add(record[0], ZoneNameForms.EconomicDevelopment(record[0]));
        foreach (var record in EmbeddedData.ReadRecords(Prefix + "national-new-areas.tsv"))
            Add(record[0], ZoneNameForms.NewArea(record[0]), ZoneKind.NewArea);
        foreach (var record in EmbeddedData.ReadRecords(Prefix + "national-innovation-demonstration-zones.tsv"))
            Add(record[0], ZoneNameForms.Demonstration(record[0]), ZoneKind.DemonstrationZone);
        foreach (var record in EmbeddedData.ReadRecords(Prefix + "pilot-free-trade-zones.tsv"))
        {
            var forms = ZoneNameForms.FreeTrade(record[0]);
            Add(record[0], forms, ZoneKind.FreeTradeZone);
            // an area is named by any form of its zone followed by any form of the area (重庆自贸试验区西永片区)
            var areas = record.Length > 1 ? record[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            foreach (var area in areas)
            {
                var areaForms = ZoneNameForms.FreeTradeArea(area).ToArray();
                Add(record[0] + area, forms.SelectMany(f => areaForms.Select(a => f + a)), ZoneKind.FreeTradeZone);
            }
        }
        return new SpanTable<(string, ZoneKind)>(table);
    }
}
