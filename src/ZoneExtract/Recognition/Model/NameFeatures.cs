using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;
using ZoneExtract.Recognition.Places;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// The name model's features, hashed into a fixed space (feature hashing), so that training (ML.NET) and
/// inference (a plain weight table) agree by construction. Per character: the character and its neighbours
/// (unigrams up to three away, bigrams, a skip bigram, one trigram), its place in its jieba word (B/M/E/S) with the word itself, the
/// neighbouring words, the word's lexicon class (place, company head, organisation head), the jieba dictionary tags of the
/// word and its neighbours (nr, ns, nt…, or not in the dictionary) and character classes.
/// </summary>
internal static class NameFeatures
{
    public const int Bits = 18;
    public const int Space = 1 << Bits;
    public const int PerPosition = 25;

    private const char Before = '\u0002';
    private const char After = '\u0003';

    private enum LexiconClass { None, Place, CompanyHead, OrganizationHead }

    /// <summary>Fills <paramref name="output"/> (length text.Length × <see cref="PerPosition"/>) with feature indices.</summary>
    public static void Extract(string text, IReadOnlyList<Token> tokens, Span<int> output)
    {
        var length = text.Length;
        var words = WordInfo.Build(text, tokens);
        for (var i = 0; i < length; i++)
        {
            var c0 = Normalize(text[i]);
            var cm1 = i >= 1 ? Normalize(text[i - 1]) : Before;
            var cm2 = i >= 2 ? Normalize(text[i - 2]) : Before;
            var cp1 = i + 1 < length ? Normalize(text[i + 1]) : After;
            var cp2 = i + 2 < length ? Normalize(text[i + 2]) : After;
            var cm3 = i >= 3 ? Normalize(text[i - 3]) : Before;
            var cp3 = i + 3 < length ? Normalize(text[i + 3]) : After;
            var w = words[i];
            var f = output.Slice(i * PerPosition, PerPosition);
            f[0] = Hash(0, c0);
            f[1] = Hash(1, cm1);
            f[2] = Hash(2, cp1);
            f[3] = Hash(3, cm2);
            f[4] = Hash(4, cp2);
            f[5] = Hash(5, cm1, c0);
            f[6] = Hash(6, c0, cp1);
            f[7] = Hash(7, cm2, cm1);
            f[8] = Hash(8, cp1, cp2);
            f[9] = Hash(9, cm1, c0, cp1);
            f[10] = Hash(10, w.Position, c0);
            f[11] = Hash(11, w.Position, w.Word);
            f[12] = Hash(12, w.Position, Math.Min(w.Length, 6));
            f[13] = Hash(13, w.Position, w.Previous);
            f[14] = Hash(14, w.Position, w.Next);
            f[15] = Hash(15, w.Position, (int)w.Lexicon, (int)w.NextLexicon);
            f[16] = Hash(16, Kind(cm1), Kind(c0), Kind(cp1));
            f[17] = Hash(17, c0, (int)w.NextLexicon);
            f[18] = Hash(18, cm1, cp1);
            f[19] = Hash(19, w.Position, w.Previous, w.Word);
            f[20] = Hash(20, w.Position, w.Word, w.Next);
            f[21] = Hash(21, cm3);
            f[22] = Hash(22, cp3);
            f[23] = Hash(23, w.Position, w.Tag);
            f[24] = Hash(24, w.PreviousTag, w.Tag, w.NextTag);
        }
    }

    /// <summary>Digits share one symbol so that numbers generalise; letters are lower-cased.</summary>
    private static char Normalize(char c) => c switch
    {
        >= '0' and <= '9' => '0',
        >= 'A' and <= 'Z' => (char)(c + 32),
        _ => c,
    };

    private static int Kind(char c) =>
        CharClass.IsIdeograph(c) ? 1 : c == '0' ? 2 : char.IsAsciiLetter(c) ? 3 : char.IsWhiteSpace(c) ? 4 : c is Before or After ? 5 : 6;

    private static int Hash(int template, int a, int b = 0, int c = 0)
    {
        unchecked
        {
            var h = (uint)(template + 1) * 0x9E3779B1u;
            h = (h ^ (uint)a) * 0x85EBCA6Bu;
            h ^= h >> 15;
            h = (h ^ (uint)b) * 0xC2B2AE35u;
            h ^= h >> 13;
            h = (h ^ (uint)c) * 0x27D4EB2Fu;
            h ^= h >> 16;
            return (int)(h & (Space - 1));
        }
    }

    /// <summary>What a character knows of its word: position tag, hashes of the word and its neighbours, lexicon classes.</summary>
    private readonly record struct WordInfo(int Position, int Word, int Length, int Previous, int Next, LexiconClass Lexicon, LexiconClass NextLexicon,
        int Tag, int PreviousTag, int NextTag)
    {
        private const int Single = 1, First = 2, Middle = 3, Last = 4, NoWord = 5;

        public static WordInfo[] Build(string text, IReadOnlyList<Token> tokens)
        {
            var infos = new WordInfo[text.Length];
            Array.Fill(infos, new WordInfo(NoWord, 0, 0, 0, 0, LexiconClass.None, LexiconClass.None, 0, 0, 0));
            var hashes = new int[tokens.Count];
            var classes = new LexiconClass[tokens.Count];
            var tags = new int[tokens.Count];
            for (var t = 0; t < tokens.Count; t++)
            {
                var span = text.AsSpan(tokens[t].Start, tokens[t].Length);
                hashes[t] = WordHash(span);
                classes[t] = Classify(span);
                tags[t] = CommonWords.TagClass(span);
            }
            for (var t = 0; t < tokens.Count; t++)
            {
                var token = tokens[t];
                var previous = t > 0 ? hashes[t - 1] : -1;
                var next = t + 1 < tokens.Count ? hashes[t + 1] : -2;
                var nextClass = t + 1 < tokens.Count ? classes[t + 1] : LexiconClass.None;
                var previousTag = t > 0 ? tags[t - 1] : -1;
                var nextTag = t + 1 < tokens.Count ? tags[t + 1] : -2;
                for (var i = token.Start; i < token.End && i < infos.Length; i++)
                {
                    var position = token.Length == 1 ? Single : i == token.Start ? First : i == token.End - 1 ? Last : Middle;
                    infos[i] = new WordInfo(position, hashes[t], token.Length, previous, next, classes[t], nextClass, tags[t], previousTag, nextTag);
                }
            }
            return infos;
        }

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

        private static LexiconClass Classify(ReadOnlySpan<char> word)
        {
            if (PlaceNames.All.Contains(word)) return LexiconClass.Place;
            if (NameLexicons.CompanySuffixes.Contains(word)) return LexiconClass.CompanyHead;
            if (NameLexicons.OrganizationSuffixes.Contains(word)) return LexiconClass.OrganizationHead;
            return LexiconClass.None;
        }
    }
}
