using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// Finds the proper-name part in front of a head word (科学城, 高新区, 科技, 研究所): walks back over whole
/// words while they can belong to a name, and stops at punctuation, digits, function words and verbs that
/// introduce a name (在, 和, 建设, 引进…). A prefix made only of generic modifiers (国家级, 产业, 城市…)
/// is no name, so 国家级高新区 and 特色产业园 are rejected.
/// </summary>
internal static class NamePrefix
{
    /// <summary>Function words and verbs that end a name on its left; general Chinese news vocabulary.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "的", "在", "于", "和", "与", "及", "以及", "或", "同", "跟", "是", "为", "将", "对", "把", "向", "从", "到", "由",
        "被", "让", "给", "以", "因", "据", "入", "进", "至", "等", "了", "着", "过", "都", "也", "还", "又", "就",
        "并", "而", "但", "已", "已经", "正", "正在", "该", "本", "这", "那", "其", "此", "各", "每", "个", "家", "位",
        "即", "如", "若", "则", "所", "之", "有", "无", "不", "没有", "会", "能", "可", "要", "需", "请", "使", "称",
        "说", "表示", "指出", "认为", "介绍", "建设", "打造", "建成", "推动", "推进", "加快", "加速", "落户", "入驻",
        "位于", "设立", "成立", "举办", "举行", "依托", "围绕", "支持", "规划", "引进", "引导", "引入", "培育", "扶持",
        "发展", "形成", "成为", "进入", "来到", "前往", "考察", "调研", "参观", "签约", "合作", "联合", "携手", "包括",
        "其中", "全市", "全省", "全区", "全县", "全国", "全球", "我国", "我市", "我省", "我区", "目前", "今年", "去年",
        "近日", "日前", "同时", "此外", "另外", "以来", "首个", "首家", "一个", "一家", "一批", "多个", "多家", "多项",
        "了解", "获悉", "显示", "实现", "完成", "开展", "组织", "召开", "出台", "印发", "批准", "获批", "认定", "命名",
        "同比", "增长", "达到", "累计", "总投资", "投资", "项目", "企业", "公司", "园区", "新建", "在建", "拥有", "具有",
        "属于", "作为", "通过", "利用", "借助", "面向", "聚焦", "布局", "谋划", "启动", "开工", "投产", "运营", "管理",
        "服务", "助力", "赋能", "带动", "促进", "提升", "增强", "优化", "完善", "强化", "深化", "积极", "大力", "重点",
        "参与", "参加", "加入", "走进", "回到", "留在", "扎根", "立足", "融入", "对接", "共建", "筹建", "创建", "申报",
        "争创", "获评", "入选", "升级", "覆盖", "辐射", "毗邻", "靠近", "签署", "签订", "达成", "访问", "视察", "看到",
        "十大", "百强", "各类", "一系列", "以上", "以下", "这是", "就是", "也是", "还是", "都是", "正是", "而是", "但是",
        "主要", "相关", "有关", "多", "少", "新", "老", "原", "现", "前", "后", "上", "下", "内", "外",
    };

    /// <summary>Modifiers that can stand inside a name but never make one on their own.</summary>
    private static readonly HashSet<string> GenericWords = new(StringComparer.Ordinal)
    {
        "国家", "国家级", "省级", "市级", "县级", "区级", "省", "市", "县", "区", "镇", "乡", "村", "中国", "全国",
        "产业", "工业", "经济", "技术", "高新", "高新技术", "高技术", "科技", "科学", "创新", "创业", "智能", "智慧",
        "现代", "特色", "专业", "综合", "重点", "示范", "试验", "先进", "制造", "信息", "数字", "生态", "绿色", "文化",
        "城市", "城乡", "农业", "物流", "商贸", "金融", "国际", "高端", "战略性", "新兴", "新型", "各类", "各地", "地方",
        "开发", "发展", "改革", "开放", "保税", "自贸", "自由贸易", "出口", "加工", "合作", "融合", "大型",
        "新一代", "前沿", "核心", "关键", "研发", "服务", "管理", "运营", "数据", "交易", "孵化", "培训", "检测",
        "科技创新", "技术创新", "创新创业", "产学研", "公共", "行政", "政务", "社会", "人才", "医疗", "健康", "本土",
        "互联网", "重大", "重要", "基础", "全新", "一流", "领先", "优质", "优秀", "传统",
    };

    /// <summary>
    /// The start of the name whose head begins at <paramref name="headStart"/>, or -1 when no name-like words
    /// stand before it. At most <paramref name="maxWords"/> words and <paramref name="maxLength"/> characters.
    /// Optional: <c>isNameEnd</c> is true where another name ends, which the walk must not cross;
    /// <c>requireProperWord</c> is false when the head itself makes the name specific (科学谷), so generic words may form the prefix.
    /// </summary>
    public static int FindStart(Document document, TokenBoundaries words, int headStart, int maxWords = 3, int maxLength = 8,
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
            // a frequent verb or function word ends the name, except right before the head where a rare-looking
            // brand may be a dictionary verb (推想科技 is cleared by frequency, 引进 is not)
            if (CommonWords.IsFrequentNonNameWord(word.ToString())) break;
            sawProperWord |= !IsGeneric(word);
            start = wordStart;
        }
        if (start == headStart) return -1;
        return sawProperWord || !requireProperWord ? start : -1;
    }

    /// <summary>
    /// jieba cuts a word it does not know into single characters (信|达 for the brand 信达): a run of such
    /// characters is judged as one word, so that one of them that is also a frequent verb (达) does not end the
    /// name. The run stops at a character that is a stop word on its own (在, 与, 的).
    /// </summary>
    private static int StartOfSingleCharacterRun(string text, TokenBoundaries words, int wordStart, int end)
    {
        if (end - wordStart != 1 || IsStopWord(text.AsSpan(wordStart, 1))) return wordStart;
        var start = wordStart;
        while (start > 0 && words.StartOfWordEndingAt(start) == start - 1
               && CharClass.IsIdeograph(text[start - 1]) && !IsStopWord(text.AsSpan(start - 1, 1))
               && !CommonWords.IsFrequentNonNameWord(text[(start - 1)..start]))
        {
            start--;
        }
        return start;
    }

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

    public static bool IsStopWord(ReadOnlySpan<char> word) => StopLookup.Contains(word);

    /// <summary>
    /// A numeral with a measure word (五个, 三大, 两家) or numerals alone (十几, 三四): counts things, never names them.
    /// A numeral before another word (三星, 九阳) or two digits that are not neighbours (三一, unlike 三四 = three
    /// or four) begins a brand instead.
    /// </summary>
    public static bool IsQuantity(ReadOnlySpan<char> word)
    {
        if (word.Length > 3 || !Numerals.Contains(word[0])) return false;
        if (word.Length == 1 || Measures.Contains(word[^1])) return true;
        foreach (var c in word) if (!Numerals.Contains(c)) return false;
        var (first, second) = (Digits.IndexOf(word[0]), Digits.IndexOf(word[^1]));
        return word.Length != 2 || first < 0 || second < 0 || second == first + 1;
    }

    private const string Numerals = "一二两三四五六七八九十百千万几数多";

    private const string Digits = "〇一二三四五六七八九";

    /// <summary>Measure words and counters that follow a numeral in news (个, 家, 项, 批…).</summary>
    private const string Measures = "个大家项类批些种条座名位次年月天号只台件款所户处层期轮届成倍";

    public static bool IsGeneric(ReadOnlySpan<char> word) => GenericLookup.Contains(word);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GenericLookup = GenericWords.GetAlternateLookup<ReadOnlySpan<char>>();
}
