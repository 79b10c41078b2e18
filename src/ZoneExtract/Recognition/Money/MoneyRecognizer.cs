namespace ZoneExtract.Recognition.Money;

/// <summary>The MONEY stage: <see cref="MoneyExtractor"/> finds spans, <see cref="MoneyResolver"/> computes their amounts.</summary>
internal sealed class MoneyRecognizer(CurrencyTable currencies) : IEntityRecognizer
{
    private readonly MoneyExtractor _extractor = new(currencies);

    public EntityLabel Labels => EntityLabel.Money;

    public int Precedence => RecognizerPrecedence.Numeric;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var view = document.AmountView;
        var mentions = new List<MoneyMention>();
        _extractor.Find(view.Text, mentions);
        foreach (var mention in mentions)
        {
            if (!MoneyResolver.TryResolve(mention, out var amount, out var max, out var approximate)) continue;
            var start = view.Original(mention.Start);
            var length = view.OriginalEnd(mention.End) - start;
            candidates.Add(new MoneyEntity(start, length, document.Slice(start, length), amount, max, mention.Currency, approximate));
        }
    }
}
