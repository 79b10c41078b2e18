namespace ZoneExtract.Recognition.Percent;

/// <summary>The PERCENT stage: <see cref="PercentExtractor"/> finds spans, <see cref="PercentResolver"/> computes their values.</summary>
internal sealed class PercentRecognizer : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Percent;

    public int Precedence => RecognizerPrecedence.Numeric;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var mentions = new List<PercentMention>();
        PercentExtractor.Find(document.Text, mentions);
        foreach (var mention in mentions)
        {
            if (!PercentResolver.TryResolve(mention, out var value, out var max)) continue;
            var length = mention.End - mention.Start;
            candidates.Add(new PercentEntity(mention.Start, length, document.Slice(mention.Start, length), value, max, mention.Kind));
        }
    }
}
