using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Places;
using ZoneExtract.Recognition.Zones;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// What the name recognisers (rules, the learned model's filter, document consistency) know of the language,
/// loaded once per <see cref="ZoneExtractorResources"/>: jieba's word frequencies and tags, the name lexicons,
/// the places, the rule that finds where a name starts, and the zone suffixes (a zone is no company or organisation).
/// </summary>
internal sealed record NameResources(CommonWords Common, NameLexicons Lexicons, PlaceNames Places, NamePrefix Prefix, ZoneSuffixes ZoneSuffixes);
