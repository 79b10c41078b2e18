namespace ZoneExtract.Recognition.Money;

/// <summary>The MONEY stage: <see cref="MoneyExtractor"/> finds spans, <see cref="MoneyResolver"/> computes their amounts.</summary>
internal sealed class MoneyRecognizer : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Money;

    public int Precedence => RecognizerPrecedence.Numeric;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var mentions = new List<MoneyMention>();
        MoneyExtractor.Find(document.Text, mentions);
        foreach (var mention in mentions)
        {
            if (!MoneyResolver.TryResolve(mention, out var amount, out var max, out var approximate)) continue;
            var length = mention.End - mention.Start;
            candidates.Add(new MoneyEntity(mention.Start, length, document.Slice(mention.Start, length), amount, max, mention.Currency, approximate));
        }
    }
}
