using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// ZONE names that no list has, by pattern:
/// <list type="bullet">
/// <item>name + zone suffix (西永微电园, 中关村科学城, 金凤国家生物产业基地): the name is the words before the
/// suffix that can belong to a name (<see cref="NamePrefix"/>); a suffix alone (高新区, 科学城) is generic, unless a
/// named part follows (高新区七里河园区, <see cref="ZoneAreas"/>); a listed firm's own park or base (百度云手机产业基地) gives
/// the firm as a COMPANY and no zone;</item>
/// <item>a bracketed place inside the name (西部(重庆)科学城); the text is width-folded, so （） arrive as ();</item>
/// <item>innovation valleys: a word ending in 谷 whose last morpheme is a field of innovation (光谷, 药谷, 科学谷, 大创谷);</item>
/// <item>a quoted name that ends in a zone suffix or an innovation valley's 谷 (“大创谷” → 大创谷, quotes outside): quotation
/// marks mark a proper name (<see cref="QuotedZoneNames"/>).</item>
/// </list>
/// </summary>
internal sealed class ZonePatternRecognizer : IEntityRecognizer
{
    private readonly ZoneSuffixes _suffixes;
    private readonly ZoneAreas _areas;
    private readonly LeadingPlaces _leadingPlaces;
    private readonly Names.NameResources _names;
    private readonly string _valleyMorphemes;
    private readonly SpanTable<bool> _venueWords;
    private readonly ZoneOwnNames _ownNames;
    private readonly OfficialNameStarts _official;
    private readonly ZoneNameStart _nameStart;
    private readonly ZoneNameChecks _checks;
    private readonly ZoneCandidates _zones;
    private readonly QuotedZoneNames _quoted;
    private readonly CharBits _nameEnds; // the last characters of the suffixes, and 谷: only there can a pattern end

    /// <summary>Builds the recognizer and the rules it asks.</summary>
    /// <param name="gazetteer">Gives a pattern-found zone its official name when it is listed.</param>
    /// <param name="suffixes">The zone suffixes.</param>
    /// <param name="areas">Finds a zone's named part written after it.</param>
    /// <param name="leadingPlaces">Finds the places written right before a name (成都|天府国际空港新城).</param>
    /// <param name="names">Finds where the name before a suffix starts (the prefix rule, places, common words).</param>
    /// <param name="valleyMorphemes">Morphemes that make X谷 an innovation carrier (光谷, 药谷, 硅谷…) rather than a valley or a trough (低谷).</param>
    /// <param name="venueWords">Words after a zone's or a valley's name that make the two a square, road or station named after it (光谷|广场, 新城|大道).</param>
    /// <param name="firms">The listed firms, whose own parks and bases are facilities (百度|云手机|产业基地), not zones.</param>
    public ZonePatternRecognizer(ZoneGazetteer gazetteer, ZoneSuffixes suffixes, ZoneAreas areas, LeadingPlaces leadingPlaces, Names.NameResources names, string valleyMorphemes,
        SpanTable<bool> venueWords, NameLexicon firms)
    {
        _venueWords = venueWords;
        _suffixes = suffixes;
        _areas = areas;
        _leadingPlaces = leadingPlaces;
        _names = names;
        _valleyMorphemes = valleyMorphemes;
        var zoneWords = new ZoneWords(names);
        _ownNames = new ZoneOwnNames(gazetteer, leadingPlaces, names);
        _official = new OfficialNameStarts(suffixes, leadingPlaces, names, zoneWords);
        _nameStart = new ZoneNameStart(leadingPlaces, names, zoneWords, _official);
        _checks = new ZoneNameChecks(names, zoneWords, firms);
        _zones = new ZoneCandidates(gazetteer, names, zoneWords);
        _quoted = new QuotedZoneNames(suffixes, valleyMorphemes, _zones, names.Common);
        _nameEnds = CharBits.Of(suffixes.All.Select(s => s.Suffix[^1]).Append('谷'));
    }

    public EntityLabel Labels => EntityLabel.Zone | EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.ZonePattern;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        var nameEnds = _nameEnds;
        for (var end = 2; end <= text.Length; end++)
        {
            // most characters end no suffix and are no 谷: one bit test, before the boundary test and the suffix table's look-up
            if (!nameEnds.Contains(text[end - 1])) continue;
            // the suffix must end a word (not 开发区域), but jieba glues 区 to a following 内 or 外 (产业园|区内)
            if (end < text.Length && !words.IsBoundary(end) && !EndsBeforeInsideOrOutside(text, end)) continue;
            if (_suffixes.TryMatchEndingAt(text, end, out var suffix, out var kind))
            {
                // a road, square or station named after a zone is a place (新城|大道北, 开发区|大道), not the zone
                if (NamesVenue(text, words, end)) continue;
                // a suffix matched over jieba's words may start inside one (精细化工|园区): the whole word is the name's
                var headStart = words.WordStartAt(end - suffix.Length);
                var start = _nameStart.NameStart(document, words, headStart);
                // a bilateral park's head (创新园, 生态园) heads gardens and farms too: only after two parties it names a zone
                if (_suffixes.NeedsTwoParties(suffix) && (start < 0 || !_official.OpensWithTwoParties(document, start))) continue;
                // jieba may hold the name and the suffix in one word (天津开发区, 郑东新|区): no word before it names the zone
                var inWord = start < 0 && suffix != ZoneNameChecks.GroundsSuffix ? _nameStart.InWordNameStart(document, words, headStart, end - suffix.Length) : -1;
                if (kind == ZoneKind.FreeTradeZone && ZoneNameChecks.JoinsTwoParties(text, start)) start = -1;
                if (suffix == ZoneNameChecks.CrossBorderSuffix && _official.BeforeDashedTowns(document, words, headStart) is >= 0 and var towns) start = towns; // 东兴-芒街|跨境经济合作区
                if (start >= 0 && ZoneNameChecks.IsNamedByItsPlace(kind) && _checks.IsVocabularyOnly(text, words, start, headStart) && !ZoneNameChecks.FollowsZone(candidates, start)
                    && !_checks.IsFirmNamedAfterZone(text, start, headStart, kind) && !HoldsValley(text, words, start, headStart)
                    && !ZoneNameChecks.NamesTorchZone(text, start, headStart, kind)) start = -1;
                if (inWord >= 0) start = inWord;
                if (start >= 0 && suffix == ZoneNameChecks.RegionalEconomySuffix && _checks.NamesARegion(text, words, start, headStart)) start = -1;
                if (start >= 0 && ZoneNameChecks.IsParksGrounds(text, suffix, headStart)) start = -1;
                if (start >= 0 && _checks.NamesParkEconomy(text, words, suffix, start, headStart, end)) start = -1;
                if (start >= 0 && _checks.NamesProvincesKind(text, start, headStart, suffix, kind)) start = -1;
                if (start >= 0 && kind is ZoneKind.Park or ZoneKind.IndustrialBase && _checks.FirmOfFacility(text, words, start, headStart) is > 0 and var firm)
                {
                    // the firm is named, though the model may read it with its product (百度云)
                    candidates.Add(new CompanyEntity(start, firm, document.Slice(start, firm)));
                    start = -1;
                }
                // a named part after the suffix names the zone even when the suffix stands alone (高新区七里河园区)
                var areaEnd = _areas.EndOfAreaAfter(document, end);
                if (areaEnd < 0 && start >= 0) areaEnd = _areas.EndOfDirectionPartAfter(document, end); // 成都高新区|南区
                if (areaEnd > 0)
                {
                    _zones.Add(document, candidates, start >= 0 ? start : end - suffix.Length, areaEnd, kind);
                    _areas.AddListedParts(document, candidates, end, areaEnd, kind); // 南海园、顺德园
                }
                else if (start >= 0) _zones.Add(document, candidates, start, end, kind);
            }
            else if (EndsInValleyMorpheme(text, end))
            {
                // a generic stem is enough for a valley (科学谷, 光谷): the morpheme test already did the filtering
                var start = _names.Prefix.FindStart(document, words, end - 1, maxWords: 2, maxLength: 4, isNameEnd: _official.EndsZone, requireProperWord: false);
                if (start > 0 && text[start - 1] == ')') start = _official.BeforeBracketedPlace(document, words, start); // 中国(南京)软件谷
                else if (start >= 0) start = _leadingPlaces.Before(document, start); // 青岛|蓝色|硅谷, as for suffixed names
                // a valley inside a word jieba holds is another name (美国硅谷, a foreign region); 硅谷 alone is California's
                if (start >= 0 && !words.IsBoundary(start) && start > 0) start = -1;
                if (start == end - 2 && text[end - 2] == ForeignValleyMorpheme) start = -1;
                // a square, road or station named after the valley is a place (光谷|广场, 光谷|步行街), not the zone
                if (start >= 0 && NamesVenue(text, words, end)) start = -1;
                if (start >= 0) _zones.Add(document, candidates, start, end, ZoneKind.Valley);
            }
        }
        _quoted.Add(document, candidates);
        _ownNames.Add(document, candidates);
    }

    /// <summary>
    /// True when the word after a zone's name is a road's, square's or station's (光谷|广场, 新城|大道, 开发区|站): together they
    /// name the place named after the zone. A road word may carry the direction of its section in jieba's word (新城|大道北).
    /// </summary>
    private bool NamesVenue(string text, TokenBoundaries words, int end)
    {
        if (end >= text.Length || !words.IsBoundary(end)) return false;
        var word = text.AsSpan(end, words.WordEnd(end, text.Length) - end);
        return _venueWords.TryGet(word, out _) || word.Length > 1 && word[^1] is '东' or '西' or '南' or '北' && _venueWords.TryGet(word[..^1], out _);
    }

    private bool EndsInValleyMorpheme(string text, int end) => text[end - 1] == '谷' && _valleyMorphemes.Contains(text[end - 2]);

    /// <summary>
    /// True when a word of the name is an innovation valley (光谷|光电子|信息|产业园, 光谷|软件园): the valley's parks are named
    /// after it, which makes the common words around it a name (武汉东湖新技术开发区's parks: 光谷生物城, 光谷智能制造产业园…).
    /// 硅谷 alone is California's.
    /// </summary>
    private bool HoldsValley(string text, TokenBoundaries words, int start, int headStart)
    {
        for (int at = start, end; at < headStart; at = end)
        {
            end = words.WordEnd(at, headStart);
            if (end - at >= 2 && EndsInValleyMorpheme(text, end) && !(end - at == 2 && text[at] == ForeignValleyMorpheme)) return true;
        }
        return false;
    }

    /// <summary>硅谷 without a name before it is Silicon Valley in California; China's are named by their place (中国硅谷, 青岛蓝色硅谷).</summary>
    private const char ForeignValleyMorpheme = '硅';

    private static bool EndsBeforeInsideOrOutside(string text, int end) =>
        text[end - 1] == '区' && text[end] is '内' or '外';
}
