using ZoneExtract.Recognition.Numbers;

namespace ZoneExtract.Recognition.Dates;

/// <summary>
/// The DATE stage: <see cref="DateExtractor"/> finds calendar expressions, <see cref="DateResolver"/> turns
/// them into days against the document's reference date (left unresolved when there is none); years that refer back
/// (同年, 次年) count from the year last named before them (<see cref="AnaphoricYears"/>).
/// </summary>
internal sealed class DateRecognizer(DateWordTable words) : IEntityRecognizer
{
    private readonly DateExtractor _extractor = new(words);

    public EntityLabel Labels => EntityLabel.Date;

    public int Precedence => RecognizerPrecedence.Numeric;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var view = SpaceJoinedText.ForDates(document.Text);
        var expressions = new List<DateExpression>();
        _extractor.Find(view.Text, expressions);
        var anaphoric = new AnaphoricYears(view.Text);
        foreach (var found in expressions)
        {
            var expression = found;
            if (!anaphoric.TryBind(ref expression)) continue;
            var resolution = DateResolver.Resolve(expression, document.ReferenceDate, out var first, out var last);
            if (resolution == DateResolution.Invalid) continue;
            var start = view.Original(expression.Start);
            var length = view.OriginalEnd(expression.End) - start;
            var resolved = resolution == DateResolution.Resolved;
            anaphoric.Note(expression, resolved ? first : null, resolved ? last : null);
            candidates.Add(new DateEntity(start, length, document.Slice(start, length),
                resolved ? first : null, resolved ? last : null));
        }
    }
}
