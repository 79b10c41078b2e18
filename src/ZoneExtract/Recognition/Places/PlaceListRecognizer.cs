namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for words that are provinces or prefecture-level divisions (贵州省, 重庆, 毕节), from the administrative
/// list. Lowest precedence: any name that contains the place (a zone, an organisation,
/// a company, a longer place from the model) wins over it.
/// </summary>
internal sealed class PlaceListRecognizer(PlaceNames places) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.PlaceList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        foreach (var token in document.Tokens)
        {
            if (token.Length >= 2 && places.All.Contains(document.Text.AsSpan(token.Start, token.Length)))
                candidates.Add(new LocationEntity(token.Start, token.Length, token.Text));
        }
    }
}
