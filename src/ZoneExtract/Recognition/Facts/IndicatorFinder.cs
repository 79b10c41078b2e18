using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Finds the indicators named in one sentence: shares written 占+whole before a percentage (占园区产值总量的15.7%),
/// then names of the lexicon, longest first from the right, each extended to the left over qualifiers (区外境外,
/// 规上) and over a sector noun (电子信息产业产值, 软件和信息技术服务业总收入). A name in brackets right after
/// another (地区生产总值(GDP)) is an abbreviation of it, not a second indicator, and a growth word right after another
/// name (固定资产投资增速) qualifies it. Categories of a breakdown right before a change word are indicators too
/// (居住类同比上涨10.5%). A name no list holds but that ends in a measure noun (采购金额, 客户权益总量) is an indicator
/// where a figure or a change word follows it.
/// </summary>
internal sealed class IndicatorFinder(IndicatorLexicon lexicon)
{
    /// <summary>
    /// Longest whole of a share (占+whole): statistical wholes run long (占同期关区金属加工机床出口总量的90.3%,
    /// 占全部国家级经济开发区实际利用外资总额的52%); a clause break still ends one.
    /// </summary>
    private const int MaxShareWhole = 20;

    /// <summary>Longest extension of a name to its left.</summary>
    private const int MaxExtension = 14;
    private const int MaxCategory = 10;
    private const int MaxModifier = 6;

    /// <summary>Longest bracketed note inside or after the whole of a share (占住宅(含商品房)施工面积的); one is allowed.</summary>
    private const int MaxNote = 8;

    /// <summary>The mentions of [start, end) in text order.</summary>
    /// <param name="text">The width-folded text.</param>
    /// <param name="start">Sentence start.</param>
    /// <param name="end">Sentence end.</param>
    /// <param name="figureStarts">
    /// Where MONEY and PERCENT entities start, each with whether it is a PERCENT (a share ends right before a PERCENT, a freely
    /// formed name is followed by a figure).
    /// </param>
    /// <param name="entityEnds">Where entities end (an extension never crosses into one).</param>
    public List<IndicatorMention> Find(string text, int start, int end, IReadOnlyDictionary<int, bool> figureStarts, ISet<int> entityEnds)
    {
        var mentions = FindShares(text, start, end, figureStarts);
        AddOwnerships(text, start, end, mentions);
        var position = end;
        while (position > start)
        {
            if (!lexicon.MayEndNameOrHead(text[position - 1]))
            {
                position--;
                continue;
            }
            if (!lexicon.Names.TryLongestEndingAt(text, position, 2, out var nameStart, out var kind) || nameStart < start)
            {
                if (TryFreeName(text, start, position, end, figureStarts, entityEnds, out var free) && !Overlaps(mentions, free.Start, free.End))
                {
                    mentions.Add(free);
                    position = free.Start;
                    continue;
                }
                position--;
                continue;
            }
            if (Overlaps(mentions, nameStart, position) || IsBracketed(text, nameStart) || EndsFirmName(text, nameStart, position)
                || lexicon.QualifiedNouns.TryLongestStartingAt(text, position, out _, out _)
                || kind == IndicatorKind.Growth && lexicon.IsNameBefore(text, nameStart))
            {
                position = nameStart;
                continue;
            }
            var extended = SectorOverlapping(text, nameStart, position, start) ?? ExtendLeft(text, nameStart, start, entityEnds);
            mentions.Add(new IndicatorMention(extended, position, kind));
            position = extended;
        }
        AddCategories(text, start, end, entityEnds, mentions);
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    /// <summary>
    /// A modifier and a measure noun ending at <paramref name="position"/> (采购金额, 节减资金, 出口交货值), right before a
    /// figure or a change word: the modifier takes up to <see cref="MaxModifier"/> ideographs, and stops at an entity, a
    /// boundary (的, 完成), a pronoun, verb or preposition (其, 将在) or a change word.
    /// </summary>
    private bool TryFreeName(string text, int limit, int position, int end, IReadOnlyDictionary<int, bool> figureStarts, ISet<int> entityEnds, out IndicatorMention mention)
    {
        mention = default;
        // The head comes first: most positions end none, and that look-up rejects them on their last character alone.
        if (!lexicon.Heads.TryLongestEndingAt(text, position, 1, out var headStart, out var kind) || entityEnds.Contains(position) || headStart < limit) return false;
        // A topic frame names its quantity before the clauses that give its figures (从进口葡萄酒总额来看，…).
        var framed = TopicFrame.ClosesAt(lexicon, text, position);
        if (!framed && !IsFollowedByFigure(text, position, end, figureStarts, ComparedWith(text, limit, headStart))) return false;
        var modifierStart = headStart;
        while (modifierStart > limit && headStart - modifierStart < MaxModifier && CharClass.IsIdeograph(text[modifierStart - 1])
               && !entityEnds.Contains(modifierStart) && !EndsStopWord(text, modifierStart))
        {
            modifierStart--;
        }
        if (position - modifierStart < 2) return false;
        mention = new IndicatorMention(modifierStart, position, kind);
        return !framed || TopicFrame.IsFrame(lexicon, text, FigureAttacher.ClauseStart(text, limit, modifierStart), mention);
    }

    /// <summary>
    /// A boundary, a stop word or a change word ends at the position, and no word of a modifier ends there (节约: 资金节约率)
    /// or runs on across it from the stop word (项目, 个人, 用工, 家庭: 项目采购额, 个人所得税收入, 用工人数).
    /// </summary>
    private bool EndsStopWord(string text, int position) =>
        (lexicon.Boundaries.TryLongestEndingAt(text, position, 1, out _, out _) || lexicon.ModifierStops.TryLongestEndingAt(text, position, 1, out _, out _)
         || lexicon.Changes.TryLongestEndingAt(text, position, 2, out _, out _))
        && !lexicon.ModifierWords.TryLongestEndingAt(text, position, 2, out _, out _)
        && !(lexicon.ModifierWords.TryLongestStartingAt(text, position - 1, out var length, out _) && position - 1 + length > position);

    /// <summary>
    /// A figure, a count (146.34万户: a number that is no MONEY or PERCENT, whose change may follow), a change word, a change
    /// opening (同比) or a comparison with a change word in its clause (比前一周上涨3.4%) follows, after fillers (达, 为, 约) and
    /// 分别 (依次), which pairs a list's figures with its items (中兴和华为手机销量分别同比增长61%和34%).
    /// </summary>
    private bool IsFollowedByFigure(string text, int position, int end, IReadOnlyDictionary<int, bool> figureStarts, bool comparedWith)
    {
        while (position < end && lexicon.ChangeFillers.TryLongestStartingAt(text, position, out var length, out _)) position += length;
        if (Text.WordLists.FirstStartingWith(text.AsSpan(position, end - position), lexicon.Respective) is { } respective)
        {
            position += respective.Length;
            while (position < end && lexicon.ChangeFillers.TryLongestStartingAt(text, position, out var length, out _)) position += length;
        }
        while (position < end && text[position] == ' ') position++; // a layout space before the figure (采购金额 32亿元)
        if (position + 1 < end && text[position] is '，' or ',' && lexicon.Comparisons.TryLongestStartingAt(text, position + 1, out _, out _)) return true; // 劳动力成本，比去年至少增长20%
        if (!comparedWith && position < end && lexicon.Comparisons.TryLongestStartingAt(text, position, out _, out _) && ChangeInClause(text, position, end)) return true; // 批发价格比前一周上涨3.4%
        return position < end && (figureStarts.ContainsKey(position) || char.IsAsciiDigit(text[position]) || lexicon.Changes.TryLongestStartingAt(text, position, out _, out _)
                                  || lexicon.ChangeOpenings.TryLongestStartingAt(text, position, out _, out _));
    }

    /// <summary>
    /// 与 or 跟 stands in the clause before <paramref name="nameStart"/> (中标产品价格与国家零售指导价相比…): a name there is what the
    /// figure is compared with, and a comparison word after it closes that phrase.
    /// </summary>
    private static bool ComparedWith(string text, int limit, int nameStart)
    {
        for (var i = nameStart - 1; i >= limit && !SentenceSplitter.IsClauseBreak(text[i]); i--)
        {
            if (text[i] is '与' or '跟') return true;
        }
        return false;
    }

    /// <summary>A change word stands in the clause from <paramref name="position"/> on (…比前一周上涨3.4%).</summary>
    private bool ChangeInClause(string text, int position, int end)
    {
        for (var i = position; i < end && !SentenceSplitter.IsClauseBreak(text[i]); i++)
        {
            if (lexicon.Changes.TryLongestStartingAt(text, i, out _, out _)) return true;
        }
        return false;
    }

    /// <summary>A run of ideographs ending in a category ending (食品类), then link words (价格, 同比), then a change word.</summary>
    private void AddCategories(string text, int start, int end, ISet<int> entityEnds, List<IndicatorMention> mentions)
    {
        foreach (var ending in lexicon.CategoryEndings)
        {
            for (var at = text.IndexOf(ending, start, end - start, StringComparison.Ordinal); at >= 0; at = NextIndex(text, ending, at + ending.Length, end))
            {
                var categoryEnd = at + ending.Length;
                if (!IsFollowedByChange(text, categoryEnd, end)) continue;
                var categoryStart = at;
                while (categoryStart > start && categoryEnd - categoryStart < MaxCategory && CharClass.IsIdeograph(text[categoryStart - 1])
                       && !entityEnds.Contains(categoryStart) && !lexicon.Boundaries.TryLongestEndingAt(text, categoryStart, 1, out _, out _))
                {
                    categoryStart--;
                }
                if (categoryStart < at && !Overlaps(mentions, categoryStart, categoryEnd)) mentions.Add(new IndicatorMention(categoryStart, categoryEnd, IndicatorKind.Amount));
            }
        }
    }

    private bool IsFollowedByChange(string text, int position, int end)
    {
        var skipped = true;
        while (skipped)
        {
            skipped = false;
            foreach (var link in lexicon.CategoryLinks)
            {
                if (!text.AsSpan(position, end - position).StartsWith(link, StringComparison.Ordinal)) continue;
                position += link.Length;
                skipped = true;
            }
        }
        return position < end && lexicon.Changes.TryLongestStartingAt(text, position, out _, out _);
    }

    private static int NextIndex(string text, string value, int from, int end) =>
        from < end ? text.IndexOf(value, from, end - from, StringComparison.Ordinal) : -1;

    /// <summary>
    /// 占 + a whole of ideographs (and Latin letters: 占GDP) + optional 的, right before a percentage: the share is the indicator. The whole must name
    /// a quantity: 占有 (no whole) and 占全国/占到了全国 (a scope alone) make no share.
    /// </summary>
    private List<IndicatorMention> FindShares(string text, int start, int end, IReadOnlyDictionary<int, bool> figureStarts)
    {
        var shares = new List<IndicatorMention>();
        for (var i = text.IndexOf('占', start, end - start); i >= 0; i = i + 1 < end ? text.IndexOf('占', i + 1, end - i - 1) : -1)
        {
            // 占比 and the like are names of their own, not 占 + a whole.
            if (lexicon.Names.TryLongestStartingAt(text, i, out _, out _)) continue;
            var j = i + 1;
            var (noteStart, noteEnd, noteLength) = (-1, -1, 0);
            while (j < end && !IsPercentStart(figureStarts, j))
            {
                if (text[j] == ' ' && j + 1 < end && IsPercentStart(figureStarts, j + 1)) j++; // 占公司矿石总需求的 48%
                else if ((CharClass.IsIdeograph(text[j]) || char.IsAsciiLetter(text[j])) && j - i - noteLength <= MaxShareWhole) j++; // 占GDP的
                else if (noteLength == 0 && TryNote(text, j, end, out var close)) (noteStart, noteEnd, noteLength, j) = (j, close, close - j, close);
                else break;
            }
            if (j >= end || !IsPercentStart(figureStarts, j)) continue;
            if (ShareNounAfter(text, j, end) is { } noun)
            {
                shares.Add(noun);
                continue;
            }
            var wholeEnd = ShareEnd(text, i, noteEnd == j ? noteStart : j); // a note right before the figure (的（下同）65.9%) is no part of the whole
            while (text[wholeEnd - 1] == ' ') wholeEnd--;
            if (text[wholeEnd - 1] == '的') wholeEnd--;
            var whole = text.AsSpan(i + 1, wholeEnd - i - 1).TrimStart("到了");
            if (whole.Length >= 2 && !IsScope(whole)) shares.Add(new IndicatorMention(i, wholeEnd, IndicatorKind.Rate));
        }
        return shares;
    }

    /// <summary>
    /// The share noun written after the figure (占据全球智能机市场19.1%的份额; 占有…30%的市场份额): it names the share, and
    /// what stands between 占 and the figure is its whole.
    /// </summary>
    private IndicatorMention? ShareNounAfter(string text, int figure, int end)
    {
        var of = figure;
        while (of < end && (char.IsAsciiDigit(text[of]) || text[of] == '.')) of++;
        if (of + 2 >= end || text[of] is not ('%' or '％') || text[of + 1] != '的') return null;
        var nounStart = of + 2;
        if (lexicon.Names.TryLongestStartingAt(text, nounStart, out var length, out var kind) && kind == IndicatorKind.Rate)
        {
            return new IndicatorMention(nounStart, nounStart + length, kind);
        }
        var noun = Text.WordLists.FirstStartingWith(text.AsSpan(nounStart, end - nounStart), lexicon.ShareNouns);
        return noun is null ? null : new IndicatorMention(nounStart, nounStart + noun.Length, IndicatorKind.Rate);
    }

    /// <summary>
    /// Where a share ends: right after its share noun (占GDP的比重为36.1%, 占规上工业的比重达到了58.8%), else after the
    /// fillers before the figure are dropped (占出口总值达65%).
    /// </summary>
    private int ShareEnd(string text, int share, int end)
    {
        var best = -1;
        foreach (var noun in lexicon.ShareNouns)
        {
            var at = text.AsSpan(share, end - share).LastIndexOf(noun, StringComparison.Ordinal);
            if (at >= 0) best = Math.Max(best, share + at + noun.Length);
        }
        if (best > 0) return best;
        while (end > share + 1 && lexicon.ChangeFillers.TryLongestEndingAt(text, end, 1, out var fillerStart, out _) && fillerStart > share + 1) end = fillerStart;
        return end;
    }

    /// <summary>A bracketed note of a few characters at <paramref name="open"/> ((含商品房), （下同）); <paramref name="end"/> is past its closing bracket.</summary>
    private static bool TryNote(string text, int open, int limit, out int end)
    {
        end = -1;
        if (text[open] is not ('(' or '（')) return false;
        for (var i = open + 1; i < limit && i - open <= MaxNote; i++)
        {
            if (text[i] is not (')' or '）')) continue;
            end = i + 1;
            return true;
        }
        return false;
    }

    private static bool IsPercentStart(IReadOnlyDictionary<int, bool> figureStarts, int position) =>
        figureStarts.TryGetValue(position, out var isPercent) && isPercent;

    private bool IsScope(ReadOnlySpan<char> whole)
    {
        foreach (var scope in lexicon.Scopes)
        {
            if (whole.SequenceEqual(scope)) return true;
        }
        return false;
    }

    /// <summary>
    /// The start of a name of the industrial classification that ends inside the name [nameStart, nameEnd) and starts before
    /// it (黑色金属冶炼和压延加|工业投资: the division 黑色金属冶炼和压延加工业 and its 投资), or null.
    /// </summary>
    private int? SectorOverlapping(string text, int nameStart, int nameEnd, int limit)
    {
        for (var end = nameEnd - 1; end > nameStart; end--)
        {
            if (lexicon.SectorNames.TryLongestEndingAt(text, end, 1, out var sectorStart, out _) && sectorStart < nameStart && sectorStart >= limit) return sectorStart;
        }
        return null;
    }

    /// <summary>The suffix all kinds of enterprise of the breakdown by economic type end with.</summary>
    private const string Enterprise = "企业";

    /// <summary>
    /// A kind of enterprise of the breakdown by economic type right before a change word (；股份制企业增长34.2%) is the
    /// indicator, and the names inside it (股份, 投资 of 外商及港澳台商投资企业) are none.
    /// </summary>
    private void AddOwnerships(string text, int start, int end, List<IndicatorMention> mentions)
    {
        for (var at = text.IndexOf(Enterprise, start, end - start, StringComparison.Ordinal); at >= 0; at = NextIndex(text, Enterprise, at + Enterprise.Length, end))
        {
            var ownershipEnd = at + Enterprise.Length;
            // 国有控股企业增加值同比增长…: the 增加 of a name that follows is no change word.
            if (lexicon.Ownerships.TryLongestEndingAt(text, ownershipEnd, 1, out var ownershipStart, out _) && ownershipStart >= start && IsFollowedByChange(text, ownershipEnd, end)
                && !lexicon.Names.TryLongestStartingAt(text, ownershipEnd, out _, out _) && !Overlaps(mentions, ownershipStart, ownershipEnd))
                mentions.Add(new IndicatorMention(ownershipStart, ownershipEnd, IndicatorKind.Amount));
        }
    }

    private int ExtendLeft(string text, int nameStart, int limit, ISet<int> entityEnds)
    {
        var position = nameStart;
        while (position > limit && !entityEnds.Contains(position))
        {
            // 国有控股企业增加值: a kind of enterprise qualifies the name, though 企业 is no sector.
            if (lexicon.Ownerships.TryLongestEndingAt(text, position, 1, out var ownershipStart, out _) && ownershipStart >= limit) return ownershipStart;
            if (lexicon.Qualifiers.TryLongestEndingAt(text, position, 1, out var qualifierStart, out _) && qualifierStart >= limit
                && !EndsAnaphor(text, position, limit))
            {
                position = qualifierStart;
                continue;
            }
            if (!lexicon.IsSectorEnd(text, position)) break;
            // A name of the industrial classification holds 、 (交通运输、仓储和邮政业增加值): it is one sector, however long.
            if (lexicon.SectorNames.TryLongestEndingAt(text, position, 1, out var sectorStart, out _) && sectorStart >= limit && !entityEnds.Contains(sectorStart)) return sectorStart;
            return ExtendOverSector(text, position, Math.Max(limit, nameStart - MaxExtension), entityEnds);
        }
        return position;
    }

    /// <summary>
    /// The name is the 股份 of a firm's name (宝钢股份, 天风证券股份有限公司), not a stake: it follows an ideograph that is no
    /// holding verb (持有, 增持) or 的.
    /// </summary>
    private bool EndsFirmName(string text, int nameStart, int nameEnd)
    {
        if (nameStart == 0 || !CharClass.IsIdeograph(text[nameStart - 1]) || !lexicon.FirmNameParts.Contains(text.AsSpan(nameStart, nameEnd - nameStart))) return false;
        return !lexicon.HoldingWords.TryLongestEndingAt(text, nameStart, 1, out _, out _);
    }

    /// <summary>An anaphor ends at <paramref name="position"/>: the 项目 of 该项目总投资 refers back, it does not qualify.</summary>
    private bool EndsAnaphor(string text, int position, int limit)
    {
        foreach (var anaphor in lexicon.Anaphors)
        {
            if (position - anaphor.Length >= limit && text.AsSpan(position - anaphor.Length, anaphor.Length).SequenceEqual(anaphor)) return true;
        }
        return false;
    }

    /// <summary>Takes ideographs to the left until an entity, a boundary word (完成, 其中, 的) or the limit.</summary>
    private int ExtendOverSector(string text, int position, int limit, ISet<int> entityEnds)
    {
        while (position > limit && CharClass.IsIdeograph(text[position - 1]) && !entityEnds.Contains(position)
               && !lexicon.Boundaries.TryLongestEndingAt(text, position, 1, out _, out _))
        {
            position--;
        }
        return position;
    }

    private static bool Overlaps(List<IndicatorMention> mentions, int start, int end)
    {
        foreach (var mention in mentions)
        {
            if (mention.Start < end && start < mention.End) return true;
        }
        return false;
    }

    private static bool IsBracketed(string text, int start) => start > 0 && text[start - 1] is '(' or '（';
}
