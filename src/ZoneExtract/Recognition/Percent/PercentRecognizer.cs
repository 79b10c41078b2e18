namespace ZoneExtract.Recognition.Percent;

/// <summary>The PERCENT stage: <see cref="PercentExtractor"/> finds spans, <see cref="PercentResolver"/> computes their values.</summary>
internal sealed class PercentRecognizer : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Percent;

    public int Precedence => RecognizerPrecedence.Numeric;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var view = document.AmountView;
        var mentions = new List<PercentMention>();
        PercentExtractor.Find(view.Text, mentions);
        foreach (var mention in mentions)
        {
            if (!PercentResolver.TryResolve(mention, out var value, out var max)) continue;
            var start = view.Original(mention.Start);
            var length = view.OriginalEnd(mention.End) - start;
            candidates.Add(new PercentEntity(start, length, document.Slice(start, length), value, max, mention.Kind));
        }
    }
}
