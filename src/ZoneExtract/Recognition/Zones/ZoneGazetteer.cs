using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// National zones from the official lists (Zones/Data/*.tsv, each headed by its source), under every form
/// <see cref="ZoneNameForms"/> derives. A form maps to the official name and the zone class.
/// </summary>
internal sealed class ZoneGazetteer
{
    public ZoneGazetteer(DataFiles data, ZoneSuffixes suffixes, ZoneNameForms forms)
    {
        var table = new Dictionary<string, (string, ZoneKind)>(StringComparer.Ordinal);
        void Add(string official, IEnumerable<string> names, ZoneKind? kind = null)
        {
            // the first list to claim a form keeps it (苏州工业园区 is in the economic list only)
            foreach (var name in names) table.TryAdd(name, (official, kind ?? suffixes.KindOf(official)));
        }

        foreach (var record in data.ReadRecords("national-high-tech-zones.tsv"))
            Add(record[0], forms.HighTech(record[0]), ZoneKind.HighTechZone);
        foreach (var record in data.ReadRecords("national-economic-development-zones.tsv"))
            Add(record[0], forms.EconomicDevelopment(record[0]));
        foreach (var record in data.ReadRecords("national-new-areas.tsv"))
            Add(record[0], forms.NewArea(record[0]), ZoneKind.NewArea);
        foreach (var record in data.ReadRecords("national-innovation-demonstration-zones.tsv"))
            Add(record[0], forms.Demonstration(record[0]), ZoneKind.DemonstrationZone);
        foreach (var record in data.ReadRecords("pilot-free-trade-zones.tsv"))
        {
            var zoneForms = forms.FreeTrade(record[0]);
            Add(record[0], zoneForms, ZoneKind.FreeTradeZone);
            // an area is named by any form of its zone followed by any form of the area (重庆自贸试验区西永片区)
            var areas = record.Length > 1 ? record[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            foreach (var area in areas)
            {
                var areaForms = forms.FreeTradeArea(area).ToArray();
                Add(record[0] + area, zoneForms.SelectMany(f => areaForms.Select(a => f + a)), ZoneKind.FreeTradeZone);
            }
        }
        Names = new SpanTable<(string Canonical, ZoneKind Kind)>(table);
    }

    public SpanTable<(string Canonical, ZoneKind Kind)> Names { get; }
}
