using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
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
    /// Each step scores all tags at once, lane by lane (<see cref="TransitionRows"/>): a tag takes, over the previous tags,
    /// the greatest candidate score and, on a tie, the lowest previous tag, exactly as a loop over the allowed previous
    /// tags of one tag at a time (in increasing order, taking a candidate only when strictly greater) would: the same
    /// additions, the same first best on a tie. The previous tags are scanned as three interleaved chains of consecutive
    /// tags (<see cref="Candidates"/>), merged left to right with the left chain winning ties: the leftmost maximum, as
    /// one scan finds it, with a third of its dependent steps (each waits on the compare before it).
    /// </remarks>
    public static void DecodeInto(ReadOnlySpan<float> scores, DecodeRun run, TransitionRows transitionRows, int offset,
        List<(int Start, int Length, int Label)> spans)
    {
        const int StackBytes = 4096;
        const int Lanes = TransitionRows.Width;
        var tagCount = transitionRows.TagCount;
        var transitions = transitionRows.Scores;
        var length = run.Length;
        if (length == 0) return;
        // one row of Lanes back pointers per character, so that a step stores them with one vector write
        Span<byte> back = length * Lanes <= StackBytes ? stackalloc byte[length * Lanes] : new byte[length * Lanes];
        Span<float> best = stackalloc float[Lanes];
        Span<float> row = stackalloc float[Lanes];
        for (var tag = 0; tag < tagCount; tag++)
        {
            var entry = run.AfterOutside ? transitions[NameTags.Outside * tagCount + tag] : 0f;
            best[tag] = NameTags.IsInside(tag) ? float.NegativeInfinity : scores[tag] + entry;
        }

        // vectors are loaded and stored through refs (LoadUnsafe, StoreUnsafe): Vector256.Create(Span) and CopyTo(Span) are
        // calls that ReadyToRun cannot precompile; best and row hold Lanes = 2 × half floats
        var half = Vector256<float>.Count;
        ref var rows = ref MemoryMarshal.GetReference(transitionRows.All);
        ref var scoreRows = ref MemoryMarshal.GetReference(scores);
        ref var bestLanes = ref MemoryMarshal.GetReference(best);
        var bestLow = Vector256.LoadUnsafe(ref bestLanes);
        var bestHigh = Vector256.LoadUnsafe(ref bestLanes, (nuint)half);
        var chain = (tagCount + 2) / 3;
        for (var i = 1; i < length; i++)
        {
            bestLow.StoreUnsafe(ref bestLanes);
            bestHigh.StoreUnsafe(ref bestLanes, (nuint)half);
            // each chain starts from its first previous tag's step itself (what offering it to no candidate would give), a
            // compare and select fewer on the path from one character's best scores to the next one's
            var first = Candidates.From(ref rows, ref bestLanes, 0);
            var second = chain < tagCount ? Candidates.From(ref rows, ref bestLanes, chain) : Candidates.None(chain);
            var third = 2 * chain < tagCount ? Candidates.From(ref rows, ref bestLanes, 2 * chain) : Candidates.None(2 * chain);
            for (var k = 1; k < chain; k++)
            {
                first.Offer(ref rows, ref bestLanes, k);
                if (chain + k < tagCount) second.Offer(ref rows, ref bestLanes, chain + k);
                if (2 * chain + k < tagCount) third.Offer(ref rows, ref bestLanes, 2 * chain + k);
            }
            first.Merge(second);
            first.Merge(third);
            var (scoreLow, scoreHigh, fromLow, fromHigh) = (first.Low, first.High, first.FromLow, first.FromHigh);
            var rowStart = i * tagCount;
            if (rowStart + Lanes <= scores.Length)
            {
                // lanes past the last tag read the next characters' scores: they are never read back
                bestLow = scoreLow + Vector256.LoadUnsafe(ref scoreRows, (nuint)rowStart);
                bestHigh = scoreHigh + Vector256.LoadUnsafe(ref scoreRows, (nuint)(rowStart + half));
            }
            else
            {
                row.Clear();
                scores.Slice(rowStart, tagCount).CopyTo(row);
                ref var rowLanes = ref MemoryMarshal.GetReference(row);
                bestLow = scoreLow + Vector256.LoadUnsafe(ref rowLanes);
                bestHigh = scoreHigh + Vector256.LoadUnsafe(ref rowLanes, (nuint)half);
            }
            var pointers = Vector256.Narrow(Vector256.Narrow(fromLow, fromHigh), Vector256<short>.Zero).GetLower();
            pointers.AsByte().StoreUnsafe(ref back[i * Lanes]);
        }
        bestLow.StoreUnsafe(ref bestLanes);
        bestHigh.StoreUnsafe(ref bestLanes, (nuint)half);

        if (run.BeforeOutside)
        {
            for (var tag = 0; tag < tagCount; tag++) best[tag] += transitions[tag * tagCount + NameTags.Outside];
        }
        Span<int> tags = length * sizeof(int) <= StackBytes ? stackalloc int[length] : new int[length];
        var last = 0;
        for (var tag = 1; tag < tagCount; tag++) if (best[tag] > best[last]) last = tag;
        tags[length - 1] = last;
        for (var i = length - 1; i > 0; i--) tags[i - 1] = back[i * Lanes + tags[i]];

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

/// <summary>
/// The best candidate score of every tag (lane by lane, two vectors of lanes) over the previous tags offered so far, and
/// the previous tag it came from: the first offered on a tie.
/// </summary>
internal struct Candidates
{
    public Vector256<float> Low;
    public Vector256<float> High;
    public Vector256<int> FromLow;
    public Vector256<int> FromHigh;

    /// <summary>No candidate yet: −∞ everywhere, from <paramref name="firstPrevious"/>, the first previous tag this chain will be offered.</summary>
    public static Candidates None(int firstPrevious) => new()
    {
        Low = Vector256.Create(float.NegativeInfinity),
        High = Vector256.Create(float.NegativeInfinity),
        FromLow = Vector256.Create(firstPrevious),
        FromHigh = Vector256.Create(firstPrevious),
    };

    /// <summary>
    /// The step from <paramref name="previous"/> alone: what <see cref="None"/> offered it would hold (a −∞ candidate, a forbidden
    /// step, is not greater than −∞ and keeps −∞ from the same tag), without the compare and select.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Candidates From(ref float rows, ref float best, int previous)
    {
        var (low, high) = Step(ref rows, ref best, previous);
        var index = Vector256.Create(previous);
        return new() { Low = low, High = high, FromLow = index, FromHigh = index };
    }

    /// <summary>Offers the step from <paramref name="previous"/>: its best score plus its transition row (<see cref="TransitionRows.All"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(ref float rows, ref float best, int previous)
    {
        var (low, high) = Step(ref rows, ref best, previous);
        var index = Vector256.Create(previous);
        Take(low, high, index, index);
    }

    /// <summary>The best score of <paramref name="previous"/> plus its transition row, both vectors of lanes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (Vector256<float> Low, Vector256<float> High) Step(ref float rows, ref float best, int previous)
    {
        var stay = Vector256.Create(Unsafe.Add(ref best, previous));
        var rowOffset = (nuint)(previous * TransitionRows.Width);
        return (stay + Vector256.LoadUnsafe(ref rows, rowOffset), stay + Vector256.LoadUnsafe(ref rows, rowOffset + (nuint)Vector256<float>.Count));
    }

    /// <summary>Takes, lane by lane, the candidates of a chain of later previous tags where they are strictly greater.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Merge(in Candidates later) => Take(later.Low, later.High, later.FromLow, later.FromHigh);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Take(Vector256<float> low, Vector256<float> high, Vector256<int> fromLow, Vector256<int> fromHigh)
    {
        var greaterLow = Vector256.GreaterThan(low, Low);
        var greaterHigh = Vector256.GreaterThan(high, High);
        Low = Vector256.ConditionalSelect(greaterLow, low, Low);
        High = Vector256.ConditionalSelect(greaterHigh, high, High);
        FromLow = Vector256.ConditionalSelect(greaterLow.AsInt32(), fromLow, FromLow);
        FromHigh = Vector256.ConditionalSelect(greaterHigh.AsInt32(), fromHigh, FromHigh);
    }
}

/// <summary>A run of characters to decode, and whether the characters just before and after it are O for sure.</summary>
internal readonly record struct DecodeRun(int Length, bool AfterOutside, bool BeforeOutside);
