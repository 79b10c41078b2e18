namespace ZoneExtract.Recognition.Numbers;

/// <summary>
/// The characters of Chinese numerals: digits (常用 and financial capitals, 〇/零, 两), the small units
/// 十百千 that multiply within a section, and the large units 万 and 亿 that close a section.
/// One 64K lookup table, so classifying a character costs one array read.
/// </summary>
internal static class ChineseNumerals
{
    private const byte NotNumeral = 0;
    private const byte DigitBase = 1;      // digit d is stored as DigitBase + d (1..10)
    private const byte Ten = 20, Hundred = 21, Thousand = 22, TenThousand = 23, HundredMillion = 24, Trillion = 25;

    private static readonly byte[] Table = Build();

    // IsNumeralChar is asked at every character of a text (money, percent, dates): a bit each keeps it in the cache
    private static readonly Lexicon.CharBits NumeralChars = Lexicon.CharBits.Where(c => Table[c] != NotNumeral);

    public static bool IsDigit(char c) => Table[c] is >= DigitBase and < DigitBase + 10;

    /// <summary>The value of a Chinese digit character; only meaningful when <see cref="IsDigit"/>.</summary>
    public static int DigitValue(char c) => Table[c] - DigitBase;

    /// <summary>The value of an ASCII or Chinese digit (7, 七), or -1 for any other character.</summary>
    public static int DigitOrMinusOne(char c) => char.IsAsciiDigit(c) ? c - '0' : IsDigit(c) ? DigitValue(c) : -1;

    /// <summary>十 / 百 / 千 (and their financial forms): 10, 100, 1000; 0 for other characters.</summary>
    public static int SmallUnit(char c) => Table[c] switch
    {
        Ten => 10,
        Hundred => 100,
        Thousand => 1000,
        _ => 0,
    };

    /// <summary>万 / 亿 / 兆: 10^4, 10^8, 10^12 (兆 as in Taiwan and Japan: 四十九兆九千億); 0 for other characters.</summary>
    public static decimal LargeUnit(char c) => Table[c] switch
    {
        TenThousand => 10_000m,
        HundredMillion => 100_000_000m,
        Trillion => 1_000_000_000_000m,
        _ => 0m,
    };

    /// <summary>Any character that can be part of a Chinese numeral (digit or unit).</summary>
    public static bool IsNumeralChar(char c) => NumeralChars.Contains(c);

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        void Digits(string chars)
        {
            for (var d = 0; d < chars.Length; d++) table[chars[d]] = (byte)(DigitBase + d);
        }
        Digits("〇一二三四五六七八九");
        Digits("零壹贰叁肆伍陆柒捌玖");
        table['两'] = DigitBase + 2;
        table['兩'] = DigitBase + 2;
        table['貳'] = DigitBase + 2;
        table['參'] = DigitBase + 3;
        table['陸'] = DigitBase + 6;
        table['十'] = Ten; table['拾'] = Ten;
        table['百'] = Hundred; table['佰'] = Hundred;
        table['千'] = Thousand; table['仟'] = Thousand;
        table['万'] = TenThousand; table['萬'] = TenThousand;
        table['亿'] = HundredMillion; table['億'] = HundredMillion;
        table['兆'] = Trillion;
        return table;
    }
}
