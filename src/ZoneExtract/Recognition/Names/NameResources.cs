using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Places;
using ZoneExtract.Recognition.Zones;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// What the name recognisers (rules, the learned model's filter, document consistency) know of the language,
/// loaded once per <see cref="ZoneExtractorResources"/>: jieba's word frequencies and tags, the name lexicons,
/// the places (provinces and prefectures in <see cref="Places"/>, every level down to townships and countries in
/// <see cref="AllPlaces"/>), the rule that finds where a name starts, and the zone suffixes (a zone is no company or organisation).
/// </summary>
internal sealed record NameResources(CommonWords Common, NameLexicons Lexicons, PlaceNames Places, PlaceLexicon AllPlaces, NamePrefix Prefix,
    ZoneSuffixes ZoneSuffixes);
