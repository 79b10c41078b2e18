using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// Finds the proper-name part in front of a head word (科学城, 高新区, 科技, 研究所): walks back over whole
/// words while they can belong to a name, and stops at punctuation, digits, function words and verbs that
/// introduce a name (在, 和, 建设, 引进…). A prefix made only of generic modifiers (国家级, 产业, 城市…)
/// is no name, so 国家级高新区 and 特色产业园 are rejected.
/// </summary>
internal sealed class NamePrefix
{
    /// <summary>Function words and verbs that end a name on its left (Names/Data/name-boundary-words.tsv).</summary>
    private readonly SpanTable<bool> _stopWords;

    /// <summary>Modifiers that can stand inside a name but never make one on their own (Names/Data/generic-name-words.tsv).</summary>
    private readonly SpanTable<bool> _genericWords;

    /// <summary>Measure words and counters that follow a numeral in news (个, 家, 项, 批…; Names/Data/measure-words.tsv).</summary>
    private readonly string _measures;

    private readonly CommonWords _common;
    private readonly Places.PlaceNames _places;

    public NamePrefix(DataFiles data, CommonWords common, Places.PlaceNames places)
    {
        _places = places;
        _stopWords = data.ReadWordSet("name-boundary-words.tsv");
        _genericWords = data.ReadWordSet("generic-name-words.tsv");
        _measures = string.Concat(data.ReadWords("measure-words.tsv"));
        _common = common;
    }

    /// <summary>
    /// The start of the name whose head begins at <paramref name="headStart"/>, or -1 when no name-like words
    /// stand before it. At most <paramref name="maxWords"/> words and <paramref name="maxLength"/> characters.
    /// Optional: <c>isNameEnd</c> is true where another name ends, which the walk must not cross;
    /// <c>requireProperWord</c> is false when the head itself makes the name specific (科学谷), so generic words may form the prefix.
    /// </summary>
    public int FindStart(Document document, TokenBoundaries words, int headStart, int maxWords = 3, int maxLength = 8,
        Func<string, int, bool>? isNameEnd = null, bool requireProperWord = true)
    {
        var text = document.Text;
        var start = headStart;
        var sawProperWord = false;
        for (var taken = 0; taken < maxWords && start > 0; taken++)
        {
            if (taken > 0 && isNameEnd is not null && isNameEnd(text, start)) break;
            var wordStart = words.StartOfWordEndingAt(start);
            if (wordStart < 0) wordStart = start - 1; // the head begins inside a word: step one character
            wordStart = StartOfSingleCharacterRun(text, words, wordStart, start);
            var word = text.AsSpan(wordStart, start - wordStart);
            if (!IsNameMaterial(word) || headStart - wordStart > maxLength) break;
            if (wordStart > 0 && char.IsAsciiDigit(text[wordStart - 1]) && char.IsAsciiLetter(word[0])) break; // 3.2V: a unit
            if (IsStopWord(word) || IsQuantity(word)) break;
            // jieba's model for unknown words may glue a function character to the brand after it (而云锡|地产, 由恒盛|地产):
            // the name starts after that character
            if (word.Length >= 3 && GluedFunctionCharacters.Contains(word[0]) && _common.Frequency(word) == 0)
            {
                start = wordStart + 1;
                sawProperWord |= !IsGeneric(word[1..]);
                break;
            }
            if (IsCounterAfterDigits(text, wordStart))
            {
                // jieba glues a counter to the next word (428|家科|创板|公司): the name starts after the counter
                if (word.Length == 1) break;
                start = wordStart + 1;
                if (IsGeneric(text.AsSpan(start, headStart - start))) return -1;
                break;
            }
            // a frequent verb or function word ends the name, except right before the head where a rare-looking
            // brand may be a dictionary verb (推想科技 is cleared by frequency, 引进 is not)
            if (_common.IsFrequentNonNameWord(word)) break;
            sawProperWord |= !IsGeneric(word);
            start = wordStart;
        }
        if (start == headStart) return -1;
        return sawProperWord || !requireProperWord ? start : -1;
    }

    /// <summary>
    /// A zone's name starts with its place when ordinary words stand before the place (集聚效应得益于|广州开发区; an
    /// ordinary word is one jieba knows at least 50 times and does not tag a proper noun): the walk back from the suffix
    /// took words that do not belong to the name. Rare words before a place stay (中新天津生态城).
    /// Not for organisations, whose names often put a place after ordinary words (中国自然人群资源库重庆中心).
    /// </summary>
    public int FromPlaceAfterCommonWords(string text, TokenBoundaries words, int start, int headStart)
    {
        var sawCommonWord = false;
        for (var at = start; at < headStart;)
        {
            var placeLength = _places.PrefixLength(text, at);
            if (placeLength > 0 && at > start && sawCommonWord && words.IsBoundary(at)) return at;
            var wordEnd = words.WordEnd(at, headStart);
            var word = text.AsSpan(at, wordEnd - at);
            sawCommonWord |= _common.Frequency(word) >= CommonWords.PhraseThreshold && !_common.IsProperNoun(word); // 得益于 118, not 中新 (ns)
            at = wordEnd;
        }
        return start;
    }

    /// <summary>
    /// True when every word from <paramref name="start"/> to <paramref name="end"/> is ordinary vocabulary other than a
    /// noun: a word jieba knows at least 50 times and tags neither a proper noun, a noun nor an abbreviation (最终 d, 一季度 mq,
    /// 同期 b, 拖累 v). Such words before a listed name are the sentence's, not the start of a longer name (最终|诺基亚,
    /// 同期|斗鱼), unlike a place, a rare word (北辰|联创), a noun (东风|日产, 华人|运通) or an abbreviation (一汽|丰田, 沪|工行).
    /// </summary>
    public bool IsOrdinaryWords(string text, TokenBoundaries words, int start, int end)
    {
        for (var at = start; at < end;)
        {
            var wordEnd = words.WordEnd(at, end);
            var word = text.AsSpan(at, wordEnd - at);
            if (_common.Frequency(word) < CommonWords.PhraseThreshold || _common.IsProperNoun(word) || _common.IsCommonNoun(word)
                || _common.IsAbbreviation(word)) return false;
            at = wordEnd;
        }
        return true;
    }

    /// <summary>
    /// jieba cuts a word it does not know into single characters (信|达 for the brand 信达): a run of such
    /// characters is judged as one word, so that one of them that is also a frequent verb (达) does not end the
    /// name. The run stops at a character that is a stop word on its own (在, 与, 的).
    /// </summary>
    private int StartOfSingleCharacterRun(string text, TokenBoundaries words, int wordStart, int end)
    {
        if (end - wordStart != 1 || IsStopWord(text.AsSpan(wordStart, 1))) return wordStart;
        var start = wordStart;
        while (start > 0 && words.StartOfWordEndingAt(start) == start - 1
               && CharClass.IsIdeograph(text[start - 1]) && !IsStopWord(text.AsSpan(start - 1, 1))
               && !_common.IsFrequentNonNameWord(text.AsSpan(start - 1, 1))
               && !IsCounterAfterDigits(text, start - 1))
        {
            start--;
        }
        return start == wordStart ? StartOfBarelyKnownWord(text, words, start) : start;
    }

    /// <summary>
    /// jieba also cuts an unknown brand into a word its dictionary barely knows and a lone character (万士|达 for 万士达,
    /// 万士 counted 4 times): the lone character right before the head then joins that word, so that the character
    /// (达, a frequent verb) does not end the name.
    /// </summary>
    private int StartOfBarelyKnownWord(string text, TokenBoundaries words, int start)
    {
        var wordStart = start > 0 ? words.StartOfWordEndingAt(start) : -1;
        if (wordStart < 0 || start - wordStart < 2) return start;
        var word = text.AsSpan(wordStart, start - wordStart);
        var frequency = _common.Frequency(word);
        return frequency is > 0 and < BarelyKnown && IsNameMaterial(word) && !IsStopWord(word) && !_common.IsPlaceName(word)
            ? wordStart : start;
    }

    /// <summary>
    /// Prepositions, conjunctions and adverbs that stand before a name in a sentence (由, 而, 在, 与, 向, 被…) and rarely open
    /// a brand, unlike 新, 上 or 同 (新希望, 上汽, 同方) of the boundary words.
    /// </summary>
    private const string GluedFunctionCharacters = "而由在与及或对把向从被让给据于将都也还又就并但已该这那其此各每即若则";

    /// <summary>Below this count a jieba dictionary word is a relic of its source texts rather than vocabulary (万士 4).</summary>
    private const int BarelyKnown = 10;

    /// <summary>True when <paramref name="word"/> is made only of ideographs or ASCII letters (brand names like SK).</summary>
    public static bool IsNameMaterial(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty) return false;
        foreach (var c in word)
        {
            if (!CharClass.IsIdeograph(c) && !char.IsAsciiLetter(c)) return false;
        }
        return true;
    }

    public bool IsStopWord(ReadOnlySpan<char> word) => _stopWords.Contains(word);

    /// <summary>
    /// A numeral with a measure word (五个, 三大, 两家) or numerals alone (十几, 三四): counts things, never names them.
    /// A numeral before another word (三星, 九阳) or two digits that are not neighbours (三一, unlike 三四 = three
    /// or four) begins a brand instead.
    /// </summary>
    public bool IsQuantity(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 || !Numerals.Contains(word[0])) return false;
        if (word.Length == 1 || _measures.Contains(word[^1])) return true;
        foreach (var c in word) if (!Numerals.Contains(c)) return false;
        var (first, second) = (Digits.IndexOf(word[0]), Digits.IndexOf(word[^1]));
        return word.Length != 2 || first < 0 || second < 0 || second == first + 1;
    }

    /// <summary>
    /// A measure word right after Arabic digits (38|家, 428|家科|创板): jieba cuts the digits off and may glue the counter
    /// to the next word, so the counter looks like the start of a name.
    /// </summary>
    public bool IsCounterAfterDigits(string text, int at) =>
        at > 0 && _measures.Contains(text[at]) && char.IsDigit(text[at - 1]);

    private const string Numerals = "一二两三四五六七八九十百千万几数多";

    private const string Digits = "〇一二三四五六七八九";

    public bool IsGeneric(ReadOnlySpan<char> word) => _genericWords.Contains(word);

    /// <summary>True for a word that jieba's dictionary does not hold: its model for unknown words made it (建投非 of 中信|建投非|银).</summary>
    public bool IsUnknownWord(ReadOnlySpan<char> word) => _common.Frequency(word) == 0;

    /// <summary>True for a word that jieba's dictionary tags as an organisation's name (nt: 英特尔公司, 微软公司, 建设银行).</summary>
    public bool IsOrganizationWord(ReadOnlySpan<char> word) => _common.IsOrganizationName(word);
}
