using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// A local government's department named by its territory: places (江苏省|发展和改革委员会, 广州市黄埔区|投资促进局), a zone
/// named by its places (广州开发区|投资促进局) or a level standing alone (市|科技局, 从市|发改委, 区人|社局). The department's name comes from a list
/// (local-government-departments.tsv), so words that end a name's walk (和, 监督, 促进) may stand inside it, and a generic
/// department word (科技局, 财政局) needs no proper word before it. A level after a distributive word (各市, 全省) names no one
/// body; after a pronoun (该县, 本市) it names the territory the text is about (县统计局).
/// </summary>
internal sealed class TerritorialDepartments(NameResources names)
{
    private readonly CharBits _departmentOrTitleEnds = OrganizationSuffixRecognizer.HeadOrTitleEnds(names.Lexicons, names.Lexicons.LocalDepartments);

    /// <summary>The departments of <paramref name="document"/>, as ORG candidates.</summary>
    public void Find(Document document, List<Entity> candidates)
    {
        var text = document.Text;
        var words = document.Words;
        foreach (var token in Segmentation.TokenList.AsSpan(document.Tokens))
        {
            if (!OrganizationSuffixRecognizer.MayEndHeadOrTitle(_departmentOrTitleEnds, text, token.End)) continue; // most words: one bit, no look-up
            // jieba may glue the officer's title to the department's last character (促进|局局长): the department ends before it
            var end = names.Lexicons.TitleStartEndingAt(text, token.End) is var title && title > token.Start ? title : token.End;
            // 卫生局长, 财政|局长: the head's title shares the department's 局 or 厅, written once (溧阳卫生局长 → 溧阳卫生局)
            if (title >= token.Start && title < token.End && SharesHead(text, title)) end = title + 1;
            if (!names.Lexicons.LocalDepartments.TryLongestEndingAt(text, end, 2, out var departmentStart, out _)) continue;
            var start = TerritoryStart(text, words, GovernmentStart(text, words, departmentStart));
            if (start < 0) continue;
            candidates.Add(new OrganizationEntity(start, end - start, document.Slice(start, end - start)));
        }
    }

    /// <summary>
    /// True when the title at <paramref name="title"/> is 局长 or 厅长 and its first character is also the department's head:
    /// no 局 or 厅 stands before it (卫生局长, not 投资促进局局长).
    /// </summary>
    private static bool SharesHead(string text, int title) =>
        text[title] is '局' or '厅' && title + 1 < text.Length && text[title + 1] == '长' && (title == 0 || text[title - 1] != text[title]);

    /// <summary>
    /// Where the government that the department at <paramref name="departmentStart"/> belongs to is written between the
    /// territory and the department (市政府|金融办, 省政府|国资委, 南安市人民政府|外办: the official names read 某市人民政府金融工作办公室),
    /// or else <paramref name="departmentStart"/>; the territory is then looked for before the government.
    /// </summary>
    private static int GovernmentStart(string text, TokenBoundaries words, int departmentStart)
    {
        foreach (var government in Governments)
        {
            var start = departmentStart - government.Length;
            if (start > 0 && text.AsSpan(start, government.Length).SequenceEqual(government) && words.IsBoundary(departmentStart)) return start;
        }
        return departmentStart;
    }

    /// <summary>The words for a local government, longest first.</summary>
    private static readonly string[] Governments = ["人民政府", "政府"];

    /// <summary>Where the territory before the department at <paramref name="departmentStart"/> starts, or -1.</summary>
    private int TerritoryStart(string text, TokenBoundaries words, int departmentStart)
    {
        var level = departmentStart > 0 && LevelWords.Contains(text[departmentStart - 1]) ? departmentStart - 1 : -1;
        // the department starts a word, or jieba glued its first character to the level (区人|社局)
        if (!words.IsBoundary(departmentStart) && !(level >= 0 && words.IsBoundary(level))) return -1;
        var start = PlacesStart(text, words, departmentStart);
        if (start < 0) start = ZoneStart(text, words, departmentStart);
        if (start >= 0 || level < 0) return start;
        // a level after the places (江苏|省|财政厅), or of its own (市|科技局)
        var places = PlacesStart(text, words, level);
        return places >= 0 ? places : LevelStandsAlone(text, words, level) ? level : -1;
    }

    /// <summary>
    /// Where a zone named by its places that ends at <paramref name="end"/> starts (广州|开发区 of 广州开发区投资促进局: a zone's
    /// administration has departments of its own), or -1; a zone word with no place before it (高新区) is no territory.
    /// </summary>
    private int ZoneStart(string text, TokenBoundaries words, int end)
    {
        if (!names.ZoneSuffixes.TryMatchEndingAt(text, end, out var suffix, out _) || !words.IsBoundary(end - suffix.Length)) return -1;
        return PlacesStart(text, words, end - suffix.Length);
    }

    /// <summary>Where the places that end at <paramref name="end"/> start (广州市|黄埔区), or -1.</summary>
    private int PlacesStart(string text, TokenBoundaries words, int end)
    {
        var start = -1;
        for (var at = end; at > 0 && names.AllPlaces.All.TryLongestEndingAt(text, at, 2, out var placeStart, out _) && words.IsBoundary(placeStart)
             && !IsConjunctionAndLevel(text, placeStart, at);)
        {
            at = start = placeStart;
        }
        return start;
    }

    /// <summary>
    /// True when the two-character place from <paramref name="start"/> to <paramref name="end"/> is a conjunction and a level
    /// right after a body's head (县卫生局|和县|计生委: 和县 is a county, but here 和 joins two departments).
    /// </summary>
    private bool IsConjunctionAndLevel(string text, int start, int end) =>
        end - start == 2 && Conjunctions.Contains(text[start]) && LevelWords.Contains(text[start + 1])
        && names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(text, start, 1, out _, out _);

    /// <summary>Conjunctions that join two bodies (市财政局和县财政局, 省发改委与市发改委).</summary>
    private const string Conjunctions = "和与及";

    /// <summary>
    /// True when the level at <paramref name="level"/> is a word of its own or glued to a preposition or a pronoun (从市, 据县,
    /// 该省), and not after a distributive word (各市, 全省, 每县: no one body).
    /// </summary>
    private static bool LevelStandsAlone(string text, TokenBoundaries words, int level)
    {
        if (level == 0 || !Text.CharClass.IsIdeograph(text[level - 1])) return true;
        if (Distributives.Contains(text[level - 1])) return false;
        return words.IsBoundary(level) || IsGluedToLevel(text[level - 1]) && words.IsBoundary(level - 1);
    }

    /// <summary>True when jieba glues <paramref name="c"/> to a level although it belongs to the sentence: a preposition or a pronoun.</summary>
    public static bool IsGluedToLevel(char c) => Prepositions.Contains(c) || Pronouns.Contains(c);

    /// <summary>
    /// True when <paramref name="word"/> is a level with the preposition or pronoun that jieba glued to it (到市, 赴市, 据县, 该省):
    /// the level opens the body after it and the other character is the sentence's.
    /// </summary>
    public static bool IsLevelGluedToSentence(ReadOnlySpan<char> word) => word.Length == 2 && LevelWords.Contains(word[1]) && IsGluedToLevel(word[0]);

    /// <summary>Levels of local government (省, 市, 区, 县, 州).</summary>
    private const string LevelWords = "省市县区州";

    /// <summary>
    /// Prepositions, the verb of going 赴 and the verb of submitting 报 (报省|财政厅审定: submitted to the province's department), that
    /// jieba glues to a level (从市, 据县, 由市, 向省, 到市, 赴市, 报省).
    /// </summary>
    private const string Prepositions = "从据由向在与经对同跟和及于至到赴被把给报";

    /// <summary>Pronouns before a level (该省, 本市, 我市, 此县, 其): the level names the territory the text is about.</summary>
    private const string Pronouns = "该本我此其";

    /// <summary>Distributive words before a level (各市, 全省, 每县, 多县, 两市, 外省, 他省): no one territory.</summary>
    public const string Distributives = "各全每多两外他";
}
