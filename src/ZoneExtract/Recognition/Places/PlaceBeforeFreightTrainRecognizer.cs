using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for the place that runs a China–X freight train service (合肥|中欧|班列, 长三角|中欧|(亚)班列, 成都|中亚|班列, 昆明|中老|班列):
/// news names the trains 中欧班列 (the China–Europe Railway Express), 中亚班列, 中老班列 by 中 and the partner's first character,
/// and puts the city or region that runs them before that. jieba tags 中欧 a place (Central Europe), so the model runs the
/// place on into it (合肥中欧); the place ends where the pair starts. Above the model; only a listed place (a division or a
/// named region) on a word boundary, and only before 班列, the word for a scheduled freight train.
/// </summary>
internal sealed class PlaceBeforeFreightTrainRecognizer(PlaceLexicon places) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.TownshipList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = TokenList.AsSpan(document.Tokens);
        for (var train = text.IndexOf(TrainWord, StringComparison.Ordinal); train >= 0; train = text.IndexOf(TrainWord, train + 1, StringComparison.Ordinal))
        {
            if (PairStartBefore(text, train) is not { } pair) continue;
            var place = PlaceEndingAt(text, tokens, pair);
            if (place < 0) continue;
            candidates.Add(new LocationEntity(place, pair - place, document.Slice(place, pair - place)));
        }
    }

    /// <summary>班列: a scheduled (freight) train service.</summary>
    private const string TrainWord = "班列";

    /// <summary>
    /// Where 中 and the partner's character start before 班列 at <paramref name="train"/>: 中欧班列, or 中欧(亚)班列 with a
    /// second partner in brackets (half- or full-width); null when the pair is not there.
    /// </summary>
    private static int? PairStartBefore(string text, int train)
    {
        var end = train;
        if (end >= 3 && text[end - 1] is ')' or '）' && text[end - 3] is '(' or '（') end -= 3;
        return end >= 2 && text[end - 2] == '中' && text[end - 1] != '中' && char.IsLetter(text[end - 1]) ? end - 2 : null;
    }

    /// <summary>
    /// The start of the longest listed place that ends at <paramref name="end"/>, where a word starts, and starts where a word
    /// starts (合肥|中欧, not 肥 of 合肥 alone); -1 if none.
    /// </summary>
    private int PlaceEndingAt(string text, ReadOnlySpan<Token> tokens, int end)
    {
        var next = 0;
        while (next < tokens.Length && tokens[next].Start < end) next++;
        if (next == tokens.Length || tokens[next].Start != end) return -1;
        var start = -1;
        for (var t = next - 1; t >= 0 && end - tokens[t].Start <= places.All.MaxLength; t--)
        {
            if (places.All.Contains(text.AsSpan(tokens[t].Start, end - tokens[t].Start))) start = tokens[t].Start;
        }
        return start;
    }
}
