namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// The DATE stage: <see cref="DateExtractor"/> finds calendar expressions, <see cref="DateResolver"/> turns
/// them into days against the document's reference date (left unresolved when there is none).
/// </summary>
internal sealed class DateRecognizer : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Date;

    public int Precedence => RecognizerPrecedence.Numeric;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var expressions = new List<DateExpression>();
        DateExtractor.Find(document.Text, expressions);
        foreach (var expression in expressions)
        {
            var resolution = DateResolver.Resolve(expression, document.ReferenceDate, out var first, out var last);
            if (resolution == DateResolution.Invalid) continue;
            var length = expression.End - expression.Start;
            var resolved = resolution == DateResolution.Resolved;
            candidates.Add(new DateEntity(expression.Start, length, document.Slice(expression.Start, length),
                resolved ? first : null, resolved ? last : null));
        }
    }
}
