namespace ZoneExtract.Text;

/// <summary>Ordinal look-ups of a fixed word at a position, without slicing the text.</summary>
internal static class WordAt
{
    /// <summary>True when <paramref name="word"/> occurs in <paramref name="text"/> exactly at <paramref name="index"/>.</summary>
    public static bool Is(string text, int index, string word) =>
        index >= 0 && index + word.Length <= text.Length && string.CompareOrdinal(text, index, word, 0, word.Length) == 0;
}
