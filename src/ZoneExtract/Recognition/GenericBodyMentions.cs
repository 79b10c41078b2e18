using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition;

/// <summary>
/// Generic mentions of bodies. An ORG that names a government which is no one body gives way to the place before it, a LOC: a place's governments of a
/// level (湖南省|县级政府: all the county governments of the province; 各级政府 names no place) and a government before 采购,
/// the term "government procurement" of the Government Procurement Law (北京市|政府采购|自主创新产品, 陕西省|政府采购|工作座谈会),
/// unless 了 or 过 makes 采购 the verb (深圳市政府采购了一批设备). It runs after the units are joined, so that a body named
/// after the term keeps its name (北京市政府采购中心). A body after a collective word (各, 各级, 各地, 各类, 各区(县、市)) is a kind
/// of body, all of them, no one body, and gives no entity (全市各级|妇联, 各区(县、市)|科协, 各|部门妇委会), and so are the bodies of
/// a level that names no place (区级国家机关: the state organs of all the districts), unless a working committee closes them
/// (市级机关工委 is the one committee of a city's organs). An office of a department (处, 室) written with no name before it,
/// in at most three characters, names no body either (办公室, 联络处 in a list of a body's units: 科普部、学会部 are not taken).
/// Nor does a body head after an ownership, tier or reference word (公立医院, 乡镇卫生院, 市直行政主管部门, 有关部门), the bodies
/// of a whole territory (全省法院, 全市|检察机关), a collective term of the state structure (国家机关, 中央部门) or a Party congress by
/// its number (中共二十大: an event; orgs9).
/// </summary>
internal sealed class GenericBodyMentions(NameResources names)
{
    public Entity[] Relabel(Document document, Entity[] accepted)
    {
        var text = document.Text;
        List<Entity>? result = null;
        for (var i = 0; i < accepted.Length; i++)
        {
            var entity = accepted[i];
            var place = entity.Label != EntityLabel.Organization ? -1
                : AfterCollectiveWord(text, entity.Start) || IsWholeTerritoryKind(entity.Text) || IsLevelKind(entity.Text) || IsBareOffice(entity.Text)
                  || names.Lexicons.OrganizationCollectiveTerms.Contains(entity.Text.AsSpan()) || IsPartyCongress(entity.Text)
                  || IsModifiedKind(document, entity) ? 0
                : PlacePartLength(text, entity.Start, entity.End);
            if (place < 0 && result is null) continue;
            result ??= [.. accepted[..i]];
            if (place < 0) result.Add(entity);
            else if (place > 0 && names.AllPlaces.All.Contains(text.AsSpan(entity.Start, place)))
                result.Add(new LocationEntity(entity.Start, place, entity.Text[..place]));
        }
        return result is null ? accepted : [.. result];
    }

    /// <summary>
    /// The length of the part of the ORG from <paramref name="start"/> to <paramref name="end"/> before its generic
    /// government (湖南省 of 湖南省县级政府, 北京市 of 北京市政府 before 采购), or -1 when the ORG names one government.
    /// </summary>
    private static int PlacePartLength(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        foreach (var level in LevelGovernments)
            if (name.EndsWith(level)) return name.Length - level.Length - 1; // the level's character before 级: 县, 省, 市, 乡, 各
        foreach (var government in Governments)
            if (name.EndsWith(government) && IsProcurementTerm(text.AsSpan(end))) return name.Length - government.Length;
        return -1;
    }

    /// <summary>
    /// Whether the text before <paramref name="start"/> ends in a collective word: 各 or a count of more than one body
    /// (16家, 120多家), then at most three characters of level or kind (级, 地, 类, 区, 县, 市, 省, 乡, 镇: 各区, 16家地级市), then an
    /// optional bracketed list of further levels ((县、市)); or 全 and a level (全市|检察机关), or 全国 (全国|检察机关院: the body that
    /// 全国 opens, 全国人大, is one span).
    /// </summary>
    private static bool AfterCollectiveWord(string text, int start)
    {
        var at = start;
        if (at > 0 && text[at - 1] is ')' or '）')
        {
            var from = Math.Max(0, at - MaxBracketLength);
            var open = text.AsSpan(from, at - from).LastIndexOfAny('(', '（');
            if (open < 0) return false;
            at = from + open;
        }
        for (var levels = 0; levels < 3 && at > 0 && CollectiveLevels.Contains(text[at - 1]); levels++) at--;
        return at > 0 && (text[at - 1] == '各' || (text[at - 1] == '家' && at > 1 && IsPluralCount(text[at - 2])))
               || at < start && at > 0 && text[at - 1] == WholeTerritory // 全市|检察机关: all of the city's
               || at == start && text.AsSpan(0, start).EndsWith(WholeCountry); // 全国|检察机关院: all of the country's
    }

    /// <summary>
    /// Whether the ORG opens with 全 and a level (全省法院, 全市检察机关): all the bodies of that kind in the territory, no one body.
    /// 全国 is no level here: it opens the names of national bodies (全国人大, 全国工商联).
    /// </summary>
    private static bool IsWholeTerritoryKind(string name) => name.Length > 2 && name[0] == WholeTerritory && Levels.Contains(name[1]);

    /// <summary>Whether a count ending in <paramref name="c"/> is more than one (a digit, 两, 几, 十, 百, 千, 万, 多, 余): 一家 is one.</summary>
    private static bool IsPluralCount(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９' || PluralCountCharacters.Contains(c);

    /// <summary>
    /// Whether the ORG is a congress or plenum of the Party by its number (中共二十大, 中共十九|届六中全会 cut after the number): the
    /// Party's National Congress is an event, named 中共 and its ordinal with 大 (the 20th National Congress), no body.
    /// </summary>
    private static bool IsPartyCongress(string name)
    {
        if (name.Length <= Party.Length || !name.StartsWith(Party, StringComparison.Ordinal)) return false;
        var number = name.AsSpan(Party.Length);
        if (number[^1] is '大' or '届') number = number[..^1];
        if (number.IsEmpty) return false;
        foreach (var c in number) if (!ChineseOrdinalDigits.Contains(c)) return false;
        return true;
    }

    /// <summary>Whether the ORG opens with a level and 级 (区级, 县级) and names no committee of that level's organs.</summary>
    private static bool IsLevelKind(string name) =>
        name.Length > 2 && name[1] == '级' && Levels.Contains(name[0])
        && !name.EndsWith(WorkingCommittee, StringComparison.Ordinal);

    /// <summary>
    /// Whether the ORG is an office head alone (办公室) or with one or two characters of function (联络处); <see cref="ListContinuation"/>
    /// asks it too, so that a list closed by 等部门 does not give the office back.
    /// </summary>
    public static bool IsBareOffice(ReadOnlySpan<char> name) => name.Length <= MaxBareOfficeLength && name[^1] is '处' or '室';

    /// <summary>
    /// Whether the ORG is a kind of body: an ownership, tier or reference word (organization-kind-modifiers.tsv) and then one to
    /// three words of vocabulary, no place (公立医院, 乡镇|卫生院, 市直|行政|主管部门, 农村|中小学, 有关|部门), which name all the
    /// bodies of that kind; a proper word before the head names one (社区|双语|幼儿园: 双语 nz), and a place first is no modifier (北京|公立医院).
    /// </summary>
    private bool IsModifiedKind(Document document, Entity entity)
    {
        var text = document.Text;
        var words = document.Words;
        if (!words.IsBoundary(entity.Start) || !names.Lexicons.OrganizationKindModifiers.TryLongestStartingAt(text, entity.Start, out var length, out _))
            return false;
        var at = entity.Start + length;
        var count = 0;
        if (!words.IsBoundary(at)) // jieba keeps some kinds whole (公立医院, 行业协会, 主管部门)
        {
            at = words.WordEnd(entity.Start, entity.End);
            if (names.Common.Frequency(text.AsSpan(entity.Start, at - entity.Start)) == 0) return false;
            count++;
        }
        for (; at < entity.End; count++)
        {
            var end = words.WordEnd(at, entity.End);
            var word = text.AsSpan(at, end - at);
            if (count == MaxKindWords || names.Common.Frequency(word) == 0 || names.Common.IsPlaceName(word)
                || end < entity.End && names.Common.IsProperNoun(word)) return false; // a proper word before the head names one body
            at = end;
        }
        return count > 0;
    }

    private static bool IsProcurementTerm(ReadOnlySpan<char> after)
    {
        if (after.StartsWith(Centralised)) after = after[Centralised.Length..]; // 政府集中采购: centralised government procurement
        return after.StartsWith(Procurement) && !(after.Length > Procurement.Length && after[Procurement.Length] is '了' or '过');
    }

    private const int MaxBracketLength = 10;
    private const string PluralCountCharacters = "两几十百千万多余";
    private const string Levels = "省市区县乡镇地"; // 地 of 地级 and of 各地
    private const char WholeTerritory = '全';
    private const string WholeCountry = "全国"; // before a span only: 全国人大 and 全国工商联 open with it
    private const string Party = "中共";
    private const string ChineseOrdinalDigits = "一二三四五六七八九十";
    private const string CollectiveLevels = "级类" + Levels;
    private const string WorkingCommittee = "工委";
    private const int MaxBareOfficeLength = 3;
    private const int MaxKindWords = 3;
    private const string Procurement = "采购";
    private const string Centralised = "集中";
    private static readonly string[] LevelGovernments = ["级人民政府", "级政府"];
    private static readonly string[] Governments = ["人民政府", "政府"];
}
