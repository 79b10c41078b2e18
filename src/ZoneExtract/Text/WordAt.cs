namespace ZoneExtract.Text;

/// <summary>Ordinal look-ups of a fixed word at a position, without slicing the text.</summary>
internal static class WordAt
{
    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> exactly at <paramref name="index"/>.</summary>
    /// <remarks>A span equality, not <c>string.CompareOrdinal</c>: that one validates five arguments and orders the strings, a
    /// tenth of the date recogniser's time (its calendar and weekday words are tried at every numeral and date character).</remarks>
    public static bool Is(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && text.AsSpan(index, word.Length).SequenceEqual(word);
}
