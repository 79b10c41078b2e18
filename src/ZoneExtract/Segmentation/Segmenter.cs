using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using ZoneExtract.Text;

namespace ZoneExtract.Segmentation;

/// <summary>
/// Segments a document with jieba.NET and maps every word back to the original string.
/// Plain segmentation (<c>Cut</c>, HMM on) is the hot path; part-of-speech tagging costs about
/// five times as much and runs only when asked for.
/// </summary>
/// <remarks>
/// jieba's own <c>Tokenize</c> computes offsets by adding up word lengths, but <c>Cut</c> drops blocks that
/// are only whitespace (the space in 重庆 高新区), so those offsets drift after such a block. Here each word
/// is located from the running position, skipping only whitespace, which is both exact and as cheap as
/// <c>Cut</c> itself.
/// <para>
/// jieba's cost grows with the square of an unbroken run of word characters (a table's 100,000 digits
/// take seconds, a megabyte of them hours), so the text is handed over in chunks of at most
/// <see cref="MaxChunkLength"/> characters, each ending just after a character that jieba itself splits
/// at (punctuation, whitespace): the words are then exactly those of one call. Only a run of word
/// characters longer than a chunk is cut by force.
/// </para>
/// </remarks>
internal sealed class Segmenter
{
    internal const int MaxChunkLength = 1024;

    private readonly JiebaSegmenter _segmenter;
    private readonly Lazy<PosSegmenter> _posSegmenter;

    public Segmenter(JiebaSegmenter segmenter, Lazy<PosSegmenter> posSegmenter)
    {
        _segmenter = segmenter;
        _posSegmenter = posSegmenter;
    }

    public IReadOnlyList<Token> Segment(string original, SegmentationView view, bool withTags)
    {
        var tokens = new List<Token>(view.Text.Length / 2 + 1);
        var position = 0;
        for (var chunkStart = 0; chunkStart < view.Text.Length;)
        {
            var chunkEnd = ChunkEnd(view.Text, chunkStart);
            var chunk = chunkStart == 0 && chunkEnd == view.Text.Length ? view.Text : view.Text[chunkStart..chunkEnd];
            if (withTags)
            {
                foreach (var pair in _posSegmenter.Value.Cut(chunk, hmm: true))
                {
                    position = Add(tokens, original, view, position, pair.Word, pair.Flag);
                }
            }
            else
            {
                foreach (var word in _segmenter.Cut(chunk, hmm: true))
                {
                    position = Add(tokens, original, view, position, word, null);
                }
            }
            chunkStart = chunkEnd;
        }
        return tokens.AsReadOnly(); // no copy: on a 50 MB text the token array alone is 200 MB
    }

    /// <summary>Adds the word found at or after <paramref name="position"/> of the view; returns the position after it.</summary>
    private static int Add(List<Token> tokens, string original, SegmentationView view, int position, string word, string? tag)
    {
        var viewStart = Locate(view.Text, position, word);
        if (viewStart < 0) return position; // jieba never rewrites words; kept defensive so a surprise cannot shift offsets
        var viewEnd = viewStart + word.Length;
        if (word.Length == 0) return viewEnd;
        var start = view.ToOriginal(viewStart);
        var end = view.ToOriginalEnd(viewEnd);
        var slice = original.AsSpan(start, end - start);
        if (slice.IsWhiteSpace()) return viewEnd;
        // Most words are unchanged by folding and layout joins: reuse jieba's string instead of copying it.
        var text = slice.SequenceEqual(word) ? word : slice.ToString();
        tokens.Add(new Token(start, end - start, text, tag));
        return viewEnd;
    }

    /// <summary>The end of the chunk starting at <paramref name="start"/>: after the last break character within reach.</summary>
    private static int ChunkEnd(string text, int start)
    {
        var limit = start + MaxChunkLength;
        if (limit >= text.Length) return text.Length;
        for (var end = limit; end > start; end--)
        {
            if (!IsJiebaWordChar(text[end - 1]) && !(text[end - 1] == '\r' && text[end] == '\n')) return end;
        }
        return char.IsHighSurrogate(text[limit - 1]) ? limit - 1 : limit;
    }

    /// <summary>The characters jieba keeps together in one block (its pattern [\u4E00-\u9FD5a-zA-Z0-9+#&amp;._]).</summary>
    private static bool IsJiebaWordChar(char c) =>
        c is (>= '\u4E00' and <= '\u9FD5') or (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '+' or '#' or '&' or '.' or '_';

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
