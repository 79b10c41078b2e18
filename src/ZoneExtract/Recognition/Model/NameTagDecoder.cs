using System.Runtime.Intrinsics;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// Turns per-character tag scores into consistent spans: a Viterbi pass over BIO tags that adds the model's
/// tag-to-tag transition scores (log P(tag | previous tag) − log P(tag), counted on the training data) to the per-character
/// log-probabilities, with I-X allowed only after B-X or I-X, so every span starts with its B tag and has one label.
/// </summary>
internal static class NameTagDecoder
{
    /// <summary>Decodes <paramref name="scores"/> (length × tag count) of a whole text into (start, length, label index) spans.</summary>
    public static List<(int Start, int Length, int Label)> Decode(ReadOnlySpan<float> scores, int length, ReadOnlySpan<float> transitions, int tagCount) =>
        Decode(scores, new DecodeRun(length, AfterOutside: false, BeforeOutside: false), transitions, tagCount);

    /// <summary>
    /// Decodes one run of characters; when the run follows or precedes a character that is O for sure, the
    /// transitions from and into O are scored as a decode of the whole text would score them.
    /// </summary>
    public static List<(int Start, int Length, int Label)> Decode(ReadOnlySpan<float> scores, DecodeRun run, ReadOnlySpan<float> transitions, int tagCount)
    {
        var spans = new List<(int Start, int Length, int Label)>();
        DecodeInto(scores, run, new TransitionRows(transitions, tagCount), 0, spans);
        return spans;
    }

    /// <summary>
    /// Decodes one run as <see cref="Decode(ReadOnlySpan{float}, DecodeRun, ReadOnlySpan{float}, int)"/> does and
    /// appends its spans, shifted by <paramref name="offset"/>, to <paramref name="spans"/>: no allocation for runs
    /// of ordinary length, which is what a long text's thousands of short runs need.
    /// </summary>
    /// <remarks>
    /// Each step scores all tags at once, lane by lane (<see cref="TransitionRows"/>): for every previous tag in increasing
    /// order, a tag takes the candidate score only when it is strictly greater than its best so far (which starts at −∞,
    /// from tag 0), exactly as a loop over the allowed previous tags of one tag at a time would: the same additions, the
    /// same first best on a tie.
    /// </remarks>
    public static void DecodeInto(ReadOnlySpan<float> scores, DecodeRun run, TransitionRows transitionRows, int offset,
        List<(int Start, int Length, int Label)> spans)
    {
        const int StackBytes = 2048;
        const int Lanes = TransitionRows.Width;
        var tagCount = transitionRows.TagCount;
        var transitions = transitionRows.Scores;
        var length = run.Length;
        if (length == 0) return;
        Span<byte> back = length * tagCount <= StackBytes ? stackalloc byte[length * tagCount] : new byte[length * tagCount];
        Span<float> best = stackalloc float[Lanes];
        Span<float> row = stackalloc float[Lanes];
        Span<int> from = stackalloc int[Lanes];
        for (var tag = 0; tag < tagCount; tag++)
        {
            var entry = run.AfterOutside ? transitions[NameTags.Outside * tagCount + tag] : 0f;
            best[tag] = NameTags.IsInside(tag) ? float.NegativeInfinity : scores[tag] + entry;
        }

        var half = Vector256<float>.Count;
        for (var i = 1; i < length; i++)
        {
            var scoreLow = Vector256.Create(float.NegativeInfinity);
            var scoreHigh = scoreLow;
            var fromLow = Vector256<int>.Zero;
            var fromHigh = fromLow;
            for (var previous = 0; previous < tagCount; previous++)
            {
                var stay = Vector256.Create(best[previous]);
                var transition = transitionRows.Row(previous);
                var candidateLow = stay + Vector256.Create(transition[..half]);
                var candidateHigh = stay + Vector256.Create(transition[half..]);
                var greaterLow = Vector256.GreaterThan(candidateLow, scoreLow);
                var greaterHigh = Vector256.GreaterThan(candidateHigh, scoreHigh);
                scoreLow = Vector256.ConditionalSelect(greaterLow, candidateLow, scoreLow);
                scoreHigh = Vector256.ConditionalSelect(greaterHigh, candidateHigh, scoreHigh);
                var index = Vector256.Create(previous);
                fromLow = Vector256.ConditionalSelect(greaterLow.AsInt32(), index, fromLow);
                fromHigh = Vector256.ConditionalSelect(greaterHigh.AsInt32(), index, fromHigh);
            }
            row.Clear();
            scores.Slice(i * tagCount, tagCount).CopyTo(row);
            (scoreLow + Vector256.Create<float>(row[..half])).CopyTo(best);
            (scoreHigh + Vector256.Create<float>(row[half..])).CopyTo(best[half..]);
            fromLow.CopyTo(from);
            fromHigh.CopyTo(from[half..]);
            for (var tag = 0; tag < tagCount; tag++) back[i * tagCount + tag] = (byte)from[tag];
        }

        if (run.BeforeOutside)
        {
            for (var tag = 0; tag < tagCount; tag++) best[tag] += transitions[tag * tagCount + NameTags.Outside];
        }
        Span<int> tags = length * sizeof(int) <= StackBytes ? stackalloc int[length] : new int[length];
        var last = 0;
        for (var tag = 1; tag < tagCount; tag++) if (best[tag] > best[last]) last = tag;
        tags[length - 1] = last;
        for (var i = length - 1; i > 0; i--) tags[i - 1] = back[i * tagCount + tags[i]];

        for (var i = 0; i < length;)
        {
            if (tags[i] == NameTags.Outside || NameTags.IsInside(tags[i])) { i++; continue; }
            var label = NameTags.LabelOf(tags[i]);
            var end = i + 1;
            while (end < length && tags[end] == NameTags.Inside(label)) end++;
            spans.Add((offset + i, end - i, label));
            i = end;
        }
    }
}

/// <summary>A run of characters to decode, and whether the characters just before and after it are O for sure.</summary>
internal readonly record struct DecodeRun(int Length, bool AfterOutside, bool BeforeOutside);
