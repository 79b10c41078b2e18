namespace ZoneExtract;

/// <summary>
/// An entity found in a text. <see cref="Start"/> and <see cref="Length"/> are UTF-16 indices into the
/// caller's original string, and <see cref="Text"/> is exactly that slice of it.
/// </summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span.</param>
public abstract record Entity(int Start, int Length, string Text)
{
    /// <summary>The entity's label (exactly one flag).</summary>
    public abstract EntityLabel Label { get; }

    /// <summary>Index just past the last character (exclusive end).</summary>
    public int End => Start + Length;
}
