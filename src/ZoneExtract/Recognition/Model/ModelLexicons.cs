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
}
