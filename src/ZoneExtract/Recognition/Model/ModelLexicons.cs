using ZoneExtract.Recognition.Names;
using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// What the name model reads besides the text: the name resources its features and filter share with the rules, and
/// the public lists whose hits become features (<see cref="LexiconMarks"/>): companies (listed names and their short
/// forms) and places (counties, townships, countries, regions). A hit is evidence for the model to weigh, not a verdict.
/// Also the word classes (<see cref="WordClasses"/>), read only when a model with cluster features asks for them.
/// </summary>
internal sealed class ModelLexicons(NameResources names, CompanyLexicon companies, PlaceLexicon places, Lazy<WordClasses> classes)
{
    // the three lists of a word's lexicon class in one table: one look-up per word instead of three
    private readonly Lexicon.SpanTable<NameFeatures.LexiconClass> _lexiconClasses = LexiconClasses(names);

    /// <summary>The lexicons of <paramref name="resources"/>, the ones the extractor runs with.</summary>
    public static ModelLexicons From(ZoneExtractorResources resources) =>
        new(resources.Names, resources.Companies, resources.Places, resources.WordClassesOnDemand);

    public NameResources Names => names;

    public CompanyLexicon Companies => companies;

    public PlaceLexicon Places => places;

    /// <summary>The word classes of the cluster features (read on first use).</summary>
    public WordClasses Classes => classes.Value;

    /// <summary>True when some company form of two or more characters starts with the two characters at <paramref name="start"/>.</summary>
    /// <remarks>The company list's own start table: its keys are the same forms, so no second table is built.</remarks>
    public bool MayStartCompany(string text, int start) => companies.Names.Starts.MayStartAt(text, start);

    /// <summary>True when some place name of two or more characters starts with the two characters at <paramref name="start"/>.</summary>
    /// <remarks>The place list's own start table: its keys are the same names.</remarks>
    public bool MayStartPlace(string text, int start) => places.Starts.MayStartAt(text, start);

    /// <summary>
    /// The word's lexicon class: a place of <see cref="PlaceNames.All"/>, else a company head, else an organisation head
    /// (<see cref="NameLexicons.CompanySuffixes"/>, <see cref="NameLexicons.OrganizationSuffixes"/>), else none.
    /// </summary>
    public NameFeatures.LexiconClass LexiconClassOf(ReadOnlySpan<char> word) =>
        _lexiconClasses.TryGet(word, out var lexiconClass) ? lexiconClass : NameFeatures.LexiconClass.None;

    /// <summary>Every word of the three lists with its class; a word on more than one list takes the first class in the order above.</summary>
    private static Lexicon.SpanTable<NameFeatures.LexiconClass> LexiconClasses(NameResources names)
    {
        var table = new Dictionary<string, NameFeatures.LexiconClass>(StringComparer.Ordinal);
        foreach (var place in names.Places.All.Keys) table.TryAdd(place, NameFeatures.LexiconClass.Place);
        foreach (var head in names.Lexicons.CompanySuffixes.Keys) table.TryAdd(head, NameFeatures.LexiconClass.CompanyHead);
        foreach (var head in names.Lexicons.OrganizationSuffixes.Keys) table.TryAdd(head, NameFeatures.LexiconClass.OrganizationHead);
        return new Lexicon.SpanTable<NameFeatures.LexiconClass>(table);
    }
}
