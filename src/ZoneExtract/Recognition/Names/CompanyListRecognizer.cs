using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY items of an enumeration that the sentence says are firms: <c>A、B、C等龙头企业</c>,
/// <c>引进了A、B等26个项目</c>. Items are separated by 、, the list is closed by 等 and, after a few
/// modifying words after it (<see cref="ListGroupNoun"/>), a word for firms or investment projects. The first item reaches back over
/// name-like words only (<see cref="NamePrefix"/>), so 引导 or 引进了 stay outside.
/// </summary>
internal sealed class CompanyListRecognizer(NameResources names) : IEntityRecognizer
{
    /// <summary>
    /// Finds the words after 等 that say the items are firms, then those that allow firms (项目 may be anything: then one item must
    /// have a company head, 电子, 药业…).
    /// </summary>
    private readonly ListGroupNoun _groupNoun = new(names.Common, names.Prefix, [.. names.Lexicons.FirmGroupNouns, .. names.Lexicons.ProjectGroupNouns, .. names.Lexicons.BrandGroupNouns]);

    private const int MaxItem = 10;

    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanyListContext;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        for (var etc = text.IndexOf('等'); etc >= 0; etc = text.IndexOf('等', etc + 1))
        {
            var noun = _groupNoun.Find(document, etc + 1);
            var items = Items(document, words, etc);
            if (items.Count == 0) continue;
            if (noun is null)
            {
                AddIntroducedList(document, etc, items, candidates);
                continue;
            }
            var firms = names.Lexicons.FirmGroupNouns.Contains(noun);
            items = [.. items.SelectMany(item => SplitAtJoiner(text, words, item))];
            items.RemoveAll(item => item.End - item.Start < 2 || IsOtherKindOfName(text.AsSpan(item.Start, item.End - item.Start)));
            if (!firms && !items.Any(item => HasBrandedCompanyHead(text, item))) continue;
            if (IsListOfTrades(text, items)) items.RemoveAll(item => names.Common.IsCommonNoun(text.AsSpan(item.Start, item.End - item.Start)));
            Add(document, items, candidates);
        }
        FindCountedLists(document, candidates);
    }

    /// <summary>
    /// The items of a list closed by 等 alone that a word for firms introduces (企业包括A、B、C等。, see
    /// <see cref="FirmListIntroduction"/>), less other kinds of names, places (浙江、河北等) and lists of trades.
    /// </summary>
    private void AddIntroducedList(Document document, int etc, List<(int Start, int End)> items, List<Entity> candidates)
    {
        var text = document.Text;
        var (first, firstEnd) = items[^1];
        var start = FirmListIntroduction.FirstItemStart(text, etc, first, firstEnd, MaxItem, names.Lexicons.FirmGroupNouns);
        if (start < 0) return;
        items[^1] = (start, firstEnd);
        items = [.. items.SelectMany(item => SplitAtJoiner(text, document.Words, item))];
        if (IsListOfTrades(text, items)) return;
        items.RemoveAll(item => item.End - item.Start < 2 || IsOtherKindOfName(text.AsSpan(item.Start, item.End - item.Start))
            || names.AllPlaces.All.Contains(text.AsSpan(item.Start, item.End - item.Start)));
        Add(document, items, candidates);
    }

    /// <summary>
    /// The items of a list closed by a count of firms instead of 等 (蔚来、小鹏、理想三家新势力车企, 格力和奥克斯两大空调企业): the
    /// count after the last item equals the number of items, and a word for firms follows it. The last two items may be
    /// joined by 和, 与 or 及.
    /// </summary>
    private void FindCountedLists(Document document, List<Entity> candidates)
    {
        var text = document.Text;
        for (var at = 1; at < text.Length - 1; at++)
        {
            if (!CountMeasures.Contains(text[at + 1]) || CountOf(text[at]) is var count && count < 2) continue;
            // 十三家, 第三家, 数十家: no count of the items before
            if (NotCounts.Contains(text[at - 1]) || CountOf(text[at - 1]) >= 0 || !NamePrefix.IsNameMaterial(text.AsSpan(at - 1, 1))) continue;
            if (_groupNoun.Find(document, at + 2) is not { } noun || !names.Lexicons.FirmGroupNouns.Contains(noun)) continue;
            var items = Items(document, document.Words, at);
            if (items.Count == 0) continue;
            items = [.. items.SelectMany(item => SplitAtJoiner(text, document.Words, item))];
            // places counted before a firm word are its branches' places (北京、上海…七家分公司)
            if (items.Count != count || items.Any(item => item.End - item.Start < 2 || IsOtherKindOfName(text.AsSpan(item.Start, item.End - item.Start))
                    || names.AllPlaces.All.Contains(text.AsSpan(item.Start, item.End - item.Start)))) continue;
            Add(document, items, candidates);
        }
    }

    /// <summary>The value of a one-character numeral (两 and 二 are 2, up to 九), or -1.</summary>
    private static int CountOf(char c) => c == '二' ? 2 : Numerals.IndexOf(c);

    private const string Numerals = "零一两三四五六七八九";

    /// <summary>Characters before a numeral that make it part of a larger number or an ordinal (十三, 第三, 数十).</summary>
    private const string NotCounts = "十百千万第数几余多";

    /// <summary>Measure words that count firms in a list (三家车企, 两大空调企业).</summary>
    private const string CountMeasures = "家大";

    /// <summary>
    /// An item that holds one joiner between two names of two or more characters is two items (格力和奥克斯, 中兴和联想等企业),
    /// when jieba cut the joiner as a word of its own (not 祥和 or 和黄).
    /// </summary>
    private static IEnumerable<(int Start, int End)> SplitAtJoiner(string text, TokenBoundaries words, (int Start, int End) item)
    {
        var joiner = text.AsSpan(item.Start, item.End - item.Start).IndexOfAny(Joiners);
        if (joiner >= 0 && text.AsSpan(item.Start + joiner + 1, item.End - item.Start - joiner - 1).IndexOfAny(Joiners) >= 0) return [item];
        if (joiner < 2 || item.End - (item.Start + joiner + 1) < 2) return [item];
        var at = item.Start + joiner;
        if (!words.IsBoundary(at) || !words.IsBoundary(at + 1)) return [item];
        return [(item.Start, at), (at + 1, item.End)];
    }

    private const string Joiners = "和与及";

    /// <summary>The items separated by 、 before <paramref name="end"/>, the first one included; none without a separator.</summary>
    private List<(int Start, int End)> Items(Document document, TokenBoundaries words, int end)
    {
        var text = document.Text;
        var items = new List<(int Start, int End)>();
        while (end > 0) // 等 may open the text
        {
            var separator = text.LastIndexOf('、', end - 1, Math.Min(end, MaxItem + 1));
            var start = separator >= 0 ? separator + 1 : -1;
            if (start < 0 || !NamePrefix.IsNameMaterial(text.AsSpan(start, end - start))) break;
            items.Add((start, end));
            end = separator;
        }
        if (items.Count == 0) return items;
        var first = FirstItemStart(document, words, end);
        if (first >= 0) items.Add((first, end));
        return items;
    }

    private static void Add(Document document, List<(int Start, int End)> items, List<Entity> candidates)
    {
        foreach (var (start, itemEnd) in items)
        {
            candidates.Add(new CompanyEntity(start, itemEnd - start, document.Slice(start, itemEnd - start)));
        }
    }

    /// <summary>
    /// The first item has no separator before it: take its last word, then earlier words only while they are
    /// rare (brand-like), so 鼓励 in 会议鼓励星辰 stays outside; a head alone is completed from the clause's start.
    /// </summary>
    private int FirstItemStart(Document document, TokenBoundaries words, int end)
    {
        var start = names.Prefix.FindStart(document, words, end, maxWords: 1, maxLength: 8, requireProperWord: false);
        // a lone character is no item: jieba cut a brand that opens the clause (中|创新|航)
        if (end - start == 1 || start < 0) return OpeningItemStart(document, words, end);
        while (start > 0)
        {
            var earlier = names.Prefix.FindStart(document, words, start, maxWords: 1, maxLength: 8, requireProperWord: false);
            if (earlier < 0 || end - earlier > 8 || names.Common.IsCommon(document.Text.AsSpan(earlier, start - earlier))) break;
            start = earlier;
        }
        start = WithLoneOpeningCharacter(document, words, start);
        // only a head so far (景顺|长城|基金: the walk stopped at the common word 长城): the brand lies before it, so an
        // item that opens its clause takes the words from the clause's start
        if (IsOnlyCompanyHeads(document.Slice(start, end - start)) && OpeningItemStart(document, words, end) is var opening and >= 0)
            return opening;
        return start;
    }

    /// <summary>
    /// jieba cuts a lone character off an unknown or barely known brand that opens the clause (,工|银瑞信|基金): that character, when it
    /// is no word that ends a name (在, 将, 上), is the brand's first.
    /// </summary>
    private int WithLoneOpeningCharacter(Document document, TokenBoundaries words, int start)
    {
        var text = document.Text;
        if (start < 2 || words.StartOfWordEndingAt(start) != start - 1 || !IsClauseStart(text[start - 2])) return start;
        var lone = text.AsSpan(start - 1, 1);
        var brandWord = text.AsSpan(start, words.WordEnd(start, text.Length) - start);
        return Text.CharClass.IsIdeograph(lone[0]) && !names.Prefix.IsStopWord(lone) && names.Common.Frequency(brandWord) < BarelyKnown
            ? start - 1 : start;
    }

    /// <summary>Below this count a jieba word is a relic of its source texts, not vocabulary (银瑞信, 4 times).</summary>
    private const int BarelyKnown = 10;

    /// <summary>
    /// The start of a first item that opens its clause (。中创新航、国轩高科、欣旺达等电池企业), where the item's last word is a lone
    /// character: all the words from the clause's start, whatever their vocabulary (中|创新|航), when none of them introduces a
    /// name or is a function word; else -1.
    /// </summary>
    private int OpeningItemStart(Document document, TokenBoundaries words, int end)
    {
        var text = document.Text;
        var start = end;
        while (start > 0 && end - start <= MaxOpeningItem && NamePrefix.IsNameMaterial(text.AsSpan(start - 1, 1))) start--;
        if (end - start is < 2 or > MaxOpeningItem || start > 0 && !IsClauseStart(text[start - 1]) && !char.IsWhiteSpace(text[start - 1])) return -1;
        for (var at = start; at < end; at = words.WordEnd(at, end))
        {
            if (names.Prefix.IsStopWord(text.AsSpan(at, words.WordEnd(at, end) - at))) return -1;
        }
        return start;
    }

    private const int MaxOpeningItem = 6;

    /// <summary>Punctuation that opens a clause (the text is width-folded: ，；： arrive as ASCII), or a line break.</summary>
    private static bool IsClauseStart(char c) => c is '。' or ',' or ';' or ':' or '!' or '?' or '\n' or '“' or '"';

    private bool IsOnlyCompanyHeads(string item)
    {
        var end = item.Length;
        while (end > 0 && names.Lexicons.CompanySuffixes.TryLongestEndingAt(item, end, 1, out var start, out _)) end = start;
        return end == 0;
    }

    /// <summary>
    /// Half the items or more are trades, ordinary nouns that jieba counts 300 times or more (家具、橱柜、门窗、地板等企业;
    /// 电厂、化工、钢厂等企业): the list names kinds of firms by what they make, and its ordinary nouns, rarer ones too (橱柜),
    /// are no firms; a word jieba does not know stays a brand (赛门铁克、趋势等厂商). A list of brands may hold one such word
    /// (诺贝尔、冠军、东鹏、马可波罗; 通用、雪铁龙、宝马、现代 holds none: 通用 and 现代 are no nouns to jieba).
    /// </summary>
    private bool IsListOfTrades(string text, List<(int Start, int End)> items) =>
        2 * items.Count(item => text.AsSpan(item.Start, item.End - item.Start) is var word
            && names.Common.IsCommonNoun(word) && names.Common.IsCommon(word)) >= items.Count;

    /// <summary>
    /// An item closed by a company head with a brand before it: not a trade, whose part before the head is a word jieba
    /// knows 300 times or more and tags no proper noun, or a generic modifier (新能源|汽车 of 智能制造、新能源汽车等潜力产业项目:
    /// kinds of project); brands that jieba knows as proper nouns stay (三菱|重工, 丰田|汽车).
    /// </summary>
    private bool HasBrandedCompanyHead(string text, (int Start, int End) item) =>
        names.Lexicons.CompanySuffixes.TryLongestEndingAt(text, item.End, 2, out var headStart, out _)
        && (headStart <= item.Start || text.AsSpan(item.Start, headStart - item.Start) is var brand
            && !names.Prefix.IsGeneric(brand) && !names.Common.IsCommonNonProperWord(brand));

    /// <summary>
    /// Generic words, company heads with no name before them (集团, 科技集团: the brand lies beyond the item's
    /// reach) and names whose head says they are zones or organisations (平台, 产业园, 研发中心) are not firms.
    /// </summary>
    private bool IsOtherKindOfName(ReadOnlySpan<char> item) =>
        names.Prefix.IsGeneric(item)
        || IsOnlyCompanyHeads(item.ToString())
        || names.ZoneSuffixes.TryMatchEndingAt(item.ToString(), item.Length, out _, out _)
        || names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(item.ToString(), item.Length, 1, out _, out _)
        || item.EndsWith("平台") || item.EndsWith("设施") || item.EndsWith("基地");
}
