using System.Globalization;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>The fixed calendar words (今年, 上半年, 年底, 以来… in Data/calendar-words.tsv), matched longest first.</summary>
internal sealed class DateWordTable
{
    private readonly Dictionary<char, DateWord[]> _byFirstChar;
    private readonly CharBits _isFirstChar; // asked at every character of a text: an array read, no hashing

    /// <summary>Builds a table from its words.</summary>
    public DateWordTable(IEnumerable<DateWord> words)
    {
        _byFirstChar = words.GroupBy(w => w.Text[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Text.Length).ToArray());
        _isFirstChar = CharBits.Of(_byFirstChar.Keys);
    }

    /// <summary>Reads calendar-words.tsv.</summary>
    public static DateWordTable Load(DataFiles data) =>
        new(data.ReadRecords("calendar-words.tsv").Select(r => new DateWord(
            r[0], Enum.Parse<DateTokenKind>(r[1]), int.Parse(r[2], CultureInfo.InvariantCulture),
            r.Length > 3 ? r[3] : "", r.Length > 4 ? r[4] : "")));

    /// <summary>True when some calendar word starts with <paramref name="c"/>.</summary>
    public bool StartsWord(char c) => _isFirstChar.Contains(c);

    /// <summary>The calendar word at <paramref name="index"/> as a token, or a None token.</summary>
    public DateToken Match(string text, int index)
    {
        // the bit first: most characters start no calendar word, and the dictionary hashes
        if (!_isFirstChar.Contains(text[index]) || !_byFirstChar.TryGetValue(text[index], out var candidates)) return DateToken.None(index);
        foreach (var word in candidates)
        {
            if (!WordAt.Is(text, index, word.Text)) continue;
            var end = index + word.Text.Length;
            // 登上月球 is not last month; 今年度 / 本年度 keep 度 in the span.
            if (word.Kind == DateTokenKind.RelativeMonth && end < text.Length && text[end] == '球') continue;
            // 这一年一度 is "this annual", not this year
            if (word.Kind is DateTokenKind.RelativeYear or DateTokenKind.AnaphoricYear && WordAt.Is(text, end, "一度")) continue;
            // 成本日益, 目前天然气, 原来年产: the word is only the seam of two others
            if (index > 0 && word.NotAfter.Contains(text[index - 1]) || end < text.Length && word.NotBefore.Contains(text[end])) continue;
            if (word.Kind is DateTokenKind.RelativeYear or DateTokenKind.AnaphoricYear && end < text.Length && text[end] == '度') end++;
            return new DateToken(word.Kind, index, end, word.Value);
        }
        return DateToken.None(index);
    }
}

/// <summary>
/// A calendar word, the token kind it stands for, its value (an offset, a half, a dekad), and the characters that
/// must not stand just before or after it.
/// </summary>
internal readonly record struct DateWord(string Text, DateTokenKind Kind, int Value, string NotAfter = "", string NotBefore = "");
