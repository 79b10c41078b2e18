namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for places the lists know (<see cref="PlaceLexicon"/>: provinces, prefectures, counties, townships,
/// countries, named regions), where the name starts and ends on word boundaries (璜土|镇 is one place, 江阴 in
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
        var tokens = document.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (!places.Starts.MayStartAt(text, tokens[k].Start) || FollowsAnAmount(text, tokens[k].Start)) continue;
            var length = LongestPlaceEndingOnAWord(text, tokens, k);
            if (length == 0) length = PlaceBeforeRegionalProduct(text, tokens, k);
            if (length > 0) candidates.Add(new LocationEntity(tokens[k].Start, length, document.Slice(tokens[k].Start, length)));
        }
    }

    /// <summary>
    /// Right after an amount (突破万亿元|大关, 20万|大关) a word is what was counted or reached, not a place:
    /// 大关, also the county 大关县's short form, is the milestone there.
    /// </summary>
    private static bool FollowsAnAmount(string text, int start) =>
        start > 0 && AmountEnds.Contains(text[start - 1]); // not after a bare figure: 2011|中国版权年会 names a place

    private const string AmountEnds = "元万亿";

    /// <summary>
    /// 地区生产总值 is the official name of a region's GDP, and jieba glues its 地区 to the place before it (广东地区|生产总值,
    /// 北京地区|生产总值): the place ends before 地区 there. A division whose official name ends in 地区 (喀什地区) stays whole.
    /// </summary>
    private int PlaceBeforeRegionalProduct(string text, IReadOnlyList<Token> tokens, int k)
    {
        var token = tokens[k];
        var placeLength = token.Length - RegionWord.Length;
        if (placeLength < 2 || k + 1 >= tokens.Count || !text.AsSpan(token.Start, token.Length).EndsWith(RegionWord, StringComparison.Ordinal)
            || !text.AsSpan(tokens[k + 1].Start).StartsWith(ProductWord, StringComparison.Ordinal)
            || places.All.Contains(text.AsSpan(token.Start, token.Length))) return 0;
        return places.All.Contains(text.AsSpan(token.Start, placeLength)) ? placeLength : 0;
    }

    private const string RegionWord = "地区";

    private const string ProductWord = "生产总值";

    /// <summary>The longest known place that starts with token <paramref name="first"/> and ends where a token ends; 0 if none.</summary>
    private int LongestPlaceEndingOnAWord(string text, IReadOnlyList<Token> tokens, int first)
    {
        var start = tokens[first].Start;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End - start <= places.All.MaxLength) last++;
        for (var t = last; t >= first; t--)
        {
            if (places.All.Contains(text.AsSpan(start, tokens[t].End - start))) return tokens[t].End - start;
        }
        return 0;
    }
}
