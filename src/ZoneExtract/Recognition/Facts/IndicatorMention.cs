namespace ZoneExtract.Recognition.Facts;

/// <summary>An indicator named in a sentence, [<see cref="Start"/>, <see cref="End"/>), with the kind of level it takes.</summary>
internal readonly record struct IndicatorMention(int Start, int End, IndicatorKind Kind);
