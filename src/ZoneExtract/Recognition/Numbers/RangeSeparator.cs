namespace ZoneExtract.Recognition.Numbers;

/// <summary>The words and dashes that join the two ends of a range: 5-10亿元, 1至9月, 两到三万, 16%～37%.</summary>
internal static class RangeSeparator
{
    /// <summary>The length of the separator at <paramref name="index"/>, or 0 when there is none.</summary>
    public static int LengthAt(string text, int index)
    {
        if (index >= text.Length) return 0;
        switch (text[index])
        {
            case '-':
                return index + 1 < text.Length && text[index + 1] == '-' ? 2 : 1; // 1万元--5万元
            case '–' or '~' or '〜' or '至' or '到':
                return 1;
            case '—':
                return index + 1 < text.Length && text[index + 1] == '—' ? 2 : 1;
            default:
                return 0;
        }
    }
}
