using ZoneExtract.Recognition.Names;
using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// What the name model reads besides the text: the name resources its features and filter share with the rules, and
/// the public lists whose hits become features (<see cref="LexiconMarks"/>): companies (listed names and their short
/// forms) and places (counties, townships, countries, regions). A hit is evidence for the model to weigh, not a verdict.
/// </summary>
internal sealed record ModelLexicons(NameResources Names, CompanyLexicon Companies, PlaceLexicon Places)
{
    /// <summary>The lexicons of <paramref name="resources"/>, the ones the extractor runs with.</summary>
    public static ModelLexicons From(ZoneExtractorResources resources) => new(resources.Names, resources.Companies, resources.Places);
}
