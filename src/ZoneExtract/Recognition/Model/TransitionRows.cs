namespace ZoneExtract.Recognition.Model;

/// <summary>
/// A model's tag-to-tag transition scores laid out for <see cref="NameTagDecoder"/>: per previous tag, one row of
/// <see cref="Width"/> lanes holding the score of each tag after it, −∞ where that tag may not follow (I-X only after
/// B-X or I-X) and in the lanes past the last tag, so that one step of the Viterbi pass scores every tag at once
/// and a forbidden step can never win. Built once per model.
/// </summary>
internal sealed class TransitionRows
{
    /// <summary>Lanes per row: two vectors of eight floats, room for <see cref="NameTags.Count"/> tags.</summary>
    public const int Width = 16;

    private readonly float[] _rows;

    /// <exception cref="ArgumentOutOfRangeException">More tags than <see cref="Width"/>.</exception>
    public TransitionRows(ReadOnlySpan<float> transitions, int tagCount)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tagCount, Width);
        TagCount = tagCount;
        Scores = transitions.ToArray();
        _rows = new float[tagCount * Width];
        Array.Fill(_rows, float.NegativeInfinity);
        for (var previous = 0; previous < tagCount; previous++)
        {
            for (var tag = 0; tag < tagCount; tag++)
            {
                if (Allowed(previous, tag)) _rows[previous * Width + tag] = transitions[previous * tagCount + tag];
            }
        }
    }

    public int TagCount { get; }

    /// <summary>The scores as the model has them (tag count × tag count, previous-major), for the steps into and out of a run.</summary>
    public float[] Scores { get; }

    /// <summary>Every row, previous tag by previous tag (tag count × <see cref="Width"/> lanes).</summary>
    public ReadOnlySpan<float> All => _rows;

    /// <summary>I-X only after B-X or I-X; everything else may follow anything.</summary>
    private static bool Allowed(int previous, int tag) =>
        !NameTags.IsInside(tag) || NameTags.LabelOf(previous) == NameTags.LabelOf(tag) && previous != NameTags.Outside;
}
