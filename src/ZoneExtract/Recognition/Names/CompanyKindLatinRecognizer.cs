using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY by apposition: a Latin name right after a noun for a kind of firm names that firm (游戏发行商Stardock, 开发商Ascaron,
/// 美国半导体巨头Micron, 游戏制造商Valve, 日本企业AGC). The kind is a collective noun of firms (list-group-nouns.tsv: 企业, 厂商,
/// 车企; 巨头 of the brand kind) or a three-character word ending in 商, the agent noun of a trade (发行商, 开发商, 制造商,
/// 运营商). The name is one Latin word, hyphen or ampersand joining its parts (Take-Two); a capitalised word, or letters in
/// capitals only after a foreign country and the kind (日本企业AGC), since capitals alone after 公司 or 企业 are mostly its
/// acronyms of roles and finance (公司CEO, 企业IPO). A digit right after the letters makes a code or a ranking (企业TOP10).
/// </summary>
internal sealed class CompanyKindLatinRecognizer(NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanyRole;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        for (var at = 2; at < text.Length; at++)
        {
            // one vectorised search to the next capital: nearly every character of a Chinese text is none
            var capital = text.AsSpan(at).IndexOfAny(Capitals);
            if (capital < 0) break;
            at += capital;
            if (!CharClass.IsIdeograph(text[at - 1])) continue;
            var kindStart = words.StartOfWordEndingAt(at);
            if (kindStart < 0 || !IsKindOfFirm(text.AsSpan(kindStart, at - kindStart))) continue;
            var end = LatinWordEnd(text, at);
            if (end < 0) continue;
            var name = text.AsSpan(at, end - at);
            var capitalsOnly = !name.ContainsAnyInRange('a', 'z');
            if (capitalsOnly && (!AfterForeignCountry(text, words, kindStart) || names.Lexicons.CompanyRoles.Contains(name))) continue;
            candidates.Add(new CompanyEntity(at, end - at, document.Slice(at, end - at)));
            at = end;
        }
    }

    private bool IsKindOfFirm(ReadOnlySpan<char> word) =>
        word.Length == 3 && word[2] == Merchant || Contains(names.Lexicons.FirmGroupNouns, word) || word.SequenceEqual(Giant);

    private static bool Contains(string[] nouns, ReadOnlySpan<char> word)
    {
        foreach (var noun in nouns)
            if (word.SequenceEqual(noun)) return true;
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> Capitals = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ");

    private const char Merchant = '商';

    private const string Giant = "巨头";

    /// <summary>Where the Latin word from <paramref name="start"/> ends (two letters or more), or -1 when a digit follows it.</summary>
    private static int LatinWordEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && (char.IsAsciiLetter(text[end])
               || text[end] is '-' or '&' && end + 1 < text.Length && char.IsAsciiLetter(text[end + 1]) && end > start))
            end++;
        if (end - start < MinLetters || end < text.Length && char.IsAsciiDigit(text[end])) return -1;
        return end;
    }

    private const int MinLetters = 2;

    /// <summary>A foreign country stands right before the kind (日本|企业), as a word of its own.</summary>
    private bool AfterForeignCountry(string text, Lexicon.TokenBoundaries words, int kindStart)
    {
        var countryStart = words.StartOfWordEndingAt(kindStart);
        return countryStart >= 0 && names.AllPlaces.ForeignCountries.Contains(text.AsSpan(countryStart, kindStart - countryStart));
    }
}
