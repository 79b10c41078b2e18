namespace ZoneExtract.Evaluation.Html;

/// <summary>One span to highlight in a text: where, how it looks, its short tag and its title (shown on hover, read by screen readers).</summary>
/// <param name="Start">Start index (inclusive) into the text.</param>
/// <param name="End">End index (exclusive).</param>
/// <param name="CssClass">The classes of its <c>mark</c> element.</param>
/// <param name="Tag">The short tag shown after the span, e.g. ZONE.</param>
/// <param name="Title">The full description: label, text and normalised value or judgement.</param>
internal sealed record Highlight(int Start, int End, string CssClass, string Tag, string Title);
