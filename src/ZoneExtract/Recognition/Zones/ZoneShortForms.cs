using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// A listed zone named in full comes back by its name without the zone word and the place (两江新区 … 两江): that short
/// form is the zone too, when it cannot be common vocabulary, a place of its own (浦东 of 浦东新区 is a district, 余姚 of
/// 余姚工业园区 a city under its short form, 南沙 of 广州南沙新区 the district 南沙区: the contract's LOC, since the text
/// no longer names the zone) or a generic word. Only zones with an official name count: a pattern-found zone's stem is
/// often a sector (大健康产业园), and so is a listed zone's stem that jieba knows as an ordinary word of some use (稀土 of
/// 包头稀土高新区, 162 times, a noun): it names the trade wherever it comes back. A rare or proper stem stays (横琴, 5; 两江, a place).
/// The stems come from the words the text used and from the zone's other listed forms, so a platform named by a long
/// official name comes back by the stem of the plans' own short form (前海深港现代服务业合作区 … 前海, from 前海合作区;
/// 横琴粤澳深度合作区 … 横琴), and a free trade zone's area by the name before its area word (临港新片区 … 临港).
/// </summary>
/// <param name="names">jieba's vocabulary, the places and the zone suffixes.</param>
/// <param name="allPlaces">Every listed place, counties under their short forms among them.</param>
/// <param name="gazetteer">The listed zones' forms, or null to use the words of the text only.</param>
internal sealed class ZoneShortForms(NameResources names, Places.PlaceLexicon allPlaces, ZoneGazetteer? gazetteer)
{
    private const int MinStem = 2;
    private const int MaxStem = 4;

    private readonly ZoneWords _zoneWords = new(names);

    /// <summary>The short forms of the listed zones in <paramref name="accepted"/>, each with the first zone that gives it.</summary>
    public Dictionary<string, ZoneEntity> Find(Entity[] accepted, string text)
    {
        var forms = new Dictionary<string, ZoneEntity>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var zone in accepted.OfType<ZoneEntity>().Where(z => z.CanonicalName is not null))
        {
            var name = text.Substring(zone.Start, zone.Length);
            if (!seen.Add(name)) continue; // a name met again gives the same stem, which its first zone keeps
            var listed = gazetteer?.FormsOf(zone.CanonicalName!) ?? [];
            foreach (var form in listed.Prepend(name))
            {
                if (StemStart(form) is not { } start) continue;
                var stem = form[start..StemEnd(form)];
                if (!IsSpecific(stem)) continue;
                // the name without its place (顶效经济开发区 of 贵州顶效经济开发区), which the lists may not hold, is the zone too:
                // spread first, so that the stem inside it is not taken alone
                forms.TryAdd(form[start..], zone);
                if (!NamesPlace(stem)) forms.TryAdd(stem, zone);
            }
        }
        return forms;
    }

    /// <summary>
    /// True when the text goes on with the zone's official name after the short form (皖江|城市带 of 皖江城市带承接产业转移示范区,
    /// short form 皖江 of 皖江示范区): there the stem is the start of the region or place the official name is built on, which
    /// the text names by itself (皖江城市带是…), not the zone.
    /// </summary>
    public static bool ContinuesOfficialName(string text, int at, int length, string? official)
    {
        if (official is null) return false;
        var stem = text.AsSpan(at, length);
        var inName = official.AsSpan().IndexOf(stem, StringComparison.Ordinal);
        var next = inName + length;
        if (inName < 0 || next + ContinuationLength > official.Length || at + length + ContinuationLength > text.Length) return false;
        return text.AsSpan(at + length, ContinuationLength).SequenceEqual(official.AsSpan(next, ContinuationLength));
    }

    private const int ContinuationLength = 2;

    /// <summary>
    /// True when jieba glued one character after the short form into a word its dictionary does not hold (贵安已|成为,
    /// 前海重|在): its guess for characters it did not know as one word, which the zone named in full shows to be the stem
    /// and a word of the sentence; a known word (前海湾) or a longer one is another name.
    /// </summary>
    public bool EndsInGluedWord(Document document, int at, int length)
    {
        var end = at + length;
        var text = document.Text;
        if (end >= text.Length || !Text.CharClass.IsIdeograph(text[end])) return false;
        var wordStart = document.Words.WordStartAt(at);
        return wordStart == at && document.Words.WordEnd(at, text.Length) == end + 1
            && names.Common.Frequency(text.AsSpan(at, length + 1)) == 0;
    }

    /// <summary>
    /// Where the name before the zone word starts, after a leading place when a name of two characters or more is left;
    /// null when no zone word closes the form.
    /// </summary>
    private int? StemStart(string form)
    {
        var end = StemEnd(form);
        if (end < 0) return null;
        var placeLength = names.Places.PrefixLength(form[..end], 0);
        return placeLength > 0 && end - placeLength >= MinStem ? placeLength : 0;
    }

    /// <summary>
    /// Where the zone word starts, or the free trade zone's 片区 (新片区 of 临港新片区 is the area's own kind word); -1 when
    /// neither closes the form.
    /// </summary>
    private int StemEnd(string form)
    {
        if (names.ZoneSuffixes.TryMatchEndingAt(form, form.Length, out var suffix, out _)) return form.Length - suffix.Length;
        if (!form.EndsWith(FreeTradeAreaWord, StringComparison.Ordinal)) return -1;
        return form[..^FreeTradeAreaWord.Length].TrimEnd(NewAreaMark).Length;
    }

    private const string FreeTradeAreaWord = "片区";
    private const char NewAreaMark = '新';

    /// <summary>
    /// A stem of two to four characters that is no common or generic word and no slogan: the zone's own name. A rare
    /// "other proper noun" of jieba's (共同富裕 of 共同富裕示范区, nz 3) is a slogan or a trade (<see cref="ZoneWords.IsNamingProperNoun"/>),
    /// which the text goes on to use as such (共同富裕是社会主义的本质要求).
    /// </summary>
    private bool IsSpecific(string stem) =>
        stem.Length is >= MinStem and <= MaxStem && NamePrefix.IsNameMaterial(stem) && !names.Common.IsCommon(stem)
        && !names.Prefix.IsGeneric(stem) && !IsOrdinaryWord(stem) && !IsSlogan(stem) && !OpensWithNationalLevel(stem);

    /// <summary>
    /// A stem that opens with the national level (国家农业 of 河北唐山国家农业科技园区, 国家生物 of 金凤国家生物产业基地) describes a
    /// national programme's class, which the text names again as a class (第八批国家农业科技园区名单), not the zone.
    /// </summary>
    private bool OpensWithNationalLevel(string stem) =>
        stem.StartsWith(NationalLevel, StringComparison.Ordinal) && !names.Common.IsProperNoun(stem);

    private const string NationalLevel = "国家";

    private bool IsSlogan(string word) => names.Common.IsProperNoun(word) && !_zoneWords.IsNamingProperNoun(word);

    /// <summary>
    /// A stem that alone names a place, which stays the place: a listed place, a county under its short form, or a name
    /// closed by a division's suffix (任县 of 河北任县经济开发区, a county since renamed that the lists no longer hold).
    /// </summary>
    private bool NamesPlace(string stem) =>
        allPlaces.All.Contains(stem) || NamesCounty(stem) || names.Places.IsAdministrativeSuffix(stem[^1]);

    /// <summary>A county-level division under its short form (余姚 of 余姚市, 增城 of 增城区); towns are left out (两江 of 两江镇).</summary>
    private bool NamesCounty(string stem) =>
        allPlaces.All.Contains(stem + "区") || allPlaces.All.Contains(stem + "县") || allPlaces.All.Contains(stem + "市");

    /// <summary>A dictionary word jieba does not tag as a proper noun, met at least as often as a set phrase.</summary>
    private bool IsOrdinaryWord(string word) =>
        names.Common.Frequency(word) >= CommonWords.PhraseThreshold && !names.Common.IsProperNoun(word);
}
