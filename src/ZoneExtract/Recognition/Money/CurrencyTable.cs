using System.Globalization;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Money;

/// <summary>
/// The currency words and signs (Data/currencies.tsv: ISO 4217 names from Unicode CLDR and the short forms of
/// news) and the small units of the yuan (Data/subunits.tsv). Matching is longest word first.
/// </summary>
internal sealed class CurrencyTable
{
    private readonly Dictionary<char, CurrencyWord[]> _afterByFirstChar;
    private readonly Dictionary<char, CurrencyWord[]> _beforeByLastChar;
    private readonly Dictionary<char, decimal> _subunits;

    /// <summary>Builds a table from words and the yuan's small units (character → factor to the yuan).</summary>
    public CurrencyTable(IEnumerable<CurrencyWord> words, IReadOnlyDictionary<char, decimal> subunits)
    {
        var all = words.ToList();
        _afterByFirstChar = Group(all.Where(w => w.Placement.HasFlag(CurrencyPlacement.After)), w => w.Word[0]);
        _beforeByLastChar = Group(all.Where(w => w.Placement.HasFlag(CurrencyPlacement.Before)), w => w.Word[^1]);
        _subunits = new Dictionary<char, decimal>(subunits);
    }

    /// <summary>Reads currencies.tsv and subunits.tsv.</summary>
    public static CurrencyTable Load(DataFiles data)
    {
        var words = data.ReadRecords("currencies.tsv").Select(r => new CurrencyWord(
            r[0], r[1], decimal.Parse(r[2], CultureInfo.InvariantCulture),
            r[3] switch
            {
                "after" => CurrencyPlacement.After,
                "before" => CurrencyPlacement.Before,
                "both" => CurrencyPlacement.Both,
                _ => throw new InvalidDataException($"currencies.tsv: unknown placement '{r[3]}' for {r[0]}"),
            }));
        var subunits = data.ReadRecords("subunits.tsv")
            .ToDictionary(r => r[0][0], r => decimal.Parse(r[1], CultureInfo.InvariantCulture));
        return new CurrencyTable(words, subunits);
    }

    /// <summary>The currency word that starts at <paramref name="index"/> (after an amount), longest first.</summary>
    public bool TryMatchAfter(string text, int index, out CurrencyWord currency, out int end)
    {
        currency = default;
        end = index;
        if (index >= text.Length || !_afterByFirstChar.TryGetValue(text[index], out var candidates)) return false;
        foreach (var word in candidates)
        {
            if (!WordAt.Is(text, index, word.Word)) continue;
            var after = index + word.Word.Length;
            if (!IsCurrencyUse(text, word.Word, after)) return false;
            currency = word;
            end = after;
            return true;
        }
        return false;
    }

    /// <summary>The currency word or sign that ends just before <paramref name="end"/> (before an amount), longest first.</summary>
    public bool TryMatchBefore(string text, int end, out CurrencyWord currency, out int start)
    {
        currency = default;
        start = end;
        if (end <= 0 || !_beforeByLastChar.TryGetValue(text[end - 1], out var candidates)) return false;
        foreach (var word in candidates)
        {
            if (!WordAt.Is(text, end - word.Word.Length, word.Word)) continue;
            currency = word;
            start = end - word.Word.Length;
            return true;
        }
        return false;
    }

    /// <summary>角 / 毛 → 0.1, 分 → 0.01; 0 for any other character.</summary>
    public decimal SubunitFactor(char c) => _subunits.GetValueOrDefault(c);

    /// <summary>Rules out the words that only look like a currency after a numeral: 二元结构, 多元化, 两块地.</summary>
    private bool IsCurrencyUse(string text, string word, int after)
    {
        var next = after < text.Length ? text[after] : '\0';
        return word switch
        {
            "元" => next is not ('化' or '素' or '论' or '件' or '旦' or '宵' or '首' or '帅' or '老' or '年' or '结' or '次' or '函' or '方'),
            // 块 is also a measure word (两块地, 三块屏): money only when no noun follows (十块三毛 goes on in 毛);
            // 一块 alone is 'together'.
            "块" => text[after - 2] != '一' && (!CharClass.IsIdeograph(next) || next is '多' or '左' or '以' || StartsSubunit(text, after)),
            _ => true,
        };
    }

    /// <summary>A digit and a small unit of the yuan at <paramref name="index"/> (三毛, 6角).</summary>
    private bool StartsSubunit(string text, int index) =>
        index + 1 < text.Length && Numbers.ChineseNumerals.DigitOrMinusOne(text[index]) >= 0
        && SubunitFactor(text[index + 1]) > 0;

    private static Dictionary<char, CurrencyWord[]> Group(IEnumerable<CurrencyWord> words, Func<CurrencyWord, char> key) =>
        words.GroupBy(key).ToDictionary(g => g.Key, g => g.OrderByDescending(w => w.Word.Length).ToArray());
}
