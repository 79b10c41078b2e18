using System.Runtime.CompilerServices;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY by the head of the name: a legal form (重庆中科超容科技有限公司) or an industry word that closes a
/// short name (推想科技, 植恩药业, 东创精密), after a name-like prefix (<see cref="NamePrefix"/>). An industry
/// word followed by a word that makes it a field (科技企业, 电子信息) is not a company head. A legal form may
/// follow an industry word (蓝海科技集团: the brand is 蓝海) and a place in brackets (信达制药(苏州)有限公司, the
/// form of a registered branch or subsidiary).
/// </summary>
internal sealed class CompanySuffixRecognizer(NameResources names, NameLexicon? listedCompanies = null) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanySuffix;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        var suffixes = names.Lexicons.CompanyHeads;
        var tokens = document.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var end = FirmOfficeEnd(text, tokens[k]);
            AddBureauEndingAt(document, end, candidates);
            if (EngineeringBureau.GluedEnd(text, tokens[k].Start, tokens[k].End) is var gluedBureauEnd and >= 0)
                AddBureauEndingAt(document, gluedBureauEnd, candidates);
            if (!suffixes.TryLongestEndingAt(text, end, 2, out var headStart, out _)) continue;
            // jieba may glue the start of a legal form to the name (科技股份|有限公司): then the form is the last word
            var gluedFormStart = -1;
            if (!words.IsBoundary(headStart) && headStart < tokens[k].Start && IsLegalForm(tokens[k].Text))
                (gluedFormStart, headStart) = (headStart, tokens[k].Start);
            // jieba may glue an industry word to the form (武汉|钢铁集团, 上海|医药集团): both are the head, the name is before them
            if (!words.IsBoundary(headStart) && IsIndustryThenForm(tokens[k].Text, headStart - tokens[k].Start)) headStart = tokens[k].Start;
            var head = text.AsSpan(headStart, end - headStart);
            if (!words.IsBoundary(headStart))
            {
                // jieba kept a short name whole (华为公司, 长安汽车): the word is the name when its brand part is a brand and the
                // word is no set phrase (家用电器, 150 times, a noun)
                var word = tokens[k];
                if (IsRareTradeFirmWord(word.Text, headStart - word.Start) && PlaceStartBefore(document, words, word.Start) is var place and >= 0)
                    candidates.Add(new CompanyEntity(place, end - place, document.Slice(place, end - place)));
                else if (headStart - word.Start >= 2 && NamePrefix.IsNameMaterial(word.Text) && IsBrand(document, words, word.Start, headStart, wholeWord: true)
                    && !names.Prefix.IsGeneric(text.AsSpan(word.Start, headStart - word.Start)) && !names.Common.IsFrequentPhrase(word.Text))
                    candidates.Add(new CompanyEntity(word.Start, word.Length, document.Slice(word.Start, word.Length)));
                else if (headStart - word.Start == 1 && !IsLegalForm(head) && IsRareProperWord(word.Text)
                         && WithLoneCharacterBefore(text, words, word.Start) is var lone and >= 0)
                    candidates.Add(new CompanyEntity(lone, end - lone, document.Slice(lone, end - lone)));
                continue;
            }
            var legal = IsLegalForm(head);
            // a sector word after the head makes it a field too (太阳能|光伏 of 合肥太阳能光伏产业)
            if (!legal && k + 1 < tokens.Count && (names.Lexicons.CompanyFieldWords.Contains(tokens[k + 1].Text)
                || names.Lexicons.CompanySectorHeads.Contains(tokens[k + 1].Text))) continue;
            var nameEnd = legal ? BeforeBracketedPlace(text, headStart) : headStart;
            var tradeNameEnd = legal ? BeforeBusinessWords(text, words, nameEnd, gluedFormStart) : nameEnd;
            var walkFrom = legal ? CompanyTradeNameAnd.WalkFrom(text, words, names.Prefix, tradeNameEnd) : nameEnd;
            var start = legal
                ? names.Prefix.FindStart(document, words, walkFrom, maxWords: 6, maxLength: 16)
                : names.Prefix.FindStart(document, words, nameEnd, maxWords: 2, maxLength: 5);
            if (start < 0 && walkFrom < tradeNameEnd) start = walkFrom; // 收购|盛|和|发展有限公司: the run and 和 are the trade name
            if (start >= 0) start = AfterVerb(text, words, start, tradeNameEnd, nameEnd);
            if (start >= 0) start = AfterGluedPreposition(text, words, start, nameEnd);
            if (start >= 0) start = AfterLoneBy(text, words, start, nameEnd);
            if (start >= 0) start = AfterGluedExcept(text, words, start, end);
            if (start >= 0 && legal) start = FromOpeningPlace(text, words, start, tradeNameEnd);
            if (start >= 0) start = WithPlaceAndOpeningCharacter(text, words, start);
            if (start >= 0 && !head.SequenceEqual(BareCompany)) start = WithLoneOpeningOfTradeName(text, words, start, tradeNameEnd);
            if (start >= 0 && (start = PointNumber.After(text, start)) >= nameEnd) continue; // 二是|公司: the point's number opens the sentence
            if (start >= 0 && CompanyRiskWarningName.IsPrefixOnly(text.AsSpan(start, nameEnd - start))) continue; // ST公司: the class of warned firms
            // a province's or city's group is named by its trades, with no brand (甘肃省|公路|航空|旅游|投资|集团, 云南省|投资|控股集团)
            if (head.EndsWith(Group) && PlaceTradeGroup.Start(names, text, words, nameEnd) is var group and >= 0) start = group;
            // a bare 公司 / 集团 or an industry word needs a brand before it (劳务公司, 科技企业 are kinds, not firms)
            else if (start < 0 || (!IsFullLegalForm(head) && !IsBrand(document, words, start, BrandEnd(text, words, start, nameEnd, legal)))) continue;
            if (!IsFullLegalForm(head) && IsTradeNoun(text, words, start, BrandEnd(text, words, start, nameEnd, legal))) continue;
            // 局|三公司 after 中铁十三: the bureau's numbered company, no brand of its own; the bureau is the name found
            if (EngineeringBureau.GluedEnd(text, start, words.WordEnd(start, nameEnd)) is var bureauEnd and >= 0
                && EngineeringBureau.StartEndingAt(text, bureauEnd) >= 0) continue;
            if (!legal && (IsAdministrativePlaceOnly(text, start, nameEnd) || IsSectorOfPlace(text, start, nameEnd, head)
                || IsPlaceIndustryBeforeField(document, k, start, nameEnd, end))) continue;
            if (!IsFullLegalForm(head) && IsCountedAfter(text, words, start)) continue;
            if (head.SequenceEqual(Shares) && !IsShareNameBrand(text, words, start, nameEnd)) continue;
            if (head.SequenceEqual(BareCompany) && IsOneVerb(text, words, start, nameEnd)) continue;
            if (names.Lexicons.IsFuturesContract(text[start..end], names.AllPlaces.All)) continue; // 螺纹钢期货: the contract, not a firm
            candidates.Add(new CompanyEntity(start, end - start, document.Slice(start, end - start)));
        }
    }

    /// <summary>
    /// The part before a short head is one ordinary noun of jieba's (tag n) that no firms' list gives as a name of its own
    /// (家装|公司, 炊具|科技, 特钢|公司): a trade or a kind of goods, not a brand (格力, 茅台 of the lists stay).
    /// </summary>
    private bool IsTradeNoun(string text, TokenBoundaries words, int start, int end)
    {
        if (end - start < 2 || words.WordEnd(start, end) != end) return false;
        var word = text.AsSpan(start, end - start);
        return names.Common.IsCommonNoun(word)
            && !(listedCompanies is not null && listedCompanies.Forms.TryLongestStartingAt(text[start..end], 0, out var length, out _) && length == end - start);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)] // asked for every word
    private static void AddBureauEndingAt(Document document, int end, List<Entity> candidates)
    {
        if (EngineeringBureau.StartEndingAt(document.Text, end) is var bureau and >= 0 && document.Words.IsBoundary(bureau))
            candidates.Add(new CompanyEntity(bureau, end - bureau, document.Slice(bureau, end - bureau)));
    }

    /// <summary>
    /// Where the word ends, or where 事务所 ends when jieba glued it to the next word (鼎泰|律师|事务所律师|杨功涵: a law firm's
    /// name before one of its lawyers), so that the partnership form (律师事务所) closes the name there.
    /// </summary>
    private static int FirmOfficeEnd(string text, Token token) =>
        token.Length > Office.Length && text.AsSpan(token.Start).StartsWith(Office) ? token.Start + Office.Length : token.End;

    private const string Office = "事务所";

    /// <summary>
    /// Before an industry word, every word must be a place or a rare word (a brand), not vocabulary: a word jieba counts
    /// fewer than 50 times (华润 29, unknown 瑞智; not 博彩 63 of 博彩公司, 内生 127 of 内生动力), a figure's name of jieba's nrt
    /// class counted fewer than 300 times (哪吒 98 of 哪吒汽车; its nr class holds verbs too, 晋级 238), or a verb counted fewer than
    /// 300 times (推想 174 of 推想科技: brands that jieba tags as verbs), before a head that the exchange short names show after
    /// such a brand (<see cref="NameLexicons.VerbBrandHeads"/>: 科技, 电子, 股份; not 汽车 of 扣押|汽车 or 机械 of 起重|机械).
    /// Runs of single characters are one unknown word that jieba cut apart (炬/芯 → 炬芯) and are judged together.
    /// </summary>
    private bool IsBrand(Document document, TokenBoundaries words, int start, int end, bool wholeWord = false)
    {
        var verbsAllowed = names.Lexicons.VerbBrandHeads.TryLongestStartingAt(document.Text, end, out _, out _);
        if (wholeWord)
        {
            var brand = document.Text.AsSpan(start, end - start);
            return !names.Common.IsCommon(brand) && (verbsAllowed || !names.Common.IsVerb(brand));
        }
        var runEnd = end;
        var brandEnd = end;
        while (end > start)
        {
            var wordStart = Math.Max(start, words.StartOfWordEndingAt(end) is var s && s >= 0 ? s : end - 1);
            var single = end - wordStart == 1;
            if (!single || wordStart == start)
            {
                // close the pending run of single characters (if any), then judge this word on its own
                var runStart = single ? wordStart : end;
                if (runEnd > runStart && !IsBrandWord(document.Text[runStart..runEnd], verbsAllowed)) return false;
                if (!single && !IsBrandWord(document.Text[wordStart..end], verbsAllowed)
                    && !(wordStart == start && end < brandEnd && IsOpeningCountyPlace(document.Text.AsSpan(wordStart, end - wordStart)))) return false;
                runEnd = wordStart;
            }
            end = wordStart;
        }
        return true;
    }

    /// <summary>
    /// jieba may glue the second character of an unknown two-character brand to the industry word (胜|华科技 for 胜华科技:
    /// 华科技 is a rare proper noun of its dictionary, see <see cref="IsRareProperWord"/>) and leave the first one alone,
    /// often a frequent verb (胜). That lone character opens the brand when nothing but punctuation, the start of the text
    /// or a place stands before it (日前，胜华科技; 台湾胜华科技); a longer word before it (获胜|华科技), a stop word
    /// (在|华科技), a numeral or a counter after digits (3家|华科技) does not. Returns its position, or -1.
    /// </summary>
    private int WithLoneCharacterBefore(string text, TokenBoundaries words, int wordStart)
    {
        if (wordStart < 1 || words.StartOfWordEndingAt(wordStart) != wordStart - 1) return -1;
        var lone = wordStart - 1;
        var character = text.AsSpan(lone, 1);
        if (!Text.CharClass.IsIdeograph(text[lone]) || names.Prefix.IsStopWord(character) || names.Prefix.IsQuantity(character)
            || names.Prefix.IsCounterAfterDigits(text, lone)) return -1;
        if (lone == 0 || !Text.CharClass.IsIdeograph(text[lone - 1])) return lone;
        var placeStart = words.StartOfWordEndingAt(lone);
        return placeStart >= 0 && names.Common.IsPlaceName(text.AsSpan(placeStart, lone - placeStart)) ? lone : -1;
    }

    /// <summary>
    /// A word of jieba's made of a trade and 公司 (燃气公司 3, 公交公司, 煤气公司 3: a noun the dictionary tags n, then 公司) that the
    /// dictionary counts fewer than 50 times: after a city or province it is that place's firm of the trade, as a registered
    /// name puts the place before the trade (北京燃气公司, 杭州公交公司). A set phrase names a kind wherever it stands (跨国公司 438,
    /// 猎头公司 155, 保险公司 147), and a legal form (股份公司, 集团公司) is no trade.
    /// </summary>
    private bool IsRareTradeFirmWord(string word, int formStart) =>
        formStart >= 2 && word.AsSpan(formStart).SequenceEqual(BareCompany) && names.Common.Frequency(word) < CommonWords.PhraseThreshold
        && names.Common.IsCommonNoun(word.AsSpan(0, formStart)) && !IsLegalForm(word);

    /// <summary>
    /// Where the city or province (a word of the province and prefecture list: 北京, 杭州市) ending at <paramref name="end"/>
    /// starts, or -1; also -1 when name-like words stand before the place, whose firm it then is (国网|浙江|电力公司).
    /// </summary>
    private int PlaceStartBefore(Document document, TokenBoundaries words, int end)
    {
        var start = words.StartOfWordEndingAt(end);
        return start >= 0 && end - start >= 2 && names.Places.All.Contains(document.Text.AsSpan(start, end - start))
            && names.Prefix.FindStart(document, words, start) < 0 ? start : -1;
    }

    /// <summary>
    /// A numeral with a counter of firms or kinds right before the name (几大|租车公司, 一家|物业管理公司, 三家|风险投资公司, 80家):
    /// what follows is counted, a kind of firm, for a firm's own name is not counted. Counters of time (2009年|内蒙古高路公司)
    /// date the sentence instead, and a registered name with its full legal form stays.
    /// </summary>
    private bool IsCountedAfter(string text, TokenBoundaries words, int start)
    {
        if (start < 2 || !FirmCounters.Contains(text[start - 1])) return false;
        if (char.IsAsciiDigit(text[start - 2])) return true;
        for (var length = 2; length <= MaxQuantityLength && start - length >= 0; length++)
            if (words.IsBoundary(start - length) && names.Prefix.IsQuantity(text.AsSpan(start - length, length))) return true;
        return false;
    }

    private const string FirmCounters = "家大些类种批";

    private const int MaxQuantityLength = 3; // 几大, 十几家

    /// <summary>
    /// A word jieba tags as a proper noun but counts fewer than 100 times (华科技 3, 龙光电 3, 华微电子 80): a relic of a
    /// firm's name in its source texts, not vocabulary (高科技 173, 劳动力 and 子公司 are no proper nouns).
    /// </summary>
    private bool IsRareProperWord(string word) => names.Common.IsProperNoun(word) && names.Common.Frequency(word) < RareProperWord;

    private const int RareProperWord = 100;

    /// <summary>
    /// A verb of two or more characters in the trade-name part of the prefix (before <paramref name="tradeNameEnd"/>: the
    /// business words of a registered name, 开发 of 星澜开发集团, stay), with name material of two or more characters after
    /// it, is the sentence's verb, not the brand: it opens the prefix (认购|TCL集团, 专供|华星光电) or follows a word the walk
    /// back took with it (全额|认购|华安证券股份有限公司). A verb alone before the head stays (联想集团, 推想科技: brands
    /// that jieba tags as verbs), and so does a rare verb right before the business words (台湾|连发|光电科技有限公司: 连发,
    /// counted 178 times, is the brand, since a registered name puts a trade name before its business words).
    /// jieba also glues a frequent verb to the noun or adverb before it (资金投入 of 调集大量|资金投入|世纪晶源科技有限公司): such a
    /// word ends the clause too, and right before the head it leaves no name (不断完善|电子: -1).
    /// </summary>
    private int AfterVerb(string text, TokenBoundaries words, int start, int tradeNameEnd, int nameEnd)
    {
        for (var wordStart = start; wordStart < tradeNameEnd;)
        {
            var wordEnd = words.WordEnd(wordStart, tradeNameEnd);
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            var verb = wordEnd - wordStart >= 2 && names.Common.IsVerb(word)
                && !(names.Common.Frequency(word) < CommonWords.Threshold && IsBusinessPart(text, wordEnd, nameEnd));
            var gluedVerb = EndsInGluedVerb(word);
            if (gluedVerb && wordEnd == nameEnd) return -1; // 不断完善|电子: the clause's verb before its object, no brand at all
            if ((verb || gluedVerb) && nameEnd - wordEnd >= 2 && NamePrefix.IsNameMaterial(text.AsSpan(wordEnd, nameEnd - wordEnd)))
                return wordEnd;
            wordStart = wordEnd;
        }
        return start;
    }

    /// <summary>
    /// jieba reads 从 (from) and the 中 that opens a firm's name (中铝, 中粮) as its adverb 从中 (from within: 记者|从中|铝|稀土|有限公司,
    /// 从中|粮|集团), and the walk back takes it with the words before it: the name starts at 中.
    /// </summary>
    private static int AfterGluedPreposition(string text, TokenBoundaries words, int start, int nameEnd)
    {
        for (var wordStart = start; wordStart < nameEnd;)
        {
            var wordEnd = words.WordEnd(wordStart, nameEnd);
            if (wordEnd < nameEnd && text.AsSpan(wordStart, wordEnd - wordStart).SequenceEqual(FromWithin)) return wordStart + 1;
            wordStart = wordEnd;
        }
        return start;
    }

    private const string FromWithin = "从中";

    /// <summary>
    /// 经 alone before a firm is the preposition of approval and agency (经国电南瑞科技股份有限公司同意, 经公司董事会审议: by, upon),
    /// which announcements open clauses with; the walk back takes it where jieba cuts it alone. The name starts after it; a brand
    /// that opens with 经 is a word jieba keeps whole (经纬).
    /// </summary>
    private static int AfterLoneBy(string text, TokenBoundaries words, int start, int nameEnd) =>
        text[start] == By && start + 1 < nameEnd - 1 && words.IsBoundary(start + 1) ? start + 1 : start;

    private const char By = '经';

    /// <summary>Marks that close a clause, after which a trade name may open (not quotation marks: “…”等|硬|软件).</summary>
    private const string ClauseBreaks = "，,。；;：:！!？?、\n";

    /// <summary>
    /// 除 (except) frames what it leaves out with 外, 以外 or 之外 after it (除万辰生物外), and jieba glues it to an unknown
    /// brand (除万辰|生物): when the walk back took such a word and the frame closes right after the name, the name starts
    /// after 除. 除了 is a word of its own, and a 除 inside a word the dictionary knows (除尘) is left alone.
    /// </summary>
    private int AfterGluedExcept(string text, TokenBoundaries words, int start, int end)
    {
        if (text[start] != Except) return start;
        var wordEnd = words.WordEnd(start, end);
        if (wordEnd - start < 2 || names.Common.Frequency(text.AsSpan(start, wordEnd - start)) > 0) return start;
        var after = text.AsSpan(end);
        foreach (var close in ExceptCloses)
            if (after.StartsWith(close)) return start + 1;
        return start;
    }

    private const char Except = '除';

    private static readonly string[] ExceptCloses = ["外", "以外", "之外"];

    /// <summary>
    /// A registered name opens with its administrative division (企业名称登记管理规定: 行政区划、字号、行业、组织形式), so common
    /// vocabulary that the walk back took before a place is the sentence's (联系|山东|泰安京日丸善食品工业有限公司, 联系 a noun to
    /// jieba, counted 9,767 times): the name starts at the place when every word before it is a frequent word that jieba
    /// tags as no proper noun, and a trade name follows the place (a firm's name and a place right before the form name a
    /// branch: 联邦家具北京公司, 沿海铁路浙江有限公司).
    /// </summary>
    private int FromOpeningPlace(string text, TokenBoundaries words, int start, int tradeNameEnd)
    {
        for (var wordStart = start; wordStart < tradeNameEnd;)
        {
            var wordEnd = words.WordEnd(wordStart, tradeNameEnd);
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (wordStart > start && names.Places.All.Contains(word)) return wordEnd < tradeNameEnd ? wordStart : start; // 联邦家具|北京|公司: a branch's place
            if (!names.Common.IsCommonNonProperWord(word)) return start;
            wordStart = wordEnd;
        }
        return start;
    }

    /// <summary>True when the text from <paramref name="start"/> to <paramref name="end"/> is only industry and business words (电子科技, 光电|科技).</summary>
    private bool IsBusinessPart(string text, int start, int end)
    {
        if (start >= end) return false;
        while (start < end)
        {
            var length = 0;
            if (names.Lexicons.CompanySuffixes.TryLongestStartingAt(text, start, out var suffix, out _)) length = suffix;
            if (names.Lexicons.CompanyBusinessWords.TryLongestStartingAt(text, start, out var business, out _)) length = Math.Max(length, business);
            if (length == 0 || start + length > end) return false;
            start += length;
        }
        return true;
    }

    /// <summary>
    /// A dictionary noun of four characters or more that ends in a frequent two-character verb (资金投入, counted 3 times): jieba's
    /// phrase for a noun and its verb, not a brand (brands are rare or unknown words).
    /// </summary>
    private bool EndsInGluedVerb(ReadOnlySpan<char> word) =>
        word.Length >= 4 && names.Common.Frequency(word) > 0 && !names.Common.IsProperNoun(word)
        && names.Common.IsVerb(word[^2..]) && names.Common.IsCommon(word[^2..]);

    /// <summary>
    /// A trade name has two ideographs or more (企业名称登记管理规定: 字号应当由两个以上汉字组成). When the walk back kept one
    /// lone ideograph before the business words (上|银|基金管理有限公司: 上 ends a name everywhere else) and another lone
    /// ideograph opens the clause before it, that character is the trade name's first: 上银基金. Not before a bare 公司,
    /// where the two characters are rather the clause's adverb and verb (只|占|公司矿石总需求).
    /// </summary>
    private static int WithLoneOpeningOfTradeName(string text, TokenBoundaries words, int start, int tradeNameEnd)
    {
        if (tradeNameEnd - start != 1 || start < 1 || words.StartOfWordEndingAt(start) != start - 1) return start;
        var opensClause = start == 1 || ClauseBreaks.Contains(text[start - 2]);
        return opensClause && CharClass.IsIdeograph(text[start - 1]) && CharClass.IsIdeograph(text[start]) ? start - 1 : start;
    }

    /// <summary>
    /// A brand may open with 新 or 同 (新恒基, 同升), which end a name everywhere else (新 of 新建, 同 of 同比): jieba leaves
    /// the character alone when it does not know the brand. Between a place and the walk's start it belongs to the name
    /// (香港|新|恒基|集团, 湖南|同|升|酒业有限责任公司), and so does the place, as in every registered name that opens with one.
    /// </summary>
    private int WithPlaceAndOpeningCharacter(string text, TokenBoundaries words, int start)
    {
        if (start < 3 || words.StartOfWordEndingAt(start) != start - 1 || !BrandOpeners.Contains(text[start - 1])) return start;
        var placeStart = words.StartOfWordEndingAt(start - 1);
        return placeStart >= 0 && start - 1 - placeStart >= 2 && names.Places.All.Contains(text.AsSpan(placeStart, start - 1 - placeStart))
            ? placeStart : start;
    }

    private const string BrandOpeners = "新同";

    /// <summary>
    /// Where the trade name before a legal form ends: before the business words and industry words that the registered name
    /// puts in front of the form (中联重工|科技发展|股份有限公司, 安达大件|吊装运输|有限责任公司), also the sector words of the short
    /// names (携程|旅游|信息技术|(上海)有限公司). These are often verbs to jieba (发展, 制造, 旅游), which end a name everywhere else. When jieba glued the start of the form to the word before it
    /// (<paramref name="gluedFormStart"/>: 开发|集团股份|有限公司), that word is judged by its part before the form (集团).
    /// </summary>
    private int BeforeBusinessWords(string text, TokenBoundaries words, int formStart, int gluedFormStart)
    {
        var end = formStart;
        for (var taken = 0; taken < MaxBusinessWords && end > 0; taken++)
        {
            var wordStart = words.StartOfWordEndingAt(end);
            if (wordStart < 0) break;
            var wordEnd = taken == 0 && gluedFormStart > wordStart && gluedFormStart < end ? gluedFormStart : end;
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (!names.Lexicons.CompanyBusinessWords.Contains(word) && !names.Lexicons.CompanySuffixes.Contains(word)
                && !names.Lexicons.CompanySectorHeads.Contains(word))
            {
                // an industry word that jieba cut in two (新|材料 of 斯玛特新材料技术有限公司): 新 would end the name
                if (wordEnd != end || !names.Lexicons.CompanySuffixes.TryLongestEndingAt(text, end, 3, out var industryStart, out _)
                    || industryStart >= wordStart || !words.IsBoundary(industryStart)) break;
                wordStart = industryStart;
            }
            end = wordStart;
        }
        return end;
    }

    private const int MaxBusinessWords = 3;

    /// <summary>The longest business part between a bracketed place and the legal form, in characters (炼化, 投资, 汽车销售).</summary>
    private const int MaxBusinessPart = 6;

    /// <summary>
    /// Where the name before a legal form ends: before a bracketed place in front of it ((苏州)有限公司), also when the business
    /// part of the registered name follows the bracket (恒力石化(大连)炼化有限公司, 大众汽车(中国)投资有限公司), else at the form.
    /// </summary>
    private int BeforeBracketedPlace(string text, int formStart)
    {
        var close = formStart - 1;
        while (close > formStart - 1 - MaxBusinessPart && close > 0 && Text.CharClass.IsIdeograph(text[close])) close--;
        if (close < 3 || text[close] != ')') return formStart;
        var open = text.LastIndexOf('(', close - 1, Math.Min(close, 8));
        if (open <= 0) return formStart;
        var place = text.AsSpan(open + 1, close - 1 - open);
        // (中国) is the usual bracket of a foreign firm's Chinese subsidiary; the place list holds provinces and cities; (集团) and
        // (控股) are the group's bracket of the registered form (华润（集团）有限公司)
        return (names.Places.All.Contains(place) || place is "中国" or "集团" or "控股") ? open : formStart;
    }

    /// <summary>
    /// Where the brand before a short legal form (集团, 公司) ends: before an industry word that the form follows
    /// (蓝海科技集团 → 蓝海), so that the industry word is not judged as the brand's vocabulary.
    /// </summary>
    private int BrandEnd(string text, TokenBoundaries words, int start, int end, bool legal)
    {
        if (!legal || !names.Lexicons.CompanySuffixes.TryLongestEndingAt(text, end, 2, out var industryStart, out _)) return end;
        return industryStart > start && words.IsBoundary(industryStart) && !IsLegalForm(text.AsSpan(industryStart, end - industryStart)) ? industryStart : end;
    }

    /// <summary>
    /// A place written with its administrative level (江西省, 郑州市) and an industry word names the trade of a territory
    /// (江西省银行, 郑州市地产), not a firm: a firm's name drops the level (江苏银行, 郑州地产) or has a trade name after it.
    /// </summary>
    private bool IsAdministrativePlaceOnly(string text, int start, int end) =>
        end - start >= 3 && names.Places.IsAdministrativeSuffix(text[end - 1]) && names.AllPlaces.All.Contains(text.AsSpan(start, end - start));

    /// <summary>
    /// A sector head needs a brand that jieba does not know, or a proper noun that is no place (海润|光伏, 晶澳|太阳能): after a
    /// place it is the place's industry (合肥|光伏), after other words the sector itself (今年早些时候|太阳能); inside a listed firm's
    /// longer form it is no head at all.
    /// </summary>
    private bool IsSectorOfPlace(string text, int start, int end, ReadOnlySpan<char> head)
    {
        if (!names.Lexicons.CompanySectorHeads.Contains(head)) return false;
        if (CutsListedName(text, start, end + head.Length)) return true;
        var brand = text.AsSpan(start, end - start);
        if (names.AllPlaces.All.Contains(brand) || names.Common.IsPlaceName(brand)) return true;
        return !names.Common.IsProperNoun(brand) && names.Common.Frequency(brand) > 0;
    }

    /// <summary>
    /// True when a listed firm's form starts with the brand and runs on past the sector head: the head is inside that name, not
    /// its end (LG|能源|解决方案 of LG新能源, listed by foreign-listed-firms.tsv), which the list names whole.
    /// </summary>
    private bool CutsListedName(string text, int start, int end) =>
        listedCompanies is not null && listedCompanies.Forms.TryLongestStartingAt(text, start, out var length, out _) && start + length > end;

    /// <summary>
    /// A place and an industry word right before a word of the place's trade (广东|电子|信息业, 山东|医药|流通业, 重庆|汽车|零部件,
    /// 北京|照明|展, 北京|汽车|市场: company-place-field-words.tsv) name the place's industry, market or fair, not a firm, unless
    /// the text writes the same words with a legal form elsewhere (北京照明有限公司), which shows the firm. 展 counts also when
    /// jieba glued it to the next character (展上, 展将: unknown words), not in the dictionary's nouns of a firm's stand (展台).
    /// </summary>
    private bool IsPlaceIndustryBeforeField(Document document, int k, int start, int nameEnd, int end)
    {
        var tokens = document.Tokens;
        if (k + 1 >= tokens.Count || tokens[k + 1].Start != end) return false;
        var text = document.Text;
        var place = text.AsSpan(start, nameEnd - start);
        if (!names.AllPlaces.All.Contains(place) && !names.Common.IsPlaceName(place)) return false;
        var next = tokens[k + 1].Text;
        if (!names.Lexicons.PlaceFieldWords.Contains(next) && !(next.Length == 2 && next[0] == Fair && names.Common.Frequency(next) == 0)) return false;
        return !HasLegalFormAfter(text, text.AsSpan(start, end - start));
    }

    private const char Fair = '展';

    /// <summary>True when <paramref name="name"/> stands somewhere in the text right before a legal form (北京照明|有限公司).</summary>
    private bool HasLegalFormAfter(string text, ReadOnlySpan<char> name)
    {
        for (var at = text.AsSpan().IndexOf(name); at >= 0;)
        {
            var after = text.AsSpan(at + name.Length);
            if (WordLists.StartsWithAny(after, names.Lexicons.LegalForms)) return true;
            var next = text.AsSpan(at + 1).IndexOf(name);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return false;
    }

    /// <summary>
    /// A rare word or a place; a kind of body (董事局 of 董事局|拟备|公司, counted 49 times) is none, and neither is a kind of
    /// firm (中型企业|集团: <see cref="BodyKinds.IsKindOfFirm"/>).
    /// </summary>
    private bool IsBrandWord(string word, bool verbsAllowed) =>
        (names.Common.IsVerb(word)
            ? verbsAllowed && names.Common.Frequency(word) < CommonWords.Threshold
              || Model.ModelSpanFilter.IsCountyLevelPlace(names, word) // 登封 of 河南登封铝业, a city that jieba tags as a verb
            : names.Common.Frequency(word) < CommonWords.PhraseThreshold || names.Places.All.Contains(word)
              || names.Common.IsNrtName(word) && names.Common.Frequency(word) < CommonWords.Threshold)
        && !BodyKinds.IsKindOfBody(names, word) && !BodyKinds.IsKindOfFirm(names, word) && !IsVerbWithParticle(word);

    /// <summary>
    /// A county-level city or county's short form that the place list leaves out because it is common vocabulary (高密 of
    /// 高密市, 125 times an adjective to jieba) and that opens a brand: a registered name puts its place before its trade name
    /// (企业名称 = 行政区划 + 字号 + 行业: 高密埃孚光伏, 高密孚日家纺), so the word is the place there. Only as the first word with a
    /// brand after it: alone before the head it is the place's trade or a common word. Listed places (日本, 中国, 昆山) are
    /// judged as before: a country before a foreign firm's name is as often outside it (美国|雅培公司).
    /// </summary>
    private bool IsOpeningCountyPlace(ReadOnlySpan<char> word) =>
        word.Length >= 2 && !names.AllPlaces.All.Contains(word) && Model.ModelSpanFilter.IsCountyLevelPlace(names, word)
        && !BodyKinds.IsKindOfBody(names, word);

    /// <summary>
    /// A verb with 于 glued to it (致力于, 受益于: jieba counts 致力于 3 times, as a noun) says what a firm does, and a verb with an
    /// aspect particle that jieba's model for unknown words glued to it (开着|汽车, 拿着) is a clause: never a brand.
    /// </summary>
    private static bool IsVerbWithParticle(string word) =>
        word.Length >= 3 && word[^1] == '于' || word.Length >= 2 && word[^1] is '着' or '了';

    /// <summary>
    /// 公司 alone after one word that jieba tags a verb is that verb's object, the company the text speaks of (回购|公司股份,
    /// 减持|公司股份, 质押|公司股份), not a firm's name: a brand that jieba takes for a verb comes with an industry word
    /// (推想科技) or from a list (联想).
    /// </summary>
    private const string BareCompany = "公司";

    private const string Group = "集团";

    private bool IsOneVerb(string text, TokenBoundaries words, int start, int end) =>
        words.StartOfWordEndingAt(end) == start && names.Common.IsVerb(text.AsSpan(start, end - start));

    /// <summary>股份 closes an exchange short name (通威股份, 隆基股份), but also shares: 回购股份, 社会公众股份.</summary>
    private const string Shares = "股份";

    /// <summary>
    /// True when one word before 股份 is a trade name, not vocabulary: a word jieba does not know, a proper noun or a place
    /// (隆基|股份; not the verb 回购 of 回购股份 or 社会公众 of 社会公众股份). Two words are a clause (增持|比亚迪|股份), and so is
    /// a verb right before the word (减持|格力电器|股份, 持有|腾讯|股份): the firm's shares, bought or held.
    /// </summary>
    private bool IsShareNameBrand(string text, TokenBoundaries words, int start, int end)
    {
        var wordEnd = words.WordEnd(start, end);
        var word = text.AsSpan(start, end - start);
        var before = words.StartOfWordEndingAt(start);
        return wordEnd == end && !(before >= 0 && names.Common.IsVerb(text.AsSpan(before, start - before)))
            && (names.Common.Frequency(word) == 0 || names.Common.IsProperNoun(word) || names.Places.All.Contains(word));
    }

    /// <summary>
    /// A word made of an industry word and a legal form (钢铁|集团, 医药|公司): jieba's dictionary holds some such kinds, which
    /// it then glues together after the firm's place or brand (武汉|钢铁集团).
    /// </summary>
    private bool IsIndustryThenForm(string word, int formStart) =>
        formStart >= 2 && IsLegalForm(word.AsSpan(formStart)) && names.Lexicons.CompanySuffixes.Contains(word.AsSpan(0, formStart))
        && !IsLegalForm(word.AsSpan(0, formStart));

    /// <summary>A form that only a registered firm has (有限公司, 有限责任公司, 株式会社, 律师事务所), unlike 公司 or 集团 alone.</summary>
    private bool IsFullLegalForm(ReadOnlySpan<char> head) =>
        head.EndsWith("有限公司") || head.EndsWith("有限责任公司") || head.SequenceEqual("集团公司") || head.SequenceEqual("株式会社")
        || names.Lexicons.PartnershipForms.Contains(head);

    private bool IsLegalForm(ReadOnlySpan<char> head)
    {
        foreach (var form in names.Lexicons.LegalForms) if (head.SequenceEqual(form)) return true;
        return false;
    }
}
