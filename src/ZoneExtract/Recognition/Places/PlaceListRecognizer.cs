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
        var words = document.Words;
        foreach (var token in document.Tokens)
        {
            var length = LongestPlaceEndingOnAWord(text, words, token.Start);
            if (length > 0) candidates.Add(new LocationEntity(token.Start, length, document.Slice(token.Start, length)));
        }
    }

    /// <summary>The longest known place of two or more characters that starts at <paramref name="start"/> and ends where a word ends; 0 if none.</summary>
    private int LongestPlaceEndingOnAWord(string text, Lexicon.TokenBoundaries words, int start)
    {
        for (var length = Math.Min(places.All.MaxLength, text.Length - start); length >= 2; length--)
        {
            var end = start + length;
            if ((end == text.Length || words.IsBoundary(end)) && places.All.Contains(text.AsSpan(start, length))) return length;
        }
        return 0;
    }
}
