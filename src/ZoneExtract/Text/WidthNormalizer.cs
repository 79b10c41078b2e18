namespace ZoneExtract.Text;

/// <summary>
/// Folds full-width ASCII forms (１２０亿, ６．４％, （） ) to their half-width equivalents, one character
/// for one character, so that every index of the folded string is also an index of the original.
/// </summary>
internal static class WidthNormalizer
{
    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    public static string Fold(string text)
    {
        var firstToFold = IndexOfFoldable(text);
        if (firstToFold < 0) return text;
        return string.Create(text.Length, (text, firstToFold), static (span, state) =>
        {
            var (source, first) = state;
            source.AsSpan(0, first).CopyTo(span);
            for (var i = first; i < source.Length; i++) span[i] = Fold(source[i]);
        });
    }

    public static char Fold(char c) => c switch
    {
        >= FullWidthFirst and <= FullWidthLast => (char)(c - FullWidthOffset),
        IdeographicSpace => ' ',
        _ => c,
    };

    private static int IndexOfFoldable(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (Fold(text[i]) != text[i]) return i;
        }
        return -1;
    }
}
