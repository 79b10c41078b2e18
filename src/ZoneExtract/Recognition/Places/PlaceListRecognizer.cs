using ZoneExtract.Segmentation;
using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for places the lists know (<see cref="PlaceLexicon"/>: provinces, prefectures, counties, townships,
/// countries, named regions) and cities abroad, where the name starts and ends on word boundaries (璜土|镇 is one place, 江阴 in
/// 江阴市 is not). Lowest precedence: any name that contains the place (a zone, an organisation, a company, a
/// longer place from the model) wins over it.
/// </summary>
internal sealed class PlaceListRecognizer(PlaceLexicon places) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.PlaceList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = TokenList.AsSpan(document.Tokens); // a span: no interface call per word
        for (var k = 0; k < tokens.Length; k++)
        {
            var start = tokens[k].Start;
            var mayStartPlace = places.Starts.MayStartAt(text, start);
            var mayStartCity = places.CityStarts.MayStartAt(text, start);
            // the amount test only where a place or a city may start: most words start neither
            if (!mayStartPlace && !mayStartCity || FollowsAnAmount(text, start)) continue;
            var length = 0;
            if (mayStartPlace)
            {
                length = LongestEndingOnAWord(text, tokens, k, places.All);
                if (length == 0) length = PlaceBeforeGluedOpener(text, tokens, k);
            }
            if (length == 0 && mayStartCity && !OpensATitle(text, start))
                length = LongestEndingOnAWord(text, tokens, k, places.CitiesAbroad);
            if (length > 0) candidates.Add(new LocationEntity(tokens[k].Start, length, document.Slice(tokens[k].Start, length)));
        }
    }

    /// <summary>
    /// Right after an amount (突破万亿元|大关, 20万|大关) a word is what was counted or reached, not a place:
    /// 大关, also the county 大关县's short form, is the milestone there.
    /// </summary>
    private static bool FollowsAnAmount(string text, int start) =>
        start > 0 && text[start - 1] is '元' or '万' or '亿'; // not after a bare figure: 2011|中国版权年会 names a place

    /// <summary>
    /// Right after 《 a city abroad opens the name of a paper or a work (《洛杉矶时报》, 《纽约邮报》), which a place inside is
    /// part of (a place in a document's name is optional LOC at most).
    /// </summary>
    private static bool OpensATitle(string text, int start) => start > 0 && text[start - 1] == '《';

    /// <summary>
    /// A province or prefecture whose last characters jieba glued to the statement opening after it (广东地区|生产总值 with
    /// 地区生产总值, the official name of a region's GDP; 西|安全|社会; 中|山前|三季度): the place ends where the opener starts,
    /// inside a word, when the opener ends where a word ends. A division whose official name is the glued word (喀什地区)
    /// stays whole; 0 if none.
    /// </summary>
    private int PlaceBeforeGluedOpener(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var start = tokens[first].Start;
        for (var t = first; t < tokens.Length && tokens[t].Start - start < places.Divisions.MaxLength; t++)
        {
            for (var end = Math.Max(tokens[t].Start + 1, start + 2); end < tokens[t].End; end++)
            {
                if (!places.Divisions.Contains(text.AsSpan(start, end - start))
                    || !places.StatementOpeners.TryLongestStartingAt(text, end, out var openerLength, out _)
                    || !EndsAWord(tokens, t, end + openerLength)
                    || places.All.Contains(text.AsSpan(start, tokens[t].End - start))) continue;
                return end - start;
            }
        }
        return 0;
    }

    private static bool EndsAWord(ReadOnlySpan<Token> tokens, int from, int end)
    {
        for (var t = from; t < tokens.Length && tokens[t].Start < end; t++)
        {
            if (tokens[t].End == end) return true;
        }
        return false;
    }

    /// <summary>The longest name of <paramref name="table"/> that starts with token <paramref name="first"/> and ends where a token ends; 0 if none.</summary>
    private static int LongestEndingOnAWord(string text, ReadOnlySpan<Token> tokens, int first, SpanTable<bool> table)
    {
        var start = tokens[first].Start;
        var last = first;
        while (last + 1 < tokens.Length && tokens[last + 1].End - start <= table.MaxLength) last++;
        for (var t = last; t >= first; t--)
        {
            if (table.Contains(text.AsSpan(start, tokens[t].End - start))) return tokens[t].End - start;
        }
        return 0;
    }
}
