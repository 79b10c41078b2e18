using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Zones from the official lists (Zones/Data/*.tsv, each headed by its source): the national ones, then the zones
/// that the statistics division codes list as units of their own (provincial and local development zones and parks),
/// and the 2018 development zone catalogue (provincial zones, customs areas), under every form
/// <see cref="ZoneNameForms"/> derives. A form maps to the official name and the zone class.
/// </summary>
internal sealed class ZoneGazetteer
{
    public ZoneGazetteer(DataFiles data, ZoneSuffixes suffixes, ZoneNameForms forms, Places.PlaceLexicon places, NamePrefix prefix)
    {
        var customsKinds = data.ReadRecords("customs-area-kinds.tsv", columns: 2).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        // the longest first: 综合保税区 before the 保税区 it ends in
        var customsKindWords = customsKinds.Values.OrderByDescending(k => k.Length).ToArray();
        var table = new Dictionary<string, (string, ZoneKind)>(StringComparer.Ordinal);
        var ownNames = new List<(string, string, ZoneKind)>();
        var cityNamedAreas = new Dictionary<string, (string Canonical, string Zone)>(StringComparer.Ordinal);
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
        {
            Add(record[0], forms.Demonstration(record[0]), ZoneKind.DemonstrationZone);
            // the zone's own name alone (中关村) is found in context by the pattern recogniser; a replaced file may have the name column only
            if (record.Length > 1 && record[1] != "-") ownNames.Add((record[1], record[0], ZoneKind.DemonstrationZone));
        }
        foreach (var record in data.ReadRecords("pilot-free-trade-zones.tsv"))
        {
            var zoneForms = forms.FreeTrade(record[0]);
            Add(record[0], zoneForms, ZoneKind.FreeTradeZone);
            // an area is named by any form of its zone followed by any form of the area (重庆自贸试验区西永片区)
            var areas = record.Length > 1 ? record[1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
            foreach (var area in areas)
            {
                var areaForms = forms.FreeTradeArea(area).ToArray();
                // an area alone only when a county or town names it (南沙片区, 临港新片区; not 中心片区, 科技创新片区)
                var byOwnName = areaForms.SelectMany(forms.FreeTradeAreaByOwnName).Where(IsPlaceNamedArea).ToArray();
                Add(record[0] + area, zoneForms.SelectMany(f => areaForms.Concat(byOwnName).Select(a => f + a)), ZoneKind.FreeTradeZone);
                Add(record[0] + area, areaForms.SelectMany(forms.FreeTradeAreaAlone).Where(IsPlaceNamedArea).Concat(byOwnName), ZoneKind.FreeTradeZone);
                foreach (var form in areaForms.SelectMany(forms.FreeTradeAreaByCityName))
                    cityNamedAreas.TryAdd(form, (record[0] + area, record[0]));
            }
        }
        foreach (var record in data.ReadRecords("national-platform-zones.tsv", columns: 3))
        {
            // the official name and the plans' own short forms: these names are too long for the pattern's walk
            Add(record[0], record[1] == "-" ? [record[0]] : [record[0], .. record[1].Split(' ')]);
        }
        foreach (var record in data.ReadRecords("development-zones-catalogue-2018.tsv", columns: 5))
        {
            // a county's short form that is common vocabulary still names it here, the catalogue giving the province (湖北石首经济开发区 → 石首经开区)
            // a customs area keeps the name before its kind without its city (外高桥保税区 of 上海外高桥保税区): no firm or body owns the kind
            Add(record[0], forms.Catalogued(record[0], record[4]).Where(form => IsSpecificForm(form, record[0]) || IsCountyNamedForm(form, record[2])
                || customsKinds.ContainsKey(record[4]) && HasOwnNameStem(form, customsKindWords, suffixes, prefix)),
                record[4] == "high-tech" ? ZoneKind.HighTechZone : null);
        }
        foreach (var record in data.ReadRecords("development-zones-statistics-2023.tsv", columns: 6))
        {
            // a name without a leading place (高校园区, 生物科技产业园) is a kind of zone in other texts, not this one
            if (!StartsWithPlace(record[0], places)) continue;
            var localForms = record[5] switch
            {
                "high-tech" => forms.HighTech(record[0]),
                "economic-technological" => forms.EconomicDevelopment(record[0]),
                // a provincial zone keeps its title without its province or city, as the catalogue's (湖北曾都经济开发区 → 曾都经济开发区),
                // when a listed place still starts it: not a county's short form that is an ordinary word (新建 of 新建区: 新建经济开发区)
                "economic-development" => forms.EconomicDevelopment(record[0])
                    .Concat(forms.Catalogued(record[0], record[5]).Where(form => places.All.TryLongestStartingAt(form, 0, out _, out _))),
                _ => forms.NewArea(record[0]),
            };
            Add(record[0], localForms.Where(form => IsSpecificForm(form, record[0])));
        }
        foreach (var record in data.ReadRecords("zone-own-names.tsv", columns: 2))
        {
            // a zone of the lists above by the name it goes by alone (前海, 雄安); a name whose zone no list holds is left out
            if (table.TryGetValue(record[1], out var listed)) ownNames.Add((record[0], record[1], listed.Item2));
        }

        // the official name is specific; a shorter form must still start with a place (鹿泉经济开发区, not 专用汽车产业园
        // of 天津专用汽车产业园 or 港保税区 of 天津港保税区) and keep a name before its kind word (not 工业园区, 国家高新区)
        bool IsPlaceNamedArea(string form) => StartsWithPlace(form, places) && !prefix.IsGeneric(form.AsSpan(0, 2));
        bool IsSpecificForm(string form, string official) =>
            form == official || StartsWithPlace(form, places) && HasSpecificStem(form, suffixes, prefix);
        bool IsCountyNamedForm(string form, string province) =>
            StartsWithCountyOf(form, province, places) && HasSpecificStem(form, suffixes, prefix);
        Suffixes = suffixes;
        Names = new SpanTable<(string Canonical, ZoneKind Kind)>(table);
        OwnNames = ownNames;
        CityNamedAreas = cityNamedAreas;
        _formsOf = table.GroupBy(entry => entry.Value.Item1, entry => entry.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.ToArray(), StringComparer.Ordinal);
        _endings = table.Keys.Where(form => form.Length >= 2).Select(form => Ending(form, form.Length)).ToHashSet();
    }

    /// <summary>The last two characters of every form: where a look-up may succeed.</summary>
    private readonly HashSet<int> _endings;

    public SpanTable<(string Canonical, ZoneKind Kind)> Names { get; }

    private readonly Dictionary<string, string[]> _formsOf;

    /// <summary>Every listed form of the zone with this official name (empty for a name not listed).</summary>
    public IReadOnlyList<string> FormsOf(string canonical) => _formsOf.TryGetValue(canonical, out var forms) ? forms : [];

    /// <summary>The zone suffixes the forms end in.</summary>
    public ZoneSuffixes Suffixes { get; }

    /// <summary>
    /// Free trade zones' areas named by a province or prefecture and 片区 (武汉片区), with the area's and the zone's official
    /// names: they name the area only where the text names its zone (湖北自贸试验区武汉片区、襄阳片区和宜昌片区).
    /// </summary>
    public IReadOnlyDictionary<string, (string Canonical, string Zone)> CityNamedAreas { get; }

    /// <summary>Names a zone goes by alone, without a zone word (中关村, 前海), with the zone's official name and class.</summary>
    public IReadOnlyList<(string Name, string Canonical, ZoneKind Kind)> OwnNames { get; }

    /// <summary>
    /// True when some form ends with the two characters before <paramref name="end"/> (most positions fail here, most
    /// of them already on the last character's table entry, before the pair's hash look-up).
    /// </summary>
    public bool MayEndAt(string text, int end) => end >= 2 && Names.MayEndWith(text[end - 1]) && _endings.Contains(Ending(text, end));

    private static int Ending(string text, int end) => text[end - 2] << 16 | text[end - 1];

    /// <summary>True when a place starts the form, or a county or town under its short form (鹿泉 of 鹿泉区).</summary>
    private static bool StartsWithPlace(string form, Places.PlaceLexicon places)
    {
        if (places.All.TryLongestStartingAt(form, 0, out _, out _)) return true;
        for (var length = 2; length <= 4 && length < form.Length; length++)
        {
            if (places.NamesDivision(form.AsSpan(0, length))) return true;
        }
        return false;
    }

    private static bool StartsWithCountyOf(string form, string province, Places.PlaceLexicon places)
    {
        for (var length = 2; length <= 4 && length < form.Length; length++)
        {
            if (places.NamesCountyOf(form.AsSpan(0, length), province)) return true;
        }
        return false;
    }

    /// <summary>
    /// The name before the customs kind is a name of its own: two characters at least, not generic, and no zone word in it
    /// (not 高新区综合保税区, 新区综合保税区 of their cities' zones). The customs areas and border zones of customs-area-kinds.tsv
    /// are designated by the State Council only, so news names them by that name without their city (外高桥保税区, 前湾保税港区).
    /// </summary>
    private static bool HasOwnNameStem(string form, string[] customsKinds, ZoneSuffixes suffixes, NamePrefix prefix)
    {
        var kind = Array.Find(customsKinds, k => form.EndsWith(k, StringComparison.Ordinal));
        if (kind is null || form.Length - kind.Length < 2) return false;
        var stem = form[..^kind.Length];
        if (prefix.IsGeneric(stem) || prefix.IsGeneric(stem.AsSpan(0, 2))) return false;
        for (var end = 2; end <= stem.Length; end++)
        {
            if (suffixes.TryMatchEndingAt(stem, end, out _, out _)) return false;
        }
        return true;
    }

    private static bool HasSpecificStem(string form, ZoneSuffixes suffixes, NamePrefix prefix) =>
        !suffixes.TryMatchEndingAt(form, form.Length, out var suffix, out _)
        || form.Length > suffix.Length && !prefix.IsGeneric(form.AsSpan(0, form.Length - suffix.Length));
}
