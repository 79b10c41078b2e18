using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;
using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// What the name model reads besides the text: the name resources its features and filter share with the rules, and
/// the public lists whose hits become features (<see cref="LexiconMarks"/>): companies (listed names and their short
/// forms) and places (counties, townships, countries, regions). A hit is evidence for the model to weigh, not a verdict.
/// </summary>
internal sealed class ModelLexicons(NameResources names, CompanyLexicon companies, PlaceLexicon places)
{
    // the first two characters of every form of two or more characters: most words start none, and are passed over
    // with one look-up; built on first use, since only a model trained with the list features needs them
    private readonly Lazy<KeyStarts> _companyStarts = new(() => new KeyStarts(companies.Names.Forms.Keys));
    private readonly Lazy<KeyStarts> _placeStarts = new(() => new KeyStarts(places.All.Keys));

    /// <summary>The lexicons of <paramref name="resources"/>, the ones the extractor runs with.</summary>
    public static ModelLexicons From(ZoneExtractorResources resources) => new(resources.Names, resources.Companies, resources.Places);

    public NameResources Names => names;

    public CompanyLexicon Companies => companies;

    public PlaceLexicon Places => places;

    /// <summary>True when some company form of two or more characters starts with the two characters at <paramref name="start"/>.</summary>
    public bool MayStartCompany(string text, int start) => _companyStarts.Value.MayStartAt(text, start);

    /// <summary>True when some place name of two or more characters starts with the two characters at <paramref name="start"/>.</summary>
    public bool MayStartPlace(string text, int start) => _placeStarts.Value.MayStartAt(text, start);
}
