namespace ZoneExtract.Recognition.Facts;

/// <summary>One sentence of a text: [<see cref="Start"/>, <see cref="End"/>) and the paragraph it belongs to.</summary>
/// <param name="Start">Index of the first character.</param>
/// <param name="End">Index just past the last character (its final punctuation included).</param>
/// <param name="Paragraph">Number of the paragraph, counted from 0; facts inherit nothing across paragraphs.</param>
internal readonly record struct FactSentence(int Start, int End, int Paragraph);
