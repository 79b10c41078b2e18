using System.Buffers;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// COMPANY, ORG, PERSON and LOC from the learned name model (trained with ML.NET on CLUENER2020, shipped
/// as Model/Data/name-model.bin). Scores every character once and decodes spans;
/// single-character spans and spans that are not name-shaped (<see cref="ModelSpanFilter"/>) are dropped, and a Latin
/// name's words and digits are joined again (<see cref="LatinNameJoin"/>).
/// </summary>
internal sealed class NameModelRecognizer : IEntityRecognizer
{
    private readonly NameTagModel _model;
    private readonly ModelLexicons _lexicons;
    private readonly ModelSpanFilter _filter;

    /// <summary>Tags with <paramref name="model"/>: the shipped one or one the user trained.</summary>
    public NameModelRecognizer(NameTagModel model, ModelLexicons lexicons)
    {
        _model = model;
        _lexicons = lexicons;
        _filter = new ModelSpanFilter(lexicons.Names, lexicons.Companies.Listed);
    }

    public EntityLabel Labels => EntityLabel.Company | EntityLabel.Organization | EntityLabel.Person | EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.LearnedModel;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var words = document.Words;
        var shaped = new List<(int Start, int Length, int Label)>();
        foreach (var (start, tagged, label) in Tag(_model, document.Text, document.Tokens, _lexicons))
        {
            // a firm named by letters and digits (bet365); an event is named so with its year (WCG2011), and events are no names
            var length = NameTags.Labels[label] == EntityLabel.Company ? LatinNameJoin.WithWordDigits(document.Text, words, start, tagged) : tagged;
            length = ModelSpanFilter.WithoutPartyGroupBeforeItsPost(document.Text, start, length, NameTags.Labels[label]); // 最高法院党组|书记: the body
            length = _filter.WithoutSharesAfterVerb(document.Text, words, start, length, NameTags.Labels[label]); // 持有|紫金矿业股份: the shares
            length = _filter.WithoutNetworkAfterPlace(document.Text, words, start, length, NameTags.Labels[label]); // 江苏|高速公路: its roads
            if (length >= 2 && _filter.IsNameShaped(document.Text, words, start, length, NameTags.Labels[label])) shaped.Add((start, length, label));
        }
        foreach (var (start, length, label) in LatinNameJoin.Join(document.Text, shaped))
        {
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
    /// are outside (O) for sure: they are neither scored nor decoded. Since the best path must pass through O
    /// there, each run of other characters between them is decoded on its own, with the same result as one
    /// decode of the whole text and at a fraction of its cost.
    /// </summary>
    public static List<(int Start, int Length, int Label)> Tag(NameTagModel model, string text, IReadOnlyList<Token> tokens, ModelLexicons lexicons)
    {
        var tagCount = model.TagCount;
        using var words = NameFeatures.Words(text, tokens, lexicons, model.FeaturesPerCharacter);
        var outsideArray = ArrayPool<bool>.Shared.Rent(text.Length); // back to the pool at the end: a flag per character at every article
        var outside = outsideArray.AsSpan(0, text.Length);
        OutsideForSure(text, tokens, lexicons.Names, words, outside);
        var spans = new List<(int Start, int Length, int Label)>();
        var scores = new float[64 * tagCount];
        var perCharacter = model.FeaturesPerCharacter;
        Span<int> features = stackalloc int[2 * perCharacter]; // this character's and the next one's
        for (var start = 0; start < text.Length;)
        {
            if (outside[start]) { start++; continue; }
            var end = start;
            while (end < text.Length && !outside[end]) end++;
            if (scores.Length < (end - start) * tagCount) scores = new float[(end - start) * tagCount * 2];
            NameFeatures.At(text, words, start, features[..perCharacter]);
            for (var i = start; i < end; i++)
            {
                var current = features.Slice((i - start) % 2 * perCharacter, perCharacter);
                if (i + 1 < end)
                {
                    // the next character's features are hashed before this one's rows are summed, so that the processor overlaps the hashing with the rows' random reads
                    var next = features.Slice((i + 1 - start) % 2 * perCharacter, perCharacter);
                    NameFeatures.At(text, words, i + 1, next);
                }
                model.Score(current, scores.AsSpan((i - start) * tagCount, tagCount));
            }
            var run = new DecodeRun(end - start, AfterOutside: start > 0, BeforeOutside: end < text.Length);
            NameTagDecoder.DecodeInto(scores, run, model.TransitionRows, start, spans);
            start = end;
        }
        ArrayPool<bool>.Shared.Return(outsideArray);
        return spans;
    }

    /// <summary>
    /// Characters that cannot be inside a name: not an ideograph, Latin letter or ·, or inside a frequent verb or
    /// function word — unless that word is a company or organisation head itself (控股) or stands right before one
    /// (房地产开发有限公司, 信息服务有限公司), where it belongs to the name.
    /// </summary>
    internal static bool[] OutsideForSure(string text, IReadOnlyList<Token> tokens, NameResources names)
    {
        var outside = new bool[text.Length];
        OutsideForSure(text, tokens, names, words: null, outside);
        return outside;
    }

    /// <summary>
    /// As above, into <paramref name="outside"/> (one flag per character of <paramref name="text"/>); <paramref name="words"/>,
    /// when given, answers the frequent-word look-up of each word that reads the same in the original as in <paramref name="text"/>
    /// (all but words with full-width letters or digits).
    /// </summary>
    private static void OutsideForSure(string text, IReadOnlyList<Token> tokenList, NameResources names, NameFeatures.WordTable? words, Span<bool> outside)
    {
        var tokens = Segmentation.TokenList.AsSpan(tokenList);
        for (var i = 0; i < text.Length; i++) outside[i] = !Text.CharClass.IsIdeograph(text[i]) && !char.IsAsciiLetter(text[i]) && text[i] != '·';
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.End > text.Length) continue;
            var frequent = words is not null && text.AsSpan(token.Start, token.Length).SequenceEqual(token.Text)
                ? words.EndsNames(t)
                : names.Common.IsFrequentNonNameWord(token.Text);
            if (!frequent || IsHead(token.Text, names)) continue;
            if (t + 1 < tokens.Length && tokens[t + 1].Start == token.End && IsHead(tokens[t + 1].Text, names)) continue;
            outside.Slice(token.Start, token.Length).Fill(true);
        }
    }

    private static bool IsHead(string word, NameResources names) =>
        names.Lexicons.CompanySuffixes.Contains(word) || names.Lexicons.OrganizationSuffixes.Contains(word);
}
