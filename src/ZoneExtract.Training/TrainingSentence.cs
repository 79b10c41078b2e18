namespace ZoneExtract.Training;

/// <summary>One training text and its name spans (UTF-16 start and length; labels COMPANY, ORG, PERSON or LOC).</summary>
/// <param name="Text">The text as written.</param>
/// <param name="Spans">Name spans; other labels are already dropped.</param>
public sealed record TrainingSentence(string Text, IReadOnlyList<(int Start, int Length, EntityLabel Label)> Spans);
