using System.Collections.Frozen;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// What jieba's dictionary (dict.txt, already shipped for segmentation) says about a word: how frequent it
/// is, its part-of-speech tag, and whether it is a frequent verb, preposition, conjunction, pronoun or particle.
/// Brand words of short company names are rare or absent there (推想 174, 华润 29, 瑞智 —), while the
/// verbs that stand before a name in running text are frequent (送往 453, 瞄准 858, 引进 2375); a
/// frequent verb therefore ends a name on its left, a rare one (推想) may be part of it.
/// </summary>
internal sealed class CommonWords
{
    /// <summary>jieba frequency from which a word counts as common vocabulary rather than a brand.</summary>
    public const int Threshold = 300;

    /// <summary>jieba tags of word classes that do not stand inside names.</summary>
    private static readonly FrozenSet<string> NonNameTags = new[] { "v", "vd", "vn", "vg", "p", "c", "r", "u" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The tags the name model distinguishes; any other tag is class 1, a word not in the dictionary class 0.</summary>
    private static readonly string[] ModelTags = ["n", "nr", "nrt", "nrfg", "ns", "nt", "nz", "v", "vn", "a", "m", "j", "l", "i", "t", "f", "d"];

    // Every question by word is answered by walking the segmenter's trie to the word's node and reading the node's
    // entry: a word jieba lacks reaches no node (0) or a prefix's node, whose entry is the default. No table by word
    // string is kept (it cost 349,000 inserts and as many strings at start-up, and a string hash per question).
    private readonly Entry[] _byNode;
    private readonly Segmentation.WordTrie _trie;

    /// <summary>
    /// Takes the entries read from dict.txt (see <see cref="Segmentation.JiebaDictionary"/>) by the word's node in the
    /// segmenter's trie <paramref name="trie"/> (the default entry where no line has that node's word, and at the root).
    /// </summary>
    public CommonWords(Entry[] byNode, Segmentation.WordTrie trie)
    {
        _byNode = byNode;
        _trie = trie;
    }

    /// <summary>
    /// The entry of the word at trie node <paramref name="node"/> (<see cref="Segmentation.TokenList.DictionaryNodes"/>):
    /// what <see cref="Find"/> gives for that word, with one array read instead of hashing the word.
    /// </summary>
    public Entry FindNode(int node) => (uint)node < (uint)_byNode.Length ? _byNode[node] : default;

    /// <summary>
    /// The trie node of <paramref name="word"/> (0 when jieba's dictionary has neither the word nor a longer word it
    /// starts): the key of tables kept by node beside this one, such as the name model's word classes.
    /// </summary>
    public int NodeOf(ReadOnlySpan<char> word) => _trie.Find(word);

    private static readonly FrozenSet<int> NamedEntityClasses = new[] { "nr", "nrt", "nrfg", "ns", "nt" }.Select(t => Array.IndexOf(ModelTags, t) + 2).ToFrozenSet();

    private static readonly int IdiomClass = Array.IndexOf(ModelTags, "i") + 2;
    private static readonly int FixedPhraseClass = Array.IndexOf(ModelTags, "l") + 2;

    public bool IsCommon(string word) => IsCommon(word.AsSpan());

    /// <summary>A word jieba knows at least <see cref="Threshold"/> times: common vocabulary, not a brand.</summary>
    public bool IsCommon(ReadOnlySpan<char> word) => Frequency(word) >= Threshold;

    public int Frequency(string word) => Frequency(word.AsSpan());

    /// <summary>The word's jieba frequency: 0 for a word jieba's dictionary does not have.</summary>
    public int Frequency(ReadOnlySpan<char> word) => Find(word).Frequency;

    /// <summary>The word's entry; the default entry (frequency 0, tag class 0, nothing flagged) for a word jieba's dictionary does not have.</summary>
    /// <remarks>By the word's node in the trie: a walk of one array read per character for the short words asked here.</remarks>
    public Entry Find(ReadOnlySpan<char> word) => FindNode(_trie.Find(word));

    /// <summary>A small code for the word's jieba tag: 0 for a word jieba's dictionary does not have.</summary>
    public int TagClass(ReadOnlySpan<char> word) => Find(word).TagClass;

    /// <summary>A frequent dictionary word that jieba does not tag as a proper noun (国家, 科学).</summary>
    public bool IsCommonNonProperWord(ReadOnlySpan<char> word) =>
        Find(word) is var entry && entry.Frequency >= Threshold && !entry.IsProper;

    private static readonly int AbbreviationClass = Array.IndexOf(ModelTags, "j") + 2;

    /// <summary>A word jieba's dictionary tags as an abbreviation (j: 中行, 央行, 人大).</summary>
    public bool IsAbbreviation(ReadOnlySpan<char> word) =>
        Find(word).TagClass == AbbreviationClass;

    /// <summary>An idiom or fixed phrase of jieba's dictionary (一帆风顺, 与时俱进).</summary>
    public bool IsIdiom(ReadOnlySpan<char> word) =>
        Find(word) is var entry && (entry.TagClass == IdiomClass || entry.TagClass == FixedPhraseClass);

    /// <summary>
    /// jieba frequency from which a dictionary word of four or more characters is a set phrase, not a new name.
    /// Measured on the CLUENER2020 training names: of 1262 distinct company names, 98 are dictionary words with
    /// frequency ≥ 50 when any length counts (百度, 腾讯, 招商银行…), but only one (可口可乐, tagged idiom) when the
    /// word has four or more characters, is not tagged a person, place or organisation and does not end in a
    /// company or organisation head; of 2413 person names, one (南征北战). The rule covers 3443 dictionary phrases.
    /// </summary>
    public const int PhraseThreshold = 50;

    /// <summary>
    /// A dictionary word of four or more characters, frequency ≥ <see cref="PhraseThreshold"/>, that jieba does
    /// not tag as a person, place or organisation (招商引资 n, 安居乐业 nz): a set phrase of the language.
    /// </summary>
    public bool IsFrequentPhrase(ReadOnlySpan<char> word) =>
        word.Length >= 4 && Find(word) is var entry && entry.Frequency >= PhraseThreshold
        && !NamedEntityClasses.Contains(entry.TagClass);

    private static readonly int NounClass = Array.IndexOf(ModelTags, "n") + 2;

    /// <summary>A word jieba's dictionary tags as an ordinary noun (n: 格局, 展厅), no proper noun or abbreviation.</summary>
    public bool IsCommonNoun(ReadOnlySpan<char> word) =>
        Find(word).TagClass == NounClass;

    private static readonly int OrganizationClass = Array.IndexOf(ModelTags, "nt") + 2;

    /// <summary>A word jieba's dictionary tags as an organisation name (nt: 建设银行, 中国银行).</summary>
    public bool IsOrganizationName(ReadOnlySpan<char> word) =>
        Find(word).TagClass == OrganizationClass;

    private static readonly int LocalityClass = Array.IndexOf(ModelTags, "f") + 2;

    /// <summary>A frequent word jieba tags as a locality (f: 西部, 周边, 以南), which places a thing but names none.</summary>
    public bool IsFrequentLocality(ReadOnlySpan<char> word) =>
        Find(word) is var entry && entry.TagClass == LocalityClass && entry.Frequency >= PhraseThreshold;

    private static readonly int VerbClass = Array.IndexOf(ModelTags, "v") + 2;

    /// <summary>A word jieba's dictionary tags as a verb (v: 认购, 专供; also brands such as 联想, 推想).</summary>
    public bool IsVerb(ReadOnlySpan<char> word) => Find(word).TagClass == VerbClass;

    private static readonly int PlaceClass = Array.IndexOf(ModelTags, "ns") + 2;

    /// <summary>A word jieba's dictionary tags as a place name (ns: 江阴, 纳雍).</summary>
    public bool IsPlaceName(ReadOnlySpan<char> word) => Find(word).TagClass == PlaceClass;

    private static readonly int NrtNameClass = Array.IndexOf(ModelTags, "nrt") + 2;

    /// <summary>True when jieba tags the word nrt, its class of names of figures (哪吒), which brands borrow (哪吒汽车).</summary>
    public bool IsNrtName(ReadOnlySpan<char> word) => Find(word).TagClass == NrtNameClass;

    /// <summary>A word jieba tags as a person, place, organisation or other proper noun.</summary>
    public bool IsProperNoun(ReadOnlySpan<char> word) => Find(word).IsProper;

    /// <summary>A frequent verb or function word: it ends a name on its left.</summary>
    public bool IsFrequentNonNameWord(string word) => IsFrequentNonNameWord(word.AsSpan());

    /// <summary>A frequent verb or function word: it ends a name on its left.</summary>
    public bool IsFrequentNonNameWord(ReadOnlySpan<char> word) =>
        Find(word).EndsNames;

    /// <summary>What the recognisers need of one dict.txt line.</summary>
    internal readonly record struct Entry(int Frequency, byte TagClass, bool EndsNames, bool IsProper);

    private static readonly FrozenSet<string> ProperTags = new[] { "nr", "nrt", "nrfg", "ns", "nt", "nz" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>What a jieba tag says, whatever the word's count: its class, whether it does not stand inside names, whether it is a proper noun's.</summary>
    internal readonly record struct TagFacts(byte TagClass, bool NonName, bool IsProper);

    /// <summary>The facts of a dict.txt tag (a loader describes each distinct tag once).</summary>
    public static TagFacts DescribeTag(string tag) =>
        new((byte)(Array.IndexOf(ModelTags, tag) + 2), NonNameTags.Contains(tag), ProperTags.Contains(tag));

    /// <summary>The entry of a dict.txt line "word count [tag]", from its count and its tag's facts.</summary>
    public static Entry Describe(int count, TagFacts tag) => new(count, tag.TagClass, count >= Threshold && tag.NonName, tag.IsProper);
}
