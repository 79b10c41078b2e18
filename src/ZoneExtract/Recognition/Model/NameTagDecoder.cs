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
        DecodeInto(scores, run, transitions, tagCount, 0, spans);
        return spans;
    }

    /// <summary>
    /// Decodes one run as <see cref="Decode(ReadOnlySpan{float}, DecodeRun, ReadOnlySpan{float}, int)"/> does and
    /// appends its spans, shifted by <paramref name="offset"/>, to <paramref name="spans"/>: no allocation for runs
    /// of ordinary length, which is what a long text's thousands of short runs need.
    /// </summary>
    public static void DecodeInto(ReadOnlySpan<float> scores, DecodeRun run, ReadOnlySpan<float> transitions, int tagCount, int offset,
        List<(int Start, int Length, int Label)> spans)
    {
        const int StackBytes = 2048;
        var length = run.Length;
        if (length == 0) return;
        Span<byte> back = length * tagCount <= StackBytes ? stackalloc byte[length * tagCount] : new byte[length * tagCount];
        Span<float> best = stackalloc float[tagCount];
        Span<float> next = stackalloc float[tagCount];
        for (var tag = 0; tag < tagCount; tag++)
        {
            var entry = run.AfterOutside ? transitions[NameTags.Outside * tagCount + tag] : 0f;
            best[tag] = NameTags.IsInside(tag) ? float.NegativeInfinity : scores[tag] + entry;
        }

        for (var i = 1; i < length; i++)
        {
            for (var tag = 0; tag < tagCount; tag++)
            {
                var from = 0;
                var score = float.NegativeInfinity;
                // the previous tags allowed, tried in increasing order (the first best one wins a tie):
                // I-X only after B-X (tag − 1) or I-X itself, anything else after any tag
                var (lowest, highest) = NameTags.IsInside(tag) ? (tag - 1, tag) : (0, tagCount - 1);
                for (var previous = lowest; previous <= highest; previous++)
                {
                    var candidate = best[previous] + transitions[previous * tagCount + tag];
                    if (candidate > score) (score, from) = (candidate, previous);
                }
                next[tag] = score + scores[i * tagCount + tag];
                back[i * tagCount + tag] = (byte)from;
            }
            next.CopyTo(best);
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
