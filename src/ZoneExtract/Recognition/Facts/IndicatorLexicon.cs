using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Facts;

/// <summary>The kind of figure an indicator takes as its level.</summary>
internal enum IndicatorKind
{
    /// <summary>A MONEY level (地区生产总值341.6亿元); a PERCENT is only its change.</summary>
    Amount,
    /// <summary>A PERCENT level (开工率65.38%, 占比78.3%).</summary>
    Rate,
    /// <summary>A growth rate named on its own (其增速达到9.6%): its PERCENT is the change.</summary>
    Growth,
}

/// <summary>
/// The word lists of fact recognition, loaded once from the embedded data files into one object that the
/// extractor passes to its <see cref="FactRecognizer"/>: indicator names, the words that extend them, and the cue
/// words that give a figure its role. Lookups are on spans of the text, without allocating. The word lists are arrays, not
/// read-only interfaces: the rules loop over them per indicator and per sentence, and a <c>foreach</c> over an interface
/// allocates an enumerator each time (a quarter of the facts' bytes); nothing writes to them after loading.
/// </summary>
internal sealed class IndicatorLexicon
{
    /// <summary>The last characters of <see cref="Names"/> and <see cref="Heads"/>, indexed by character.</summary>
    private readonly bool[] _endsNameOrHead = new bool[char.MaxValue + 1];

    /// <summary>The first characters of <see cref="Names"/>, indexed by character.</summary>
    private readonly bool[] _startsName = new bool[char.MaxValue + 1];

    public IndicatorLexicon(
        IReadOnlyDictionary<string, IndicatorKind> names,
        IReadOnlyDictionary<string, IReadOnlyList<string>> patterns,
        IReadOnlyDictionary<string, IReadOnlyList<string>> cues)
    {
        Names = new SpanTable<IndicatorKind>(new Dictionary<string, IndicatorKind>(names, StringComparer.Ordinal));
        SectorSuffixes = Words(patterns, "sector");
        NotSectors = Table(Words(patterns, "not-sector"));
        SectorNames = Table(Words(patterns, "sector-name"));
        Qualifiers = Table(Words(patterns, "qualifier"));
        Boundaries = Table(Words(patterns, "boundary"));
        Heads = new SpanTable<IndicatorKind>(Words(patterns, "head").Select(w => (w, IndicatorKind.Amount))
            .Concat(Words(patterns, "rate-head").Select(w => (w, IndicatorKind.Rate)))
            .DistinctBy(p => p.w, StringComparer.Ordinal)
            .ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal));
        foreach (var key in Names.Keys.Concat(Heads.Keys))
        {
            if (key.Length > 0) _endsNameOrHead[key[^1]] = true;
        }
        foreach (var key in Names.Keys)
        {
            if (key.Length > 0) _startsName[key[0]] = true;
        }
        ModifierStops = Table(Words(patterns, "modifier-stop"));
        ModifierWords = Table(Words(patterns, "modifier-word"));
        FirmNameParts = Table(Words(patterns, "firm-name-part"));
        HoldingWords = Table(Words(patterns, "holding"));
        QualifiedNouns = Table(Words(patterns, "qualified-noun"));
        CategoryEndings = Words(patterns, "category");
        CategoryLinks = Words(patterns, "category-link");
        Ownerships = Table(Words(patterns, "ownership"));
        var changes = Words(cues, "increase").Select(w => (w, ChangeDirection.Increase))
            .Concat(Words(cues, "decrease").Select(w => (w, ChangeDirection.Decrease)))
            .ToDictionary(p => p.w, p => p.Item2, StringComparer.Ordinal);
        Changes = new SpanTable<ChangeDirection>(changes);
        ChangeFillers = Table(Words(cues, "change-filler"));
        ChangeOpenings = Table(Words(cues, "change-opening"));
        NotHeads = Words(cues, "not-head");
        Scopes = Words(patterns, "scope");
        ShareNouns = Words(patterns, "share-noun");
        GrowthQualifiers = Table(Words(patterns, "growth-qualifier"));
        LevelOpenings = Table(Words(cues, "level"));
        SubjectLinks = Words(cues, "subject-link");
        PlaceLinkAdverbs = Words(cues, "place-link");
        Locatives = Words(cues, "locative");
        NotLocatives = Table(Words(cues, "not-locative"));
        Causes = Table(Words(cues, "cause"));
        Continuations = Words(cues, "continuation");
        WholeYearOpenings = Words(cues, "whole-year");
        SubjectlessOpenings = Words(cues, "subjectless");
        DateLeads = Words(cues, "date-lead");
        DateTails = Words(cues, "date-tail");
        GenericBodies = Words(cues, "generic-body");
        SummaryEndings = Words(cues, "summary");
        FirmAnaphors = Words(cues, "firm-anaphor");
        ProjectAnaphors = Words(cues, "project-anaphor");
        PlaceAnaphors = Words(cues, "place-anaphor");
        Anaphors = [.. Words(cues, "anaphor"), .. PlaceAnaphors, .. FirmAnaphors, .. ProjectAnaphors];
        AnaphorStarts = new string(Anaphors.Select(a => a[0]).Distinct().ToArray());
        Respective = Words(cues, "respective");
        Comparisons = Table(Words(cues, "comparison"));
        GapWords = Table(Words(cues, "gap"));
        EventVerbs = Words(cues, "event");
        InvestorVerbs = Words(cues, "investor");
        ProjectNameEnds = Words(cues, "project-name");
        ProjectClassWords = [.. Words(cues, "project-class"), .. Words(cues, "project-predicate")];
        ProjectCompounds = Words(cues, "project-compound");
        PartnerWords = Words(cues, "partner");
        AgreementVerbs = Words(cues, "agreement");
        BilateralNames = Words(cues, "bilateral");
        AppositionDashes = Words(cues, "apposition");
        Industries = Words(cues, "industry");
        PeriodAfterWords = Words(cues, "period-after");
        RecordWords = Table(Words(cues, "record"));
        OptionalCues = Words(cues, "optional");
        ProjectionCues = Words(cues, "projection");
        Thresholds = Table(Words(cues, "threshold"));
        Bounds = Table(Words(cues, "bound"));
        BoundTails = Table(Words(cues, "bound-tail"));
        ReferenceCues = Words(cues, "reference");
        Publishers = Words(cues, "publisher");
        SourceCues = Words(cues, "source");
        Datelines = Words(cues, "dateline");
        Settings = Words(cues, "setting");
        StatisticsNouns = Words(cues, "statistics");
        BreakdownEndings = Words(cues, "breakdown");
        FrameOpenings = Words(cues, "frame");
        FrameLinks = Words(cues, "frame-link");
        PartFrameOpenings = Words(cues, "part-frame");
        FromWords = Words(cues, "from");
        ToWords = Words(cues, "to");
        ListEnd = Words(cues, "list-end").FirstOrDefault() ?? "等";
        SpeechVerbs = Words(cues, "speech");
        SpeechObjectMarks = Words(cues, "speech-object");
        ReportNouns = Words(cues, "report");
        OwnReports = Words(cues, "own-report");
        OwnSide = Words(cues, "own-side").FirstOrDefault() ?? "方面";
        ListCounts = Words(cues, "list-count");
    }

    /// <summary>Indicator names (地区生产总值, 开工率) with the kind of level they take.</summary>
    public SpanTable<IndicatorKind> Names { get; }

    /// <summary>
    /// Whether some indicator name or measure noun ends in <paramref name="c"/>: a position after any other character ends
    /// no mention, and one array look-up passes it.
    /// </summary>
    public bool MayEndNameOrHead(char c) => _endsNameOrHead[c];

    /// <summary>Whether some indicator name starts with <paramref name="c"/> (a name is sought at a position only then).</summary>
    public bool MayStartName(char c) => _startsName[c];

    /// <summary>Endings of sector nouns (业): a sector noun before an indicator is part of it.</summary>
    public string[] SectorSuffixes { get; }

    /// <summary>The industrial classification's names that hold 、 (交通运输、仓储和邮政业): one sector each, not a list.</summary>
    public SpanTable<bool> SectorNames { get; }

    /// <summary>Words with a sector ending that are no sector (企业, 就业).</summary>
    public SpanTable<bool> NotSectors { get; }

    /// <summary>A sector noun ends at <paramref name="position"/> (…产业, …服务业) and is not a holder word (企业).</summary>
    public bool IsSectorEnd(string text, int position)
    {
        foreach (var suffix in SectorSuffixes)
        {
            if (position - suffix.Length - 1 < 0 || !text.AsSpan(position - suffix.Length, suffix.Length).SequenceEqual(suffix)) continue;
            return !NotSectors.TryLongestEndingAt(text, position, 2, out _, out _);
        }
        return false;
    }

    /// <summary>Words that narrow an indicator and belong to its span (规上, 区外, 项目).</summary>
    public SpanTable<bool> Qualifiers { get; }

    /// <summary>Words where a leftward extension stops (完成, 其中, 的).</summary>
    public SpanTable<bool> Boundaries { get; }

    /// <summary>
    /// Measure nouns that end freely formed indicator names (采购金额, 客户权益总量, 高管认购比例), with the kind of level
    /// they take.
    /// </summary>
    public SpanTable<IndicatorKind> Heads { get; }

    /// <summary>Names that also end a firm's name (股份: 宝钢股份, 某某股份有限公司).</summary>
    public SpanTable<bool> FirmNameParts { get; }

    /// <summary>Nouns that a name right before them only qualifies (员工持股计划, 股权激励计划): such a name is no indicator.</summary>
    public SpanTable<bool> QualifiedNouns { get; }

    /// <summary>Words right before a stake that make it one (持有, 增持, 的): 持有股份.</summary>
    public SpanTable<bool> HoldingWords { get; }

    /// <summary>Words that end in a stop character but belong to a modifier (使用, 节约).</summary>
    public SpanTable<bool> ModifierWords { get; }

    /// <summary>Words where the modifier of a freely formed name stops (其, 将, 在).</summary>
    public SpanTable<bool> ModifierStops { get; }

    /// <summary>Endings of the categories of a breakdown (类: 食品类, 居住类).</summary>
    public string[] CategoryEndings { get; }

    /// <summary>Words between a category and its change word (价格, 同比).</summary>
    public string[] CategoryLinks { get; }

    /// <summary>The kinds of enterprise of the NBS breakdown by economic type (国有控股企业, 股份制企业), all ending in 企业.</summary>
    public SpanTable<bool> Ownerships { get; }

    /// <summary>Change words and their direction (增长 → increase, 下降 → decrease).</summary>
    public SpanTable<ChangeDirection> Changes { get; }

    /// <summary>Words that keep a clause's opening from naming an indicator (两年平均增长…, 比上年增长…).</summary>
    public string[] NotHeads { get; }

    /// <summary>Clause openings that lead to a change of the indicator before (，同比大幅减少69.27%; ，按可比价格计算同比增长4.4%).</summary>
    public SpanTable<bool> ChangeOpenings { get; }

    /// <summary>Words that may stand between a change word and its figure (增长了6%, 增长达到23.4%).</summary>
    public SpanTable<bool> ChangeFillers { get; }

    /// <summary>Words that may stand between a name and the growth word that qualifies it (GDP实际增速, 名义增速).</summary>
    public SpanTable<bool> GrowthQualifiers { get; }

    /// <summary>A growth word (增速) starts at <paramref name="position"/>, or after a growth qualifier (实际增速).</summary>
    public bool IsGrowthAt(string text, int position)
    {
        if (GrowthQualifiers.TryLongestStartingAt(text, position, out var length, out _)) position += length;
        return Names.TryLongestStartingAt(text, position, out _, out var kind) && kind == IndicatorKind.Growth;
    }

    /// <summary>A name ends at <paramref name="position"/>, or before a growth qualifier that ends there (GDP实际|增速).</summary>
    public bool IsNameBefore(string text, int position)
    {
        if (GrowthQualifiers.TryLongestEndingAt(text, position, 2, out var qualifierStart, out _)) position = qualifierStart;
        return Names.TryLongestEndingAt(text, position, 2, out _, out _);
    }

    /// <summary>Nouns that end a share after its whole (占GDP的比重): words after them are no part of it.</summary>
    public string[] ShareNouns { get; }

    /// <summary>Words that name a scope, not a quantity (全国): a share of one alone (占全国的17%) names no whole.</summary>
    public string[] Scopes { get; }

    /// <summary>Clause openings that give the level of the indicator of the clause before (，达78.3%).</summary>
    public SpanTable<bool> LevelOpenings { get; }

    /// <summary>
    /// Whether a level word opens the clause at <paramref name="start"/>, after 分别 if it stands first (，分别是44695.58亿元和…);
    /// <paramref name="end"/> is where the level word ends.
    /// </summary>
    public bool TryLevelOpening(string text, int start, out int end)
    {
        end = start;
        foreach (var word in Respective)
        {
            if (text.AsSpan(start).StartsWith(word, StringComparison.Ordinal)) end = start + word.Length;
        }
        if (!LevelOpenings.TryLongestStartingAt(text, end, out var length, out _)) return false;
        end += length;
        return true;
    }

    /// <summary>Words that may stand between a subject and its indicator (实现, 完成, 的).</summary>
    public string[] SubjectLinks { get; }

    /// <summary>Adverbs before 在 in a place phrase between a firm and its indicator (首钢集团将在漳州投资).</summary>
    public string[] PlaceLinkAdverbs { get; }

    /// <summary>Words that make the place after them a location, not a subject (在漳州投资).</summary>
    public string[] Locatives { get; }

    /// <summary>Words ending in a locative that are none (对于, 关于: prepositions that introduce the topic).</summary>
    public SpanTable<bool> NotLocatives { get; }

    /// <summary>Conjunctions of cause (由于, 因为): the body right after one owns the figures of that clause only.</summary>
    public SpanTable<bool> Causes { get; }

    /// <summary>Sentence openings that continue the previous sentence (其中, 同期).</summary>
    public string[] Continuations { get; }

    /// <summary>Continuation words that refer to a whole year (全年): they carry on a year, never a shorter period.</summary>
    public string[] WholeYearOpenings { get; }

    /// <summary>Trend words that end a summary clause opening a sentence (工业生产较快增长，…).</summary>
    public string[] SummaryEndings { get; }

    /// <summary>Statement verbs that open a sentence without a subject of its own (1-9月，完成固定资产投资…).</summary>
    public string[] SubjectlessOpenings { get; }

    /// <summary>Words before a sentence's opening date that make it a cut-off date (截至5月底，…).</summary>
    public string[] DateLeads { get; }

    /// <summary>Words after a sentence's opening date that stress it is one month's or quarter's (4月当月，…).</summary>
    public string[] DateTails { get; }

    /// <summary>A zone's class nouns written bare, in place of the zone the paragraph is about (园区, 开发区).</summary>
    public string[] GenericBodies { get; }

    /// <summary>Words that refer back to the place or firm of the sentence before (全市, 公司).</summary>
    public string[] Anaphors { get; }

    /// <summary>
    /// The first characters of the anaphors (全, 该, 公), firm anaphors included: a sentence is searched for them at once,
    /// vectorised, rather than for each anaphor in turn.
    /// </summary>
    public string AnaphorStarts { get; }

    /// <summary>The anaphors that refer back to a city, province or county (全市, 我省): never to a firm or body.</summary>
    public string[] PlaceAnaphors { get; }

    /// <summary>The anaphors that refer back to a firm (公司, 该公司): a firm of the sentence before is their subject.</summary>
    public string[] FirmAnaphors { get; }

    /// <summary>Anaphors that refer back to a project (该项目): its subject is the firm that owns or makes it.</summary>
    public string[] ProjectAnaphors { get; }

    /// <summary>Words that pair a list of items with a list of figures (分别).</summary>
    public string[] Respective { get; }

    /// <summary>Words before a date that dates the figure after the indicator (GDP在2021年突破…).</summary>
    public string[] PeriodAfterWords { get; }

    /// <summary>Words before a date that spans a record (创今年新高): no period.</summary>
    public SpanTable<bool> RecordWords { get; }

    /// <summary>Words before a comparison period (较, 比).</summary>
    public SpanTable<bool> Comparisons { get; }

    /// <summary>Verbs after 由 and a body that make it a project's owner (由富士康投资的…).</summary>
    public string[] InvestorVerbs { get; }

    /// <summary>The words that end a project's own name (工程, 项目): a place right before the name names the project.</summary>
    public string[] ProjectNameEnds { get; }

    /// <summary>Words that make the words after a place a class of its projects (重点, 在建) or its predicate (又, 提出): the place may be a subject.</summary>
    public string[] ProjectClassWords { get; }

    /// <summary>Words that open with a project word but name a trade or profession (工程机械, 工程师): no project's name ends there.</summary>
    public string[] ProjectCompounds { get; }

    /// <summary>Words before the other party of a deal (与, 同).</summary>
    public string[] PartnerWords { get; }

    /// <summary>Verbs of a deal between two parties (签订, 签署, 签约).</summary>
    public string[] AgreementVerbs { get; }

    /// <summary>Names of a trade between two parties (贸易, 进出口): the body after 与 right before one is the partner.</summary>
    public string[] BilateralNames { get; }

    /// <summary>Dashes between a description and the body it describes (中国最大的氧化铝生产商--中国铝业).</summary>
    public string[] AppositionDashes { get; }

    /// <summary>Words for a whole industry (行业): a clause opening with one before its indicator states the industry's figure.</summary>
    public string[] Industries { get; }

    /// <summary>Verbs of an event that a date starting a relative clause dates (2019年引进落地的…).</summary>
    public string[] EventVerbs { get; }

    /// <summary>Words right before a gap to what is compared (比全国高1.8个百分点).</summary>
    public SpanTable<bool> GapWords { get; }

    /// <summary>Words of targets, forecasts and contributions (力争, 预计, 拉动).</summary>
    public string[] OptionalCues { get; }

    /// <summary>Words before a figure compared with (高于全市10.5%的平均水平): such a figure, joined by 的, makes no fact.</summary>
    public string[] ReferenceCues { get; }

    /// <summary>Words after which a sentence's figures are a project's expected yield (达产后, 建成后).</summary>
    public string[] ProjectionCues { get; }

    /// <summary>Words that make a figure a threshold when it qualifies a noun (以上, 超过).</summary>
    public SpanTable<bool> Thresholds { get; }

    /// <summary>Words that state a round figure passed (突破, 超过): with a level in the next clause, the figure is a threshold.</summary>
    public SpanTable<bool> Bounds { get; }

    /// <summary>Nouns that may follow a round figure passed (突破3万亿元大关).</summary>
    public SpanTable<bool> BoundTails { get; }

    /// <summary>Endings of bodies that publish figures and are not their subject (统计局).</summary>
    public string[] Publishers { get; }

    /// <summary>Clause openings that name the source of figures (据): the bodies after them are no subjects.</summary>
    public string[] SourceCues { get; }

    /// <summary>Endings of a sentence's first clause that break the previous statement down (规模以上工业中，分行业看).</summary>
    public string[] BreakdownEndings { get; }

    /// <summary>Words that open a topic frame before its indicator (从GDP总量来看，; 在财政收入指标中，).</summary>
    public string[] FrameOpenings { get; }

    /// <summary>Words between a topic frame's indicator and its breakdown ending (从产量上看，; 在财政收入指标中，).</summary>
    public string[] FrameLinks { get; }

    /// <summary>Frame openings that need a frame link (在财政收入指标中，); without one (在固定资产投资中，) the clause breaks a whole down.</summary>
    public string[] PartFrameOpenings { get; }

    /// <summary>Words before the earlier level of a change (从3.14亿元升至…).</summary>
    public string[] FromWords { get; }

    /// <summary>Words before the later level of a change (…升至5.24亿元).</summary>
    public string[] ToWords { get; }

    /// <summary>Counts that sum up a list of items (批发业、零售业、住宿业、餐饮业四大行业…).</summary>
    public string[] ListCounts { get; }

    /// <summary>The word that closes a list of items (A、B等).</summary>
    public string ListEnd { get; }

    /// <summary>Words after a place in a dateline (南京报道): the place is where the news was filed, not a subject.</summary>
    public string[] Datelines { get; }

    /// <summary>Endings of a clause opened by 在 that names the meeting where figures were told (在…新闻发布会上): its bodies are no subjects.</summary>
    public string[] Settings { get; }

    /// <summary>Nouns of statistics (统计, 数据, 监测…): an organisation right before one (工信部数据显示) publishes the figures.</summary>
    public string[] StatisticsNouns { get; }

    /// <summary>The word after a firm that speaks for itself (万士达方面表示): its figures are its own.</summary>
    public string OwnSide { get; }

    /// <summary>Speech verbs that end a speaker's clause (表示, 介绍): its bodies are no subjects.</summary>
    public string[] SpeechVerbs { get; }

    /// <summary>Words right before a speech verb that make it the object of another verb (做了分析, 计算和分析): no speaker.</summary>
    public string[] SpeechObjectMarks { get; }

    /// <summary>Nouns of a report (年报, 业绩快报, 数据): a span date before one in a speaker's clause is the report's period.</summary>
    public string[] ReportNouns { get; }

    /// <summary>A firm's own reports and announcements (公告, 年报, 业绩快报): a firm that speaks of one states its own figures.</summary>
    public string[] OwnReports { get; }

    /// <summary>Loads indicators.tsv, indicator-patterns.tsv and fact-cues.tsv.</summary>
    public static IndicatorLexicon Load(DataFiles data)
    {
        var names = new Dictionary<string, IndicatorKind>(StringComparer.Ordinal);
        foreach (var record in data.ReadRecords("indicators.tsv"))
        {
            names[record[0].Trim()] = (record.Length > 1 ? record[1].Trim() : "") switch
            {
                "rate" => IndicatorKind.Rate,
                "growth" => IndicatorKind.Growth,
                _ => IndicatorKind.Amount,
            };
        }
        return new IndicatorLexicon(names, ReadKinds(data, "indicator-patterns.tsv"), ReadKinds(data, "fact-cues.tsv"));
    }

    /// <summary>Records of the form kind TAB space-separated words.</summary>
    private static Dictionary<string, IReadOnlyList<string>> ReadKinds(DataFiles data, string file) => data.ReadRecords(file)
        .Where(r => r.Length > 1)
        .GroupBy(r => r[0].Trim(), StringComparer.Ordinal)
        .ToDictionary(
            g => g.Key,
            g => (IReadOnlyList<string>)g.SelectMany(r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray(),
            StringComparer.Ordinal);

    private static string[] Words(IReadOnlyDictionary<string, IReadOnlyList<string>> kinds, string kind) =>
        kinds.TryGetValue(kind, out var words) ? (string[])words : [];

    private static SpanTable<bool> Table(IEnumerable<string> words) =>
        new(words.Distinct(StringComparer.Ordinal).ToDictionary(w => w, _ => true, StringComparer.Ordinal));
}
