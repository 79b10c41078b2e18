using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Tests.Recognition;

/// <summary>A text given as its jieba words joined by | (国内|几大|租车公司), with the words' boundaries.</summary>
internal static class SegmentedText
{
    public static (string Text, TokenBoundaries Words) Parse(string segmented)
    {
        var tokens = new List<Token>();
        var at = 0;
        foreach (var part in segmented.Split('|'))
        {
            tokens.Add(new Token(at, part.Length, part, null));
            at += part.Length;
        }
        var text = segmented.Replace("|", "", StringComparison.Ordinal);
        return (text, new TokenBoundaries(text.Length, tokens));
    }
}
