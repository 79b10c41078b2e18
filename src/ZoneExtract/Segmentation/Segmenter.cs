using System.Runtime.InteropServices;
using JiebaNet.Segmenter.PosSeg;
using ZoneExtract.Text;

namespace ZoneExtract.Segmentation;

/// <summary>
/// Segments a document and maps every word back to the original string. Plain segmentation (jieba's
/// <c>Cut</c>, HMM on, by <see cref="WordCutter"/>) is the hot path and gives offsets directly;
/// part-of-speech tagging (jieba.NET's <c>PosSegmenter</c>) costs several times as much and runs only when asked for.
/// </summary>
/// <remarks>
/// jieba.NET's <c>PosSegmenter</c> returns strings, and jieba's own <c>Tokenize</c> computes offsets by adding
/// up word lengths, which drifts after a block of whitespace that <c>Cut</c> drops (the space in 重庆 高新区).
/// Tagged words are therefore located from the running position, skipping only whitespace.
/// <para>
/// jieba.NET's cost grows with the square of an unbroken run of word characters (a table's 100,000 digits
/// take seconds, a megabyte of them hours), so the text is segmented in chunks of at most
/// <see cref="MaxChunkLength"/> characters, each ending just after a character that jieba itself splits
/// at (punctuation, whitespace): the words are then exactly those of one call. Only a run of word
/// characters longer than a chunk is cut by force. Both paths chunk the same way, so they agree on words.
/// </para>
/// </remarks>
internal sealed class Segmenter
{
    internal const int MaxChunkLength = 1024;

    private const char FirstIdeograph = '\u4E00';
    private const char LastIdeograph = '\u9FFF';

    private readonly WordCutter _cutter;
    private readonly Lazy<PosSegmenter> _posSegmenter;

    // The text of every one-character word that is a CJK ideograph, made once (about 0.5 MB): a third of the words of
    // Chinese news are single ideographs, and each would otherwise be a new string of every document.
    private readonly string[] _ideographs;

    // Likewise the punctuation, symbols and ASCII characters that stand alone as words (，。、“” and the like: a tenth of
    // the words of news), block by block.
    private static readonly (char First, char Last)[] SymbolBlocks = [('\u0000', '\u007F'), ('\u2000', '\u206F'), ('\u3000', '\u303F'), ('\uFF00', '\uFFEF')];
    private readonly string[][] _symbols;

    public Segmenter(WordCutter cutter, Lazy<PosSegmenter> posSegmenter)
    {
        _cutter = cutter;
        _posSegmenter = posSegmenter;
        _ideographs = new string[LastIdeograph - FirstIdeograph + 1];
        for (var i = 0; i < _ideographs.Length; i++) _ideographs[i] = ((char)(FirstIdeograph + i)).ToString();
        _symbols = [.. SymbolBlocks.Select(block => Enumerable.Range(block.First, block.Last - block.First + 1).Select(c => ((char)c).ToString()).ToArray())];
    }

    // Plain words are returned without a copy: on a 50 MB text the token array alone is 200 MB.
    public TokenList Segment(string original, SegmentationView view, bool withTags)
    {
        if (!withTags) return SegmentPlain(original, view);
        var tagged = SegmentTagged(original, view).ToArray();
        return new TokenList(tagged, tagged.Length);
    }

    /// <summary>
    /// Plain words: all offsets first, then the tokens in an array of the words' number (whitespace words are left out),
    /// with each dictionary word's trie node when the word reads the same in the original's span (no layout break
    /// removed inside it), so that the recognisers can find its dictionary entry without a look-up.
    /// </summary>
    private TokenList SegmentPlain(string original, SegmentationView view)
    {
        var capacity = view.Text.Length * 2 / 3 + 16;
        var words = new List<(int Start, int Length)>(capacity);
        var nodes = new List<int>(capacity);
        for (var chunkStart = 0; chunkStart < view.Text.Length;)
        {
            var chunkEnd = ChunkEnd(view.Text, chunkStart);
            var first = words.Count;
            _cutter.Cut(view.Text.AsSpan(chunkStart, chunkEnd - chunkStart), words, nodes);
            foreach (ref var word in CollectionsMarshal.AsSpan(words)[first..]) word.Start += chunkStart;
            chunkStart = chunkEnd;
        }
        var tokens = new Token[words.Count];
        var tokenNodes = new int[words.Count];
        var count = 0;
        for (var w = 0; w < words.Count; w++)
        {
            var (start, length) = words[w];
            if (Locate(original, view, start, length) is not { } token) continue;
            tokenNodes[count] = token.Length == length ? nodes[w] : 0;
            tokens[count++] = token;
        }
        return new TokenList(tokens, count, tokenNodes);
    }

    private List<Token> SegmentTagged(string original, SegmentationView view)
    {
        var tokens = new List<Token>(view.Text.Length / 2 + 1);
        var position = 0;
        for (var chunkStart = 0; chunkStart < view.Text.Length;)
        {
            var chunkEnd = ChunkEnd(view.Text, chunkStart);
            var chunk = chunkStart == 0 && chunkEnd == view.Text.Length ? view.Text : view.Text[chunkStart..chunkEnd];
            foreach (var pair in _posSegmenter.Value.Cut(chunk, hmm: true))
            {
                position = AddTagged(tokens, original, view, position, pair.Word, pair.Flag);
            }
            chunkStart = chunkEnd;
        }
        return tokens;
    }

    /// <summary>Adds the tagged word found at or after <paramref name="position"/> of the view; returns the position after it.</summary>
    private int AddTagged(List<Token> tokens, string original, SegmentationView view, int position, string word, string tag)
    {
        var viewStart = Locate(view.Text, position, word);
        if (viewStart < 0) return position; // jieba never rewrites words; kept defensive so a surprise cannot shift offsets
        Add(tokens, original, view, viewStart, word.Length, tag);
        return viewStart + word.Length;
    }

    /// <summary>Adds the word at [viewStart, viewStart + length) of the view, in original offsets, unless it is whitespace.</summary>
    private void Add(List<Token> tokens, string original, SegmentationView view, int viewStart, int length, string? tag)
    {
        if (Locate(original, view, viewStart, length, tag) is { } token) tokens.Add(token);
    }

    /// <summary>The word at [viewStart, viewStart + length) of the view, in original offsets; null for an empty or whitespace word.</summary>
    private Token? Locate(string original, SegmentationView view, int viewStart, int length, string? tag = null)
    {
        if (length == 0) return null;
        var start = view.ToOriginal(viewStart);
        var end = view.ToOriginalEnd(viewStart + length);
        var slice = original.AsSpan(start, end - start);
        // most words start with an ideograph, which is no whitespace: the Unicode whitespace test only for the others
        if (slice[0] is not (>= FirstIdeograph and <= LastIdeograph) && slice.IsWhiteSpace()) return null;
        var text = slice.Length == 1 && OneCharacterWord(slice[0]) is { } single ? single : slice.ToString();
        return new Token(start, end - start, text, tag);
    }

    /// <summary>The text of a one-character word from the tables made once, or null for a character they do not hold.</summary>
    private string? OneCharacterWord(char c)
    {
        if (c is >= FirstIdeograph and <= LastIdeograph) return _ideographs[c - FirstIdeograph];
        for (var block = 0; block < SymbolBlocks.Length; block++)
        {
            if (c >= SymbolBlocks[block].First && c <= SymbolBlocks[block].Last) return _symbols[block][c - SymbolBlocks[block].First];
        }
        return null;
    }

    /// <summary>The end of the chunk starting at <paramref name="start"/>: after the last break character within reach.</summary>
    private static int ChunkEnd(string text, int start)
    {
        var limit = start + MaxChunkLength;
        if (limit >= text.Length) return text.Length;
        for (var end = limit; end > start; end--)
        {
            if (!WordCutter.IsWordCharacter(text[end - 1]) && !(text[end - 1] == '\r' && text[end] == '\n')) return end;
        }
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>Where <paramref name="word"/> starts: at <paramref name="position"/>, after whitespace that jieba skipped, or -1.</summary>
    private static int Locate(string text, int position, string word)
    {
        while (position < text.Length && !text.AsSpan(position).StartsWith(word, StringComparison.Ordinal))
        {
            if (!char.IsWhiteSpace(text[position])) return text.IndexOf(word, position, StringComparison.Ordinal);
            position++;
        }
        return position < text.Length || word.Length == 0 ? position : -1;
    }
}
