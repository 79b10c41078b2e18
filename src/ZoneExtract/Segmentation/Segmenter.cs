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
/// </remarks>
internal sealed class Segmenter
{
    private readonly JiebaSegmenter _segmenter;
    private readonly Lazy<PosSegmenter> _posSegmenter;

    public Segmenter(JiebaSegmenter segmenter, Lazy<PosSegmenter> posSegmenter)
    {
        _segmenter = segmenter;
        _posSegmenter = posSegmenter;
    }

    public Token[] Segment(string original, SegmentationView view, bool withTags)
    {
        var tokens = new List<Token>(view.Text.Length / 2 + 1);
        var position = 0;
        if (withTags)
        {
            foreach (var pair in _posSegmenter.Value.Cut(view.Text, hmm: true))
            {
                position = Add(tokens, original, view, position, pair.Word, pair.Flag);
            }
        }
        else
        {
            foreach (var word in _segmenter.Cut(view.Text, hmm: true))
            {
                position = Add(tokens, original, view, position, word, null);
            }
        }
        return tokens.ToArray();
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
