namespace ZoneExtract.Evaluation;

/// <summary>Short, one-line excerpts of a document around a span, for error lists.</summary>
internal static class ErrorContext
{
    public const int Width = 10;

    public static string Before(string text, int start)
    {
        var from = Math.Max(0, start - Width);
        if (from > 0 && char.IsLowSurrogate(text[from])) from--;
        return Printable(text[from..start]);
    }

    public static string After(string text, int end)
    {
        var to = Math.Min(text.Length, end + Width);
        if (to < text.Length && char.IsLowSurrogate(text[to])) to++;
        return Printable(text[end..to]);
    }

    /// <summary>Line breaks and tabs shown as visible marks, so that one error stays on one line.</summary>
    public static string Printable(string text) => text.Replace("\r", "", StringComparison.Ordinal).Replace('\n', '⏎').Replace('\t', '→');
}
