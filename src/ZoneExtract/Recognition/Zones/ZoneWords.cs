using ZoneExtract.Text;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Zones;

/// <summary>
/// Word tests that the zone name rules share: what names a place, what is a numeral, a verb, a level or a function word
/// to jieba and the place lists.
/// </summary>
/// <param name="names">The place lists, jieba's dictionary and the name prefix rule.</param>
internal sealed class ZoneWords(Names.NameResources names)
{
    /// <summary>The shortest name before a suffix: one character is a modifier or the end of another word.</summary>
    public const int MinName = 2;

    /// <summary>A place to jieba or to the place lists, or a division's or a district's name without its suffix.</summary>
    public bool NamesPlace(ReadOnlySpan<char> word) =>
        names.Common.IsPlaceName(word) || names.AllPlaces.All.Contains(word) || names.AllPlaces.NamesDivision(word) || NamesDistrict(word);

    /// <summary>True when a county-level district or county has this name (南岸区), though jieba calls the word common.</summary>
    public bool NamesDistrict(ReadOnlySpan<char> word) =>
        names.AllPlaces.All.Contains(string.Concat(word, "区")) || names.AllPlaces.All.Contains(string.Concat(word, "县"));

    /// <summary>
    /// A word jieba tags a proper noun, unless the tag is jieba's "other proper noun" or "institution" (nz, nt) on a word its
    /// dictionary holds only a few times: such a word there is a trade or a slogan (汽摩 nz 7, 锂电 nz 3, 新兴产业 nt 3,
    /// 大力发展 nz 3), and names no zone. A rare person's or place's tag stays a name's (亦庄 nr 9).
    /// </summary>
    public bool IsNamingProperNoun(ReadOnlySpan<char> word) =>
        names.Common.IsProperNoun(word) && (names.Common.Frequency(word) >= MinProperNounFrequency || !IsOtherOrInstitution(names.Common.TagClass(word)));

    private static bool IsOtherOrInstitution(int tagClass) => tagClass == OtherProperTagClass || tagClass == InstitutionTagClass;

    private const int MinProperNounFrequency = 10;

    private const char EnterCharacter = '入';

    /// <summary>
    /// One character that is a name boundary and a frequent verb or function word to jieba (在, 将, 和), not a qualifier
    /// that names use (新 of 新蒲, 新|材料).
    /// </summary>
    public bool IsFunctionCharacter(ReadOnlySpan<char> word) =>
        word.Length == 1 && names.Prefix.IsStopWord(word) && names.Common.IsFrequentNonNameWord(word);

    /// <summary>国家, or a national programme jieba holds as a proper noun (国家火炬计划, nz); not the level word 国家级.</summary>
    public bool IsNationalLevel(ReadOnlySpan<char> word) =>
        word is "国家" || word.StartsWith("国家") && names.Common.IsProperNoun(word);

    /// <summary>
    /// A verb or adverb that is no place (增城, a verb to jieba, is 广州's 增城区), a numeral that counts or orders
    /// (第一个, 两家) rather than names (八五二 of 八五二农场), a word jieba made of characters it did not know that ends in a
    /// preposition (格林|美在|荆门|高新技术产业园区: the firm's last character and 在), and 某 "a certain" (南京市|某一|工业园区: a
    /// zone the writer does not name), a word joined to 为 (晋升为|产业集聚区: a class the zones were raised to), and a word jieba lacks
    /// that 入 opens (入榜|园区: the ranked parks).
    /// </summary>
    public bool IsNonNameWord(ReadOnlySpan<char> word)
    {
        if (word[0] == '某') return true;
        var tag = names.Common.TagClass(word);
        if (tag == 0 && word.Length == 2 && names.Prefix.IsStopWord(word[1..]) && !NamesPlace(word)) return true;
        // 入 "enter" and its object, a verb (入围, 入驻, 入选, 入库: nearly all of jieba's 入X are), also where jieba lacks the
        // newer ones of statistics and rankings (入榜, 入规, 入统): 入榜|园区 is the ranked parks, no park
        if (tag == 0 && word.Length == 2 && word[0] == EnterCharacter && !NamesPlace(word)) return true;
        if (tag == NumeralTagClass) return word.ContainsAnyExcept(NumeralCharacters);
        // a word and 为 "into, as" is a verb's phrase (晋升为, 调整为), whatever tag jieba gives it (晋升为 nr 3, 晋升 nr): the
        // places that end in 为 are two characters (犍为, 无为)
        if (word.Length >= 3 && word[^1] == '为' && names.Common.TagClass(word[..^1]) != 0 && !NamesPlace(word)) return true;
        return (tag == VerbTagClass || tag == AdverbTagClass) && !names.AllPlaces.All.Contains(word) && !names.AllPlaces.NamesDivision(word);
    }

    /// <summary>
    /// The level a zone is approved at ranks it and does not name it: the name starts after it (市级|渠南|工业园), and a
    /// place and a level alone are a class of zones (浙江|省级|新区). The divisions below a county taken together (镇村,
    /// 乡镇, 镇街, 城镇) are such a level too: 镇村|工业园 and 镇村|低效|工业园 are the towns' and villages' parks, no one park.
    /// So is 省定 / 市定 "designated by the province / city", 河南's word for the level of its 产业集聚区 (省定产业集聚区).
    /// </summary>
    public static bool IsLevelWord(ReadOnlySpan<char> word) => word is "国家级" or "省级" or "市级" or "县级" or "区级" or "省定" or "市定"
        or "乡级" or "镇级" or "村级" or "镇村" or "村镇" or "乡镇" or "镇街" or "街镇" or "城镇" or "区县" or "县区" or "市县";

    public static bool IsIdeographs(ReadOnlySpan<char> word)
    {
        foreach (var c in word) if (!CharClass.IsIdeograph(c)) return false;
        return true;
    }

    public static bool IsLatinLetters(ReadOnlySpan<char> word) => !word.ContainsAnyExcept(LatinLetters);

    private static readonly System.Buffers.SearchValues<char> LatinLetters =
        System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly int OtherProperTagClass = CommonWords.DescribeTag("nz").TagClass;
    private static readonly int InstitutionTagClass = CommonWords.DescribeTag("nt").TagClass;
    public static readonly int VerbTagClass = CommonWords.DescribeTag("v").TagClass;
    public static readonly int AdverbTagClass = CommonWords.DescribeTag("d").TagClass;
    public static readonly int AdjectiveTagClass = CommonWords.DescribeTag("a").TagClass;
    public static readonly int NumeralTagClass = CommonWords.DescribeTag("m").TagClass;
    public static readonly System.Buffers.SearchValues<char> NumeralCharacters = System.Buffers.SearchValues.Create("〇零一二两三四五六七八九十百千万0123456789");
}
