using System.Globalization;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Dates;

/// <summary>The fixed calendar words (今年, 上半年, 年底, 以来… in Data/calendar-words.tsv), matched longest first.</summary>
internal sealed class DateWordTable
{
    private const string Resource = "ZoneExtract.Dates.calendar-words.tsv";

    private readonly Dictionary<char, DateWord[]> _byFirstChar;

    /// <summary>Builds a table from its words.</summary>
    public DateWordTable(IEnumerable<DateWord> words)
    {
        _byFirstChar = words.GroupBy(w => w.Text[0]).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Text.Length).ToArray());
    }

    /// <summary>Reads the embedded data file.</summary>
    public static DateWordTable Load() =>
        new(EmbeddedData.ReadRecords(Resource).Select(r => new DateWord(
            r[0], Enum.Parse<DateTokenKind>(r[1]), int.Parse(r[2], CultureInfo.InvariantCulture))));

    /// <summary>True when some calendar word starts with <paramref name="c"/>.</summary>
    public bool StartsWord(char c) => _byFirstChar.ContainsKey(c);

    /// <summary>The calendar word at <paramref name="index"/> as a token, or a None token.</summary>
    public DateToken Match(string text, int index)
    {
        if (!_byFirstChar.TryGetValue(text[index], out var candidates)) return DateToken.None(index);
        foreach (var word in candidates)
        {
            if (!WordAt.Is(text, index, word.Text)) continue;
            var end = index + word.Text.Length;
            // 登上月球 is not last month; 今年度 / 本年度 keep 度 in the span.
            if (word.Kind == DateTokenKind.RelativeMonth && end < text.Length && text[end] == '球') continue;
            if (word.Kind == DateTokenKind.RelativeYear && end < text.Length && text[end] == '度') end++;
            return new DateToken(word.Kind, index, end, word.Value);
        }
        return DateToken.None(index);
    }
}

/// <summary>A calendar word, the token kind it stands for, and its value (an offset, a half, a dekad).</summary>
internal readonly record struct DateWord(string Text, DateTokenKind Kind, int Value);
