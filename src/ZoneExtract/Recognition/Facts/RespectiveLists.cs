using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Lists stated with 分别 ("respectively", contract §6.1, lists sharing one indicator): in
/// 化工、汽车制造、电子信息等重点行业产值分别增长22.8%、14.2%和13.9% the shared name (重点行业产值) anchors the first
/// figure and each later item anchors its own (汽车制造 14.2%, 电子信息 13.9%); without a shared name every item is
/// its own indicator (水产品、蔬菜分别增长56.5%、86.9%). A clause that opens with 分别 right after such a list gives the
/// same anchors their next figures (分别出口…，分别增长…; 营业收入和净利润分别为…，同比分别增长…). Figures joined only by 、和及与 make such a list without 分别
/// (加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%); when the first item is a name of its own (加工贸易), the
/// shared name completes the last item only (保税物流进出口). A list whose items and figures do not pair up one to one,
/// is left to the ordinary rules; a list whose later items are bodies anchors their facts on the verb (contract §6.1).
/// </summary>
internal sealed class RespectiveLists(IndicatorLexicon lexicon, FigureReader reader)
{
    private readonly SubjectRoles _roles = new(lexicon);
    private const int MaxItemLength = 12;
    private const string ItemSeparators = "、和及与";
    private const char Copula = '是';
    private const char Times = '倍';
    private const char Of = '的';

    /// <summary>Longest comparison (比上年同期) between a shared name and 分别.</summary>
    private const int MaxComparison = 6;

    /// <summary>Attaches the figures of the sentence's lists (分别, or figures joined by 和); returns the figures it used. New item anchors are added to <paramref name="drafts"/>.</summary>
    public HashSet<Entity> Attach(string text, FactSentence sentence, List<FactDraft> drafts, List<Entity> figures, List<Entity> sentenceEntities)
    {
        var used = new HashSet<Entity>(ReferenceEqualityComparer.Instance);
        List<FactDraft>? previous = null;
        foreach (var q in ListStarts(text, sentence, figures))
        {
            // q is where the list's figures are introduced: 分别, or the change word or figure a run of figures starts with.
            var clauseStart = FigureAttacher.ClauseStart(text, sentence.Start, q);
            var clauseEnd = ClauseEnd(text, q, sentence.End);
            var listed = figures.Where(f => f.Start >= q && f.End <= clauseEnd && !used.Contains(f)).ToList();
            // Multiples (分别增长2.3倍、29.2%和27.2%) are no figures of the contract but hold their items' places in the list.
            var slots = Slots(text, q, clauseEnd, listed, out var firstSlot);
            if (slots.Count < 2 || firstSlot is null) continue;
            var role = reader.Read(text, firstSlot, clauseStart);
            if (role == FigureRole.None) continue;
            // 同比分别增长… opens with 分别 as well: a change opening or a short comparison before it names no items.
            var opensWithMarker = clauseStart == q || IsRightBefore(text, clauseStart, q) && !drafts.Any(d => d.Mention.Start >= clauseStart && d.Mention.Start < q);
            var anchors = opensWithMarker && previous?.Count == slots.Count ? previous
                : clauseStart == q ? ItemsOfClauseBefore(text, sentence, clauseStart, drafts, figures, listed, slots.Count, role, sentenceEntities)
                                     ?? MentionsOfClausesBefore(text, sentence, clauseStart, drafts, figures, slots.Count, role)
                : Anchors(text, clauseStart, q, drafts, listed, slots.Count, role, sentenceEntities);
            if (anchors is null || anchors.Count != slots.Count) continue;
            for (var i = 0; i < slots.Count; i++)
            {
                if (slots[i] is not { } figure) continue;
                if (!drafts.Contains(anchors[i])) drafts.Add(anchors[i]);
                // A growth rate's level is its change (…增速分别为42.1%、22.1%…).
                var itemRole = role == FigureRole.Level && anchors[i].Mention.Kind == IndicatorKind.Growth ? FigureRole.Increase : role;
                FigureAttacher.Assign(text, anchors[i], figure, itemRole, sentenceEntities);
                used.Add(figure);
            }
            previous = anchors;
        }
        drafts.Sort((a, b) => a.Mention.Start.CompareTo(b.Mention.Start));
        return used;
    }

    /// <summary>
    /// Where the sentence's lists introduce their figures, in text order: each 分别, and the start of each run of figures
    /// joined only by 、和及与 without 分别 (加工贸易和保税物流进出口10293亿元和3544.9亿元，同增1.9%和38.4%) — at its change
    /// word when it has one.
    /// </summary>
    private IEnumerable<int> ListStarts(string text, FactSentence sentence, List<Entity> figures)
    {
        var starts = new List<int>();
        foreach (var marker in lexicon.Respective)
        {
            for (var q = text.IndexOf(marker, sentence.Start, sentence.End - sentence.Start, StringComparison.Ordinal); q >= 0;
                 q = q + marker.Length < sentence.End ? text.IndexOf(marker, q + marker.Length, sentence.End - q - marker.Length, StringComparison.Ordinal) : -1)
            {
                starts.Add(q);
            }
        }
        for (var i = 0; i + 1 < figures.Count; i++)
        {
            if (!IsJoined(text, figures[i], figures[i + 1]) || i > 0 && IsJoined(text, figures[i - 1], figures[i])) continue;
            var clauseStart = FigureAttacher.ClauseStart(text, sentence.Start, figures[i].Start);
            starts.Add(reader.TryChangeWord(text, figures[i], clauseStart, out var changeStart, out _) ? changeStart : figures[i].Start);
        }
        starts.Sort();
        return starts;
    }

    /// <summary>
    /// The places of the list from <paramref name="from"/> to <paramref name="end"/> in order: each of <paramref name="listed"/>,
    /// and null for each multiple written among them (2.3倍: 分别增长2.3倍、29.2%和27.2%, as the 2021 releases wrote growth from a
    /// low base). <paramref name="first"/> is what stands in the first place: a figure, or a multiple read as one for its role
    /// (null when there is no figure).
    /// </summary>
    private static List<Entity?> Slots(string text, int from, int end, List<Entity> listed, out Entity? first)
    {
        var slots = new List<(int Start, Entity? Figure)>(listed.Count);
        foreach (var figure in listed) slots.Add((figure.Start, figure));
        var firstMultiple = (Start: int.MaxValue, End: 0);
        for (var at = text.IndexOf(Times, from, end - from); at >= 0; at = at + 1 < end ? text.IndexOf(Times, at + 1, end - at - 1) : -1)
        {
            var start = at;
            while (start > from && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) start--;
            var inList = at + 1 < end && ItemSeparators.Contains(text[at + 1], StringComparison.Ordinal)
                         || start > from && ItemSeparators.Contains(text[start - 1], StringComparison.Ordinal);
            if (start == at || !inList || listed.Any(f => f.Start <= start && at < f.End)) continue;
            slots.Add((start, null));
            if (start < firstMultiple.Start) firstMultiple = (start, at + 1);
        }
        slots.Sort((a, b) => a.Start.CompareTo(b.Start));
        first = listed.Count == 0 ? null
            : listed[0].Start < firstMultiple.Start ? listed[0]
            : new PercentEntity(firstMultiple.Start, firstMultiple.End - firstMultiple.Start, text[firstMultiple.Start..firstMultiple.End], 0m, null, PercentKind.Percent);
        return slots.Select(slot => slot.Figure).ToList();
    }

    /// <summary>Only one of 、和及与 stands between the two figures.</summary>
    public static bool IsJoined(string text, Entity first, Entity second) =>
        second.Start == first.End + 1 && ItemSeparators.Contains(text[first.End], StringComparison.Ordinal);

    /// <summary>
    /// A clause that opens with 分别 right after a clause that ends with the items and names no figure
    /// (下降的是衣着、家庭设备用品及维修服务和交通通讯，分别较上年同期下降4.3%、0.7%和0.8%): the items are read there.
    /// </summary>
    private List<FactDraft>? ItemsOfClauseBefore(
        string text, FactSentence sentence, int clauseStart, List<FactDraft> drafts, List<Entity> figures, List<Entity> listed, int count, FigureRole role, List<Entity> entities)
    {
        var itemsEnd = clauseStart - 1; // the comma
        if (itemsEnd <= sentence.Start || !SentenceSplitter.IsClauseBreak(text[itemsEnd])) return null;
        var itemsClause = FigureAttacher.ClauseStart(text, sentence.Start, itemsEnd);
        if (figures.Any(f => f.Start >= itemsClause && f.End <= itemsEnd)) return null;
        return Anchors(text, itemsClause, itemsEnd, drafts, listed, count, role, entities);
    }

    /// <summary>
    /// A clause that opens with 分别 and gives changes after clauses that each name one indicator, with its level or not
    /// (商品房销售面积16.93万平方米，销售额12.4亿元，分别增长50.6%和54.9%; …销售额418亿元，回收量1124.2万台，与上季度相比，分别增长…):
    /// 分别 pairs the changes with those indicators in order. One clause without indicator or figure (与上季度相比) may stand
    /// right before 分别; an indicator that already has its change is no item of the list.
    /// </summary>
    private List<FactDraft>? MentionsOfClausesBefore(
        string text, FactSentence sentence, int clauseStart, List<FactDraft> drafts, List<Entity> figures, int count, FigureRole role)
    {
        // Figures merely joined by 和 (环比下降21.36%和5.18%) belong to the names of their own clause, not to those before.
        if (role is not (FigureRole.Increase or FigureRole.Decrease)
            || !lexicon.Respective.Any(marker => text.AsSpan(clauseStart).StartsWith(marker, StringComparison.Ordinal))) return null;
        var anchors = new List<FactDraft>(count);
        var skipped = false;
        for (var end = clauseStart - 1; anchors.Count < count; )
        {
            if (end <= sentence.Start) return null;
            var start = FigureAttacher.ClauseStart(text, sentence.Start, end);
            var inClause = drafts.Where(d => d.Mention.Start >= start && d.Mention.End <= end).ToList();
            var hasFigure = figures.Any(f => f.Start >= start && f.End <= end);
            if (inClause.Count == 0 && !hasFigure && !skipped && anchors.Count == 0) skipped = true;
            else if (inClause.Count != 1 || inClause[0].Change is not null) return null;
            else anchors.Add(inClause[0]);
            end = start - 1;
        }
        anchors.Reverse();
        return anchors;
    }

    /// <summary>
    /// The shared name and the items after the first, or every item when no name is shared, for <paramref name="count"/> places
    /// (the figures and any multiples among them); null when the list cannot be read.
    /// </summary>
    private List<FactDraft>? Anchors(string text, int clauseStart, int marker, List<FactDraft> drafts, List<Entity> figures, int count, FigureRole role, List<Entity> entities)
    {
        var shared = SharedName(text, clauseStart, marker, drafts) ?? SharedGrowth(text, clauseStart, marker)
                     ?? drafts.FirstOrDefault(d => d.Mention.Start >= marker && d.Mention.Start - marker <= 3);
        var itemsEnd = shared is not null && shared.Mention.End <= marker ? shared.Mention.Start : marker;
        while (itemsEnd > clauseStart && (text[itemsEnd - 1] == '等' || char.IsWhiteSpace(text[itemsEnd - 1]))) itemsEnd--;
        if (shared?.Mention.Kind == IndicatorKind.Growth) itemsEnd = BeforeMeasuredName(text, clauseStart, itemsEnd, drafts);
        if (shared is not null && shared.Mention.End <= marker && BodyItemAnchors(text, clauseStart, marker, shared, drafts, figures, count, entities) is { } bodies)
        {
            return bodies;
        }
        var itemsStart = ItemsStart(text, clauseStart, itemsEnd, entities);
        var items = PairedItems(text, itemsStart, ref itemsEnd, count);
        if (items is null || items.Any(i => entities.Any(e => e.Start < i.End && i.Start < e.End))) return null;
        var kind = shared?.Mention.Kind ?? (role == FigureRole.Level && figures[0] is PercentEntity ? IndicatorKind.Rate : IndicatorKind.Amount);
        if (role == FigureRole.Level && kind != IndicatorKind.Growth && !figures.All(f => FigureAttacher.Fits(kind, f))) return null;
        // An item that is already a mention (出口) keeps its own draft and kind.
        var anchors = items
            .Select(i => drafts.FirstOrDefault(d => d.Mention.Start == i.Start && d.Mention.End == i.End) ?? new FactDraft(new IndicatorMention(i.Start, i.End, kind)))
            .ToList();
        if (shared is null) return anchors;
        // A shared name cut from an extended one, or a growth word after the items' own names (…销售额、营业额增速), replaces
        // the mentions between the items and itself.
        if (!drafts.Contains(shared)) drafts.RemoveAll(d => d.Mention.End > itemsEnd && d.Mention.End <= shared.Mention.End);
        if (shared.Mention.End <= marker && drafts.Contains(anchors[0]))
        {
            // The first item is a name of its own (加工贸易和保税物流进出口…): the shared name only completes the last item.
            drafts.Remove(shared);
            anchors[^1] = new FactDraft(new IndicatorMention(items[^1].Start, shared.Mention.End, shared.Mention.Kind));
            return anchors;
        }
        anchors[0] = shared;
        return anchors;
    }

    /// <summary>
    /// A list whose later items are bodies (中兴和华为手机销量分别同比增长61%和34%; “一带一路”沿线国家、东盟、欧盟实际投资同比分别增长…):
    /// the shared name anchors the first figure, and the contract anchors a later body's fact on the verb, as the body itself
    /// is its subject. One verb serves at most two later bodies: the last takes the change or level word before the first
    /// figure (增长, 为), the one before it takes 分别. Null unless the items end right before the shared name (的 may stand
    /// between) and the later ones are bodies joined by 、和及与.
    /// </summary>
    private List<FactDraft>? BodyItemAnchors(string text, int clauseStart, int marker, FactDraft shared, List<FactDraft> drafts, List<Entity> figures, int count, List<Entity> entities)
    {
        if (count is < 2 or > 3 || figures.Count == 0) return null;
        var end = shared.Mention.Start;
        // A shared growth word may follow what it measures (福州、龙岩、厦门固定资产投资增速分别为…): the items end before that name.
        var first = shared;
        while (drafts.FirstOrDefault(d => d.Mention.End == end && d.Mention.Start < end) is { } measured)
        {
            end = measured.Mention.Start;
            // The measured name anchors the first figure, which is its growth rate (固定资产投资 +12.4%).
            if (shared.Mention.Kind == IndicatorKind.Growth) first = new FactDraft(measured.Mention with { Kind = IndicatorKind.Growth });
        }
        if (end > clauseStart && text[end - 1] == Of) end--;
        var bodies = new List<Entity>(count);
        while (bodies.Count < count && entities.FirstOrDefault(e => e.End == end && e.Start >= clauseStart && SubjectRoles.CanBeSubject(e)) is { } body)
        {
            bodies.Insert(0, body);
            if (body.Start <= clauseStart || !ItemSeparators.Contains(text[body.Start - 1], StringComparison.Ordinal)) break;
            end = body.Start - 1;
        }
        // 我国对东盟、欧盟和日本进出口分别…: the list names the other party, not whose figures they are.
        if (bodies.Count == 0 || bodies.Any(b => _roles.IsLocative(text, b) || _roles.IsPartner(text, b) || _roles.IsPublisher(b))) return null;
        // The first item may be no body (“一带一路”沿线国家、东盟、欧盟…); every later one must be.
        var later = bodies.Count == count ? bodies.Skip(1).ToList() : bodies;
        if (later.Count != count - 1 || bodies.Count < count && (bodies[0].Start <= clauseStart || !ItemSeparators.Contains(text[bodies[0].Start - 1], StringComparison.Ordinal))) return null;
        var markerEnd = marker + (lexicon.Respective.FirstOrDefault(m => text.AsSpan(marker).StartsWith(m, StringComparison.Ordinal))?.Length ?? 0);
        var verbStart = markerEnd;
        if (lexicon.ChangeOpenings.TryLongestStartingAt(text, verbStart, out var opening, out _)) verbStart += opening;
        var verbEnd = figures[0].Start;
        if (markerEnd == marker || verbEnd <= verbStart || verbEnd - verbStart > MaxComparison) return null;
        if (first != shared) drafts.RemoveAll(d => d.Mention.Start == first.Mention.Start && d.Mention.End == first.Mention.End);
        var anchors = new List<FactDraft> { first };
        if (later.Count == 2) anchors.Add(new FactDraft(new IndicatorMention(marker, markerEnd, shared.Mention.Kind)) { Subject = later[0] });
        anchors.Add(new FactDraft(new IndicatorMention(verbStart, verbEnd, shared.Mention.Kind)) { Subject = later[^1] });
        return anchors;
    }

    /// <summary>
    /// The name right before 分别 (or before 同比/环比 and 分别) that the items share. A name that is itself the last item
    /// (进出口、出口、进口分别增长…) is none, unless it was extended over that item's sector phrase
    /// (…、专用设备制造业增加值同比分别增长…): then the bare name (增加值, a new draft that replaces the extended one once the
    /// list reads) is shared and the item is the sector; so is it when the extension ran over all the items (装备制造业和消费品
    /// 制造业投资分别增长…: 投资).
    /// </summary>
    private FactDraft? SharedName(string text, int clauseStart, int marker, List<FactDraft> drafts)
    {
        var shared = drafts.LastOrDefault(d => d.Mention.Start >= clauseStart && d.Mention.End <= marker && IsRightBefore(text, d.Mention.End, marker));
        if (shared is null || shared.Mention.Start == 0) return shared;
        // Each item names the measure itself (带皮核桃的价格和山核桃仁的价格分别上涨…): the last one's is no shared name.
        var name = text.AsSpan(shared.Mention.Start, shared.Mention.End - shared.Mention.Start);
        if (text.AsSpan(clauseStart, shared.Mention.Start - clauseStart).IndexOf(name, StringComparison.Ordinal) >= 0) return null;
        // An extension may also have run over the items themselves (装备制造业和消费品制造业投资分别…): 和 joins no words of one sector
        // before a name the list shares.
        var overItems = text.AsSpan(shared.Mention.Start, shared.Mention.End - shared.Mention.Start).IndexOfAny(ItemSeparators) >= 0
                        && !lexicon.SectorNames.TryLongestStartingAt(text, shared.Mention.Start, out _, out _);
        if (!overItems && !ItemSeparators.Contains(text[shared.Mention.Start - 1], StringComparison.Ordinal)) return shared;
        if (!lexicon.Names.TryLongestEndingAt(text, shared.Mention.End, 2, out var nameStart, out _) || nameStart <= shared.Mention.Start) return null;
        return new FactDraft(shared.Mention with { Start = nameStart });
    }

    /// <summary>A growth word right before 分别 (…营业额增速分别为…): the rate the items share.</summary>
    private FactDraft? SharedGrowth(string text, int clauseStart, int marker) =>
        lexicon.Names.TryLongestEndingAt(text, marker, 2, out var start, out var kind) && kind == IndicatorKind.Growth && start >= clauseStart
            ? new FactDraft(new IndicatorMention(start, marker, kind))
            : null;

    /// <summary>
    /// The items of [start, end) that pair up with the figures, or null. 和 may join the words of one item
    /// (电气机械和器材制造业): then only 、 separates them, and the last 和 joins the last two (衣着、家庭设备用品及维修服务和交通通讯). A count may sum them up before what they share
    /// (批发业、零售业、住宿业、餐饮业四大行业销售额、营业额…): then they end where it starts, and so does <paramref name="end"/>.
    /// </summary>
    private List<(int Start, int End)>? PairedItems(string text, int start, ref int end, int count)
    {
        if (Items(text, start, end, ItemSeparators, MaxItemLength) is { } all && all.Count == count) return all;
        // A、B和C: 和 joins the last two items, which may be long together (家庭设备用品及维修服务和交通通讯).
        if (Items(text, start, end, "、", 2 * MaxItemLength) is { } listed)
        {
            if (listed.Count == count - 1) listed = SplitLast(text, listed) ?? listed;
            if (listed.Count == count && listed.All(i => i.End - i.Start <= MaxItemLength || IsSectorName(text, i))) return listed;
        }
        foreach (var word in lexicon.ListCounts)
        {
            var at = text.IndexOf(word, start, end - start, StringComparison.Ordinal);
            if (at <= start || Items(text, start, at, "、", MaxItemLength) is not { } summed || summed.Count != count) continue;
            end = at;
            return summed;
        }
        return null;
    }

    /// <summary>The item is a name of the industrial classification (计算机、通信和其他电子设备制造业), which may be long.</summary>
    private bool IsSectorName(string text, (int Start, int End) item) =>
        lexicon.SectorNames.TryLongestStartingAt(text, item.Start, out var length, out _) && item.Start + length == item.End;

    /// <summary>The items with the last one split at its last 和, 及 or 与 into two, or null when it holds none.</summary>
    private static List<(int Start, int End)>? SplitLast(string text, List<(int Start, int End)> items)
    {
        var (start, end) = items[^1];
        var join = text.AsSpan(start, end - start).LastIndexOfAny(ItemSeparators.AsSpan(1));
        if (join <= 0 || start + join + 1 >= end) return null;
        return [.. items.SkipLast(1), (start, start + join), (start + join + 1, end)];
    }

    /// <summary>
    /// Nothing but one character (均), a change opening (同比) or a short comparison (比上年, 较上年同期: the NBS wording of a year's
    /// release) stands between the name's end and 分别.
    /// </summary>
    private bool IsRightBefore(string text, int end, int marker) =>
        marker - end <= 1 || lexicon.ChangeOpenings.TryLongestStartingAt(text, end, out var length, out _) && end + length == marker
        || marker - end <= MaxComparison && lexicon.Comparisons.TryLongestStartingAt(text, end, out _, out _) && AllIdeographs(text, end, marker);

    private static bool AllIdeographs(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (!CharClass.IsIdeograph(text[i])) return false;
        }
        return true;
    }

    /// <summary>
    /// Where the items end when a shared growth word follows what they measure (专用设备制造业、汽车制造业、电气机械和器材制造业
    /// 产值同比增速分别为…): before the measure's bare name (产值) and a 同比/环比 after it, which the items share; the name,
    /// extended over the last item's sector, is a mention that ends there.
    /// </summary>
    private int BeforeMeasuredName(string text, int clauseStart, int itemsEnd, List<FactDraft> drafts)
    {
        var nameEnd = itemsEnd;
        for (var i = clauseStart; i < itemsEnd; i++)
        {
            if (lexicon.ChangeOpenings.TryLongestStartingAt(text, i, out var length, out _) && i + length == itemsEnd) nameEnd = i;
        }
        if (!drafts.Any(d => d.Mention.End == nameEnd && d.Mention.Start < nameEnd)
            || !lexicon.Names.TryLongestEndingAt(text, nameEnd, 2, out var nameStart, out _) || nameStart <= clauseStart) return itemsEnd;
        return nameStart;
    }

    /// <summary>
    /// Where the first item starts: after a leading entity (苏州化工、… → 化工), a connective (其中化工 → 化工), a copula
    /// (下降的是衣着、… → 衣着) or a whole joined to it by 的 (…单位中的超市、… → 超市).
    /// </summary>
    private int ItemsStart(string text, int clauseStart, int itemsEnd, List<Entity> entities)
    {
        var start = clauseStart;
        foreach (var entity in entities)
        {
            if (entity.Start == start && entity.End < itemsEnd) start = entity.End;
        }
        foreach (var connective in lexicon.Continuations)
        {
            if (text.AsSpan(start, itemsEnd - start).StartsWith(connective, StringComparison.Ordinal)) start += connective.Length;
        }
        // A copula introduces the items (下降的是衣着、…): they start after it.
        var copula = text.AsSpan(start, itemsEnd - start).LastIndexOf(Copula);
        if (copula >= 0) return start + copula + 1;
        // So does a whole they are part of, joined by 的 to the first (限额以上零售业单位中的超市、便利店…).
        var firstItem = text.AsSpan(start, itemsEnd - start);
        var separator = firstItem.IndexOf('、');
        var of = separator < 0 ? -1 : firstItem[..separator].LastIndexOf(Of);
        return of < 0 ? start : start + of + 1;
    }

    /// <summary>
    /// Ideographs, with Latin letters and digits among them as product names write them (5G智能手机, LED芯片), but never
    /// without an ideograph.
    /// </summary>
    private static bool IsItem(ReadOnlySpan<char> item)
    {
        var ideographs = false;
        foreach (var c in item)
        {
            if (CharClass.IsIdeograph(c)) ideographs = true;
            else if (!char.IsAsciiLetterOrDigit(c)) return false;
        }
        return ideographs;
    }

    /// <summary>
    /// The items of [start, end) split at the separators; null unless there are two or more items of at most <paramref name="maxLength"/> (see <see cref="IsItem"/>).
    /// A name of the industrial classification (信息传输、软件和信息技术服务业) is one item, whatever it holds.
    /// </summary>
    private List<(int Start, int End)>? Items(string text, int start, int end, string separators, int maxLength)
    {
        var items = new List<(int Start, int End)>();
        var itemStart = start;
        for (var i = start; i <= end; i++)
        {
            if (i == itemStart && lexicon.SectorNames.TryLongestStartingAt(text, i, out var length, out _) && i + length <= end
                && (i + length == end || separators.Contains(text[i + length], StringComparison.Ordinal)))
            {
                items.Add((i, i + length));
                itemStart = i + length + 1;
                i = i + length;
                continue;
            }
            if (i < end && !separators.Contains(text[i], StringComparison.Ordinal)) continue;
            if (i == itemStart || i - itemStart > maxLength || !IsItem(text.AsSpan(itemStart, i - itemStart))) return null;
            items.Add((itemStart, i));
            itemStart = i + 1;
        }
        return items.Count >= 2 ? items : null;
    }

    private static int ClauseEnd(string text, int from, int sentenceEnd)
    {
        for (var i = from; i < sentenceEnd; i++)
        {
            if (SentenceSplitter.IsClauseBreak(text[i])) return i;
        }
        return sentenceEnd;
    }
}
