using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition;

/// <summary>
/// What every recogniser sees of one document: the caller's original string, its width-folded twin
/// (same length, so indices are shared), the segmentation, the reference date and the labels asked for.
/// </summary>
internal sealed class Document
{
    private Lexicon.TokenBoundaries? _words;
    private Numbers.SpaceJoinedText? _amountView;

    public Document(string original, string folded, IReadOnlyList<Token> tokens, DateOnly? referenceDate, EntityLabel labels)
    {
        Original = original;
        Text = folded;
        Tokens = tokens as TokenList ?? new TokenList([.. tokens], tokens.Count);
        ReferenceDate = referenceDate;
        Labels = labels;
    }

    /// <summary>The caller's string; entity texts are slices of it.</summary>
    public string Original { get; }

    /// <summary>The original with full-width ASCII folded to half-width; same length and indices as <see cref="Original"/>.</summary>
    public string Text { get; }

    /// <summary>
    /// The words, as the segmenter's own list (a list given in another form is copied into one): a concrete sealed type,
    /// so that a recogniser's <c>Tokens[k]</c> is an inlined array read, not an interface call per word.
    /// </summary>
    public TokenList Tokens { get; }

    /// <summary>The segmentation by character position, built on first use and shared by the recognisers of this document.</summary>
    public Lexicon.TokenBoundaries Words => _words ??= new Lexicon.TokenBoundaries(Text.Length, Tokens);

    /// <summary>The text with the spaces inside amounts removed, built on first use and shared by MONEY and PERCENT.</summary>
    public Numbers.SpaceJoinedText AmountView => _amountView ??= Numbers.SpaceJoinedText.ForAmounts(Text);

    public DateOnly? ReferenceDate { get; }

    public EntityLabel Labels { get; }

    public bool Wants(EntityLabel label) => (Labels & label) != 0;

    /// <summary>The original text of a span.</summary>
    public string Slice(int start, int length) => Original.Substring(start, length);
}
