using JiebaNet.Segmenter;
using JiebaNet.Segmenter.PosSeg;
using ZoneExtract.Text;

namespace ZoneExtract.Segmentation;

/// <summary>
/// Segments a document with jieba.NET and maps every word back to the original string.
/// Plain segmentation (<c>Tokenize</c>, HMM on) is the hot path; part-of-speech tagging costs about
/// five times as much and runs only when asked for.
/// </summary>
internal sealed class Segmenter
{
    private readonly JiebaSegmenter _segmenter;
    private readonly PosSegmenter _posSegmenter;

    public Segmenter(JiebaSegmenter segmenter, PosSegmenter posSegmenter)
    {
        _segmenter = segmenter;
        _posSegmenter = posSegmenter;
    }

    public Token[] Segment(string original, SegmentationView view, bool withTags)
    {
        var tokens = new List<Token>(view.Text.Length / 2 + 1);
        if (withTags)
        {
            var position = 0;
            foreach (var pair in _posSegmenter.Cut(view.Text, hmm: true))
            {
                var start = view.Text.IndexOf(pair.Word, position, StringComparison.Ordinal);
                if (start < 0) continue; // jieba never rewrites words; kept defensive so a surprise cannot shift offsets
                Add(tokens, original, view, start, start + pair.Word.Length, pair.Flag);
                position = start + pair.Word.Length;
            }
        }
        else
        {
            foreach (var token in _segmenter.Tokenize(view.Text, TokenizerMode.Default, hmm: true))
            {
                Add(tokens, original, view, token.StartIndex, token.EndIndex, null);
            }
        }
        return tokens.ToArray();
    }

    private static void Add(List<Token> tokens, string original, SegmentationView view, int viewStart, int viewEnd, string? tag)
    {
        if (viewEnd <= viewStart) return;
        var start = view.ToOriginal(viewStart);
        var end = view.ToOriginalEnd(viewEnd);
        if (original.AsSpan(start, end - start).IsWhiteSpace()) return;
        tokens.Add(new Token(start, end - start, original.Substring(start, end - start), tag));
    }
}
