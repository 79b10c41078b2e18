using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// The name model's features, hashed into a fixed space (feature hashing), so that training (ML.NET) and
/// inference (a plain weight table) agree by construction. Per character (<see cref="Base"/> = 14 features, chosen
/// so that scoring stays within the extractor's time budget): the character and its neighbours (unigrams, bigrams,
/// a trigram), its place in its jieba word (B/M/E/S) with the character, the word and the neighbouring words, the
/// word's lexicon class (place, company head, organisation head) and the jieba dictionary tags of the word and its
/// neighbours (nr, ns, nt…, or not in the dictionary). A model may also use <see cref="WithLexicons"/> = 16: its
/// place in a company form or place name of the public lists (<see cref="LexiconMarks"/>), alone and with the
/// word's dictionary tag (苹果 the noun). A model may also use <see cref="WithClusters"/> = 19: those and the learnt word
/// classes (<see cref="WordClasses"/>) of the word and of its neighbours, each with the character's place in its word.
/// The model file says which set it was trained with.
/// </summary>
internal static class NameFeatures
{
    public const int Bits = 17;
    public const int Space = 1 << Bits;

    /// <summary>The character, word, lexicon-class and dictionary-tag features.</summary>
    public const int Base = 14;

    /// <summary><see cref="Base"/> and the two public-list features.</summary>
    public const int WithLexicons = 16;

    /// <summary><see cref="WithLexicons"/> and the three word-class features.</summary>
    public const int WithClusters = 19;

    /// <summary>True when a model may have <paramref name="perCharacter"/> features.</summary>
    public static bool IsKnownCount(int perCharacter) => perCharacter is Base or WithLexicons or WithClusters;

    private const char Before = '\u0002';
    private const char After = '\u0003';

    internal enum LexiconClass { None, Place, CompanyHead, OrganizationHead }

    /// <summary>Fills <paramref name="output"/> (length text.Length × <paramref name="perCharacter"/>) with feature indices.</summary>
    public static void Extract(string text, IReadOnlyList<Token> tokens, ModelLexicons lexicons, int perCharacter, Span<int> output)
    {
        using var words = Words(text, tokens, lexicons, perCharacter);
        for (var i = 0; i < text.Length; i++) At(text, words, i, output.Slice(i * perCharacter, perCharacter));
    }

    /// <summary>What each character knows of its word; computed once per text for <see cref="At"/>.</summary>
    public static WordTable Words(string text, IReadOnlyList<Token> tokens, ModelLexicons lexicons, int perCharacter) =>
        new(text, tokens, lexicons, withMarks: perCharacter >= WithLexicons, perCharacter == WithClusters ? lexicons.Classes : null);

    /// <summary>Writes the feature indices of character <paramref name="i"/> into <paramref name="f"/>: <see cref="Base"/>, <see cref="WithLexicons"/> or <see cref="WithClusters"/> of them, as long as it is.</summary>
    /// <remarks>
    /// Feature k is <see cref="Hash"/>(k, a[k], b[k], c[k]) of the values listed per template below (0 where a template
    /// has fewer); the sixteen hashes are computed lane by lane in two vectors, with the same 32-bit operations as one at
    /// a time, so the indices are those the model was trained with. Templates 16–18 (word classes of the word, the previous
    /// and the next word, each with the position p) are hashed the same way in a third vector. The six vectors of values are shuffled from two: the
    /// character's own values and its word's (<see cref="WordTable.Lanes"/>, read with two loads), not assembled from
    /// sixteen scalars each.
    /// </remarks>
    public static void At(string text, WordTable words, int i, Span<int> f)
    {
        var length = text.Length;
        int c0 = Normalize(text[i]);
        int cm1 = i >= 1 ? Normalize(text[i - 1]) : Before;
        int cp1 = i + 1 < length ? Normalize(text[i + 1]) : After;
        var word = words.Lanes(i, out var p, out var company, out var place);
        // lanes of own: 0 c0, 1 cm1, 2 cp1, 3 p, 4 company, 5 place, 6 and 7 zero
        // lanes of word: 0 Word, 1 Previous, 2 Next, 3 Lexicon, 4 NextLexicon, 5 Tag, 6 PreviousTag, 7 NextTag
        var own = Vector256.Create(c0, cm1, cp1, p, company, place, 0, 0);
        // templates:      0    1    2    3    4    5    6   7       8           9       10       11    12     13            14         15
        // a:              c0   cm1  cp1  cm1  c0   cm1  p   p       a2: p       p       p        c0    p      PreviousTag   Company    Company
        // b:              0    0    0    c0   cp1  c0   c0  Word    b2: Previous Next   Lexicon  Next- Tag    Tag           Place      Place
        // c:              0    0    0    0    0    cp1  0   0       c2: 0       0       NextLex. 0     0      NextTag       0          Tag
        var a = Vector256.Shuffle(own, Vector256.Create(0, 1, 2, 1, 0, 1, 3, 3));
        var b = Vector256.ConditionalSelect(Vector256.Create(0, 0, 0, 0, 0, 0, 0, -1),
            Vector256.Shuffle(word, Vector256<int>.Zero), Vector256.Shuffle(own, Vector256.Create(6, 6, 6, 0, 2, 0, 0, 6)));
        var c = Vector256.Shuffle(own, Vector256.Create(6, 6, 6, 6, 6, 2, 6, 6));
        var a2 = Vector256.ConditionalSelect(Vector256.Create(0, 0, 0, 0, 0, -1, 0, 0),
            Vector256.Shuffle(word, Vector256.Create(6, 6, 6, 6, 6, 6, 6, 6)), Vector256.Shuffle(own, Vector256.Create(3, 3, 3, 0, 3, 6, 4, 4)));
        var b2 = Vector256.ConditionalSelect(Vector256.Create(0, 0, 0, 0, 0, 0, -1, -1),
            Vector256.Shuffle(own, Vector256.Create(5, 5, 5, 5, 5, 5, 5, 5)), Vector256.Shuffle(word, Vector256.Create(1, 2, 3, 4, 5, 5, 0, 0)));
        var c2 = Vector256.Shuffle(word, Vector256.Create(0, 0, 4, 0, 0, 7, 0, 5)) & Vector256.Create(0, 0, -1, 0, 0, -1, 0, -1);
        // stored straight into f (a span copy of the sixteen through a buffer was a Memmove call per character, a third of
        // this method), with StoreUnsafe after a length check: Vector256.CopyTo(Span) is a call ReadyToRun cannot precompile
        if (f.Length < Vector256<int>.Count) throw new ArgumentException("Room for the features is needed.", nameof(f));
        ref var features = ref MemoryMarshal.GetReference(f);
        Hash(Vector256.Create(Seed(0), Seed(1), Seed(2), Seed(3), Seed(4), Seed(5), Seed(6), Seed(7)), a.AsUInt32(), b.AsUInt32(), c.AsUInt32())
            .AsInt32().StoreUnsafe(ref features);
        var upper = Hash(Vector256.Create(Seed(8), Seed(9), Seed(10), Seed(11), Seed(12), Seed(13), Seed(14), Seed(15)), a2.AsUInt32(), b2.AsUInt32(), c2.AsUInt32())
            .AsInt32();
        if (f.Length == WithLexicons)
        {
            upper.StoreUnsafe(ref features, (nuint)Vector256<int>.Count);
            return;
        }
        if (f.Length == WithClusters)
        {
            upper.StoreUnsafe(ref features, (nuint)Vector256<int>.Count);
            var (wordClass, previousClass, nextClass) = words.Classes(i);
            var classes = Hash(Vector256.Create(Seed(16), Seed(17), Seed(18), 0, 0, 0, 0, 0), Vector256.Create((uint)p),
                Vector256.Create(wordClass, previousClass, nextClass, 0, 0, 0, 0, 0).AsUInt32(), Vector256<uint>.Zero).AsInt32();
            f[WithLexicons] = classes.GetElement(0);
            f[WithLexicons + 1] = classes.GetElement(1);
            f[WithLexicons + 2] = classes.GetElement(2);
            return;
        }
        Span<int> rest = stackalloc int[Vector256<int>.Count];
        upper.StoreUnsafe(ref MemoryMarshal.GetReference(rest));
        rest[..(f.Length - Vector256<int>.Count)].CopyTo(f[Vector256<int>.Count..]);
    }

    /// <summary>(template + 1) × 0x9E3779B1: where <see cref="Hash"/> starts for a template.</summary>
    private static uint Seed(int template) => unchecked((uint)(template + 1) * 0x9E3779B1u);

    /// <summary>
    /// The feature hash, lane by lane: h = <see cref="Seed"/>(template); h = (h ^ a) × 0x85EBCA6B; h ^= h >> 15; h = (h ^ b) × 0xC2B2AE35;
    /// h ^= h >> 13; h = (h ^ c) × 0x27D4EB2F; h ^= h >> 16; masked to the feature space. Always inlined: ReadyToRun cannot
    /// precompile a method with vectors as parameters, nor a caller that calls one (<see cref="At"/> would be left to the JIT).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<uint> Hash(Vector256<uint> seed, Vector256<uint> a, Vector256<uint> b, Vector256<uint> c)
    {
        var h = (seed ^ a) * 0x85EBCA6Bu;
        h ^= h >>> 15;
        h = (h ^ b) * 0xC2B2AE35u;
        h ^= h >>> 13;
        h = (h ^ c) * 0x27D4EB2Fu;
        h ^= h >>> 16;
        return h & Vector256.Create((uint)(Space - 1));
    }

    /// <summary>Digits share one symbol so that numbers generalise; letters are lower-cased.</summary>
    /// <remarks>Always inlined: without tiered PGO (the console's setting) the JIT left it a call, three per character.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static char Normalize(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    /// <summary>What a character knows of its word: position tag, hashes of the word and its neighbours, lexicon classes, list marks.</summary>
    internal readonly record struct WordInfo(int Position, int Word, int Length, int Previous, int Next, LexiconClass Lexicon, LexiconClass NextLexicon,
        int Tag, int PreviousTag, int NextTag, int Company, int Place);

    /// <summary>
    /// The words of a text, seen from its characters: per character only the index of its word (4 bytes), per
    /// word its hash, lexicon class and dictionary tag, looked up once; <see cref="this[int]"/> assembles a
    /// character's <see cref="WordInfo"/> from its word and the neighbouring ones.
    /// </summary>
    internal sealed class WordTable : IDisposable
    {
        private const int Single = 1, First = 2, Middle = 3, Last = 4, NoWord = 5;

        private static readonly WordInfo Outside = new(NoWord, 0, 0, 0, 0, LexiconClass.None, LexiconClass.None, 0, 0, 0, 0, 0);

        private const int RowWidth = 4; // per word: hash, lexicon class, dictionary tag, and 1 when it ends names (EndsNames)

        private readonly int[] _wordAt; // -1 where no word covers the character (whitespace)
        private readonly Token[] _tokens; // the segmentation's own array, read without the token list's interface calls
        // Row t + 1 holds word t; row 0 stands for the word before the first (hash and tag −1) and the row after the last
        // for the word after it (−2, no class, −2), so that a word's row and its neighbours' are twelve ints in a row.
        private readonly int[] _rows;
        private readonly byte[] _companies; // per character, LexiconMarks
        private readonly byte[] _places;
        // word t's class at t + 1, as in _rows: −1 before the first word, −2 after the last; empty without classes
        private readonly int[] _classes;

        /// <summary>
        /// Looks up each word once; <paramref name="withMarks"/>: also mark the public lists' hits (<see cref="LexiconMarks"/>);
        /// <paramref name="classes"/>, when given: also look up each word's class.
        /// </summary>
        public WordTable(string text, IReadOnlyList<Token> tokenList, ModelLexicons lexicons, bool withMarks, WordClasses? classes)
        {
            var names = lexicons.Names;
            _tokens = Segmentation.TokenList.SharedArray(tokenList);
            var tokens = _tokens.AsSpan(0, tokenList.Count);
            var nodes = Segmentation.TokenList.DictionaryNodes(tokenList);
            // the arrays come from the shared pools and go back with Dispose (the name model's Tag): a text's tables are about
            // 30 bytes a character, allocated and collected at every article otherwise; a pool's array is longer than asked and not cleared
            _wordAt = ArrayPool<int>.Shared.Rent(text.Length);
            _wordAt.AsSpan(0, text.Length).Fill(-1);
            _rows = ArrayPool<int>.Shared.Rent((tokens.Length + 2) * RowWidth);
            _rows.AsSpan(0, (tokens.Length + 2) * RowWidth).Clear();
            _rows[0] = -1;
            _rows[2] = -1;
            _rows[(tokens.Length + 1) * RowWidth] = -2;
            _rows[(tokens.Length + 1) * RowWidth + 2] = -2;
            _classes = classes is null ? [] : ArrayPool<int>.Shared.Rent(tokens.Length + 2);
            if (classes is not null)
            {
                _classes.AsSpan(0, tokens.Length + 2).Clear();
                (_classes[0], _classes[tokens.Length + 1]) = (-1, -2);
            }
            for (var t = 0; t < tokens.Length; t++)
            {
                var token = tokens[t];
                if (token.End > text.Length) break; // tokens of another text: nothing past its end
                var span = text.AsSpan(token.Start, token.Length);
                var row = (t + 1) * RowWidth;
                _rows[row] = WordHash(span);
                _rows[row + 1] = (int)lexicons.LexiconClassOf(span);
                // one dictionary look-up for the tag and for OutsideForSure, none when the segmenter knows the word's node
                var entry = t < nodes.Length && nodes[t] != 0 ? names.Common.FindNode(nodes[t]) : names.Common.Find(span);
                _rows[row + 2] = entry.TagClass;
                _rows[row + 3] = entry.EndsNames ? 1 : 0;
                for (var i = token.Start; i < token.End; i++) _wordAt[i] = t; // a span's Fill is a call, for words of two characters
                if (classes is not null) _classes[t + 1] = classes.ClassOf(t < nodes.Length ? nodes[t] : 0, span);
            }
            _companies = withMarks ? ArrayPool<byte>.Shared.Rent(text.Length) : [];
            _places = withMarks ? ArrayPool<byte>.Shared.Rent(text.Length) : [];
            if (!withMarks) return;
            _companies.AsSpan(0, text.Length).Clear();
            _places.AsSpan(0, text.Length).Clear();
            LexiconMarks.Mark(text, tokens, lexicons, _companies.AsSpan(0, text.Length), _places.AsSpan(0, text.Length));
        }

        /// <summary>Gives the tables back to the shared pools; the table must not be read after.</summary>
        public void Dispose()
        {
            if (_wordAt.Length > 0) ArrayPool<int>.Shared.Return(_wordAt);
            ArrayPool<int>.Shared.Return(_rows);
            if (_classes.Length > 0) ArrayPool<int>.Shared.Return(_classes);
            if (_companies.Length > 0) ArrayPool<byte>.Shared.Return(_companies);
            if (_places.Length > 0) ArrayPool<byte>.Shared.Return(_places);
        }

        public WordInfo this[int i]
        {
            get
            {
                var t = _wordAt[i];
                if (t < 0) return Outside;
                var (before, row, after) = (t * RowWidth, (t + 1) * RowWidth, (t + 2) * RowWidth);
                return new WordInfo(PositionOf(i, t), _rows[row], _tokens[t].Length, _rows[before], _rows[after],
                    (LexiconClass)_rows[row + 1], (LexiconClass)_rows[after + 1], _rows[row + 2], _rows[before + 2], _rows[after + 2],
                    _companies.Length > 0 ? _companies[i] : LexiconMarks.None, _places.Length > 0 ? _places[i] : LexiconMarks.None);
            }
        }

        /// <summary>
        /// What <see cref="this[int]"/> tells of character <paramref name="i"/>, as <see cref="At"/> reads it: its position,
        /// list marks, and the word's values as one vector (Word, Previous, Next, Lexicon, NextLexicon, Tag, PreviousTag,
        /// NextTag), shuffled from two loads of the rows of the word and its neighbours.
        /// </summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)] // called for every character; without tiered PGO it stayed a call
        public Vector256<int> Lanes(int i, out int position, out int company, out int place)
        {
            var t = _wordAt[i];
            if (t < 0)
            {
                (position, company, place) = (Outside.Position, Outside.Company, Outside.Place);
                return Vector256<int>.Zero;
            }
            position = PositionOf(i, t);
            company = _companies.Length > 0 ? _companies[i] : LexiconMarks.None;
            place = _places.Length > 0 ? _places[i] : LexiconMarks.None;
            // the rows of words t − 1, t and t + 1: [previous | this] and [this | next]; the array ends with the row after the last word
            ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
            var previousAndThis = Vector256.LoadUnsafe(ref rows, (nuint)(t * RowWidth));
            var thisAndNext = Vector256.LoadUnsafe(ref rows, (nuint)((t + 1) * RowWidth));
            return Vector256.ConditionalSelect(Vector256.Create(0, -1, 0, 0, 0, 0, -1, 0),
                Vector256.Shuffle(previousAndThis, Vector256.Create(0, 0, 0, 0, 0, 0, 2, 0)),
                Vector256.Shuffle(thisAndNext, Vector256.Create(0, 0, 4, 1, 5, 2, 0, 6)));
        }

        /// <summary>The word classes of character <paramref name="i"/>'s word and of its neighbours (all 0 where no word covers it).</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public (int Word, int Previous, int Next) Classes(int i)
        {
            var t = _wordAt[i];
            return t < 0 ? (0, 0, 0) : (_classes[t + 1], _classes[t], _classes[t + 2]);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private int PositionOf(int i, int t)
        {
            ref readonly var token = ref _tokens[t];
            var (start, length) = (token.Start, token.Length);
            return length == 1 ? Single : i == start ? First : i == start + length - 1 ? Last : Middle;
        }

        /// <summary>
        /// Whether word <paramref name="t"/>, as it reads in the text the table was built on, is a frequent verb or function
        /// word (<see cref="Lexicon.CommonWords.IsFrequentNonNameWord(ReadOnlySpan{char})"/>), from the look-up already made for its tag.
        /// </summary>
        public bool EndsNames(int t) => _rows[(t + 1) * RowWidth + 3] != 0;

        /// <summary>A stable hash of a word (string.GetHashCode is randomised per process, so it cannot be used).</summary>
        private static int WordHash(ReadOnlySpan<char> word)
        {
            unchecked
            {
                var h = 2166136261u;
                foreach (var c in word) h = (h ^ Normalize(c)) * 16777619u;
                return (int)h;
            }
        }
    }
}
