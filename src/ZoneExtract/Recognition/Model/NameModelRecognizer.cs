namespace ZoneExtract.Recognition.Model;

/// <summary>
/// COMPANY, ORG, PERSON and LOC from the learned name model (trained with ML.NET on CLUENER2020, embedded
/// as Model/Data/name-model.bin, loaded on first use). Scores every character once and decodes spans;
/// single-character spans and spans that are not name-shaped (<see cref="ModelSpanFilter"/>) are dropped.
/// </summary>
internal sealed class NameModelRecognizer : IEntityRecognizer
{
    private const string Resource = "ZoneExtract.Model.name-model.bin";

    private static readonly Lazy<NameTagModel> Shipped = new(() =>
    {
        using var stream = Lexicon.EmbeddedData.Open(Resource);
        return NameTagModel.Load(stream);
    });

    private readonly Lazy<NameTagModel> _model;

    public NameModelRecognizer() => _model = Shipped;

    /// <summary>Uses <paramref name="model"/> instead of the shipped one (a model the user trained).</summary>
    public NameModelRecognizer(NameTagModel model) => _model = new Lazy<NameTagModel>(model);

    public EntityLabel Labels => EntityLabel.Company | EntityLabel.Organization | EntityLabel.Person | EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.LearnedModel;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var words = new Lexicon.TokenBoundaries(document);
        foreach (var (start, length, label) in Tag(_model.Value, document.Text, document.Tokens))
        {
            if (length < 2 || !ModelSpanFilter.IsNameShaped(document.Text, words, start, length, NameTags.Labels[label])) continue;
            var text = document.Slice(start, length);
            candidates.Add(NameTags.Labels[label] switch
            {
                EntityLabel.Company => new CompanyEntity(start, length, text),
                EntityLabel.Organization => new OrganizationEntity(start, length, text),
                EntityLabel.Person => new PersonEntity(start, length, text),
                _ => new LocationEntity(start, length, text),
            });
        }
    }

    /// <summary>
    /// The model's spans over a width-folded text and its segmentation (also used by training to score validation
    /// data). Characters that cannot be inside a name (punctuation, digits, frequent verbs and function words)
    /// are not scored: they are outside (O) for sure, which keeps the cost per character low.
    /// </summary>
    public static List<(int Start, int Length, int Label)> Tag(NameTagModel model, string text, IReadOnlyList<Token> tokens)
    {
        var tagCount = model.TagCount;
        var words = NameFeatures.Words(text, tokens);
        var outside = OutsideForSure(text, tokens);
        var scores = new float[text.Length * tagCount];
        Span<int> features = stackalloc int[NameFeatures.PerPosition];
        for (var i = 0; i < text.Length; i++)
        {
            var row = scores.AsSpan(i * tagCount, tagCount);
            if (outside[i])
            {
                row.Fill(float.NegativeInfinity);
                row[NameTags.Outside] = 0f;
                continue;
            }
            NameFeatures.At(text, words, i, features);
            model.Score(features, row);
        }
        return NameTagDecoder.Decode(scores, text.Length, model.Transitions, tagCount);
    }

    private static bool[] OutsideForSure(string text, IReadOnlyList<Token> tokens)
    {
        var outside = new bool[text.Length];
        for (var i = 0; i < text.Length; i++) outside[i] = !Text.CharClass.IsIdeograph(text[i]) && !char.IsAsciiLetter(text[i]) && text[i] != '·';
        foreach (var token in tokens)
        {
            if (token.End <= text.Length && Lexicon.CommonWords.IsFrequentNonNameWord(token.Text)) outside.AsSpan(token.Start, token.Length).Fill(true);
        }
        return outside;
    }
}
