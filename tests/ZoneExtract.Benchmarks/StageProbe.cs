using System.Diagnostics;
using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Facts;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Text;

namespace ZoneExtract.Benchmarks;

/// <summary>
/// The cost of each stage of one extraction, on one article: <c>dotnet ZoneExtract.Benchmarks.dll stages FILE</c> times
/// segmentation, the name model's parts (word table, features, scoring, decoding), every recogniser of the catalogue,
/// merging, consistency and facts, each alone and repeated, and prints the fastest batch of each (the one least
/// disturbed on a shared machine) and the KiB each run allocates. Stages alone run with warm caches, so their sum is below a whole extraction.
/// <c>stages FILE FILTER</c> times only the stages whose name contains FILTER (<c>"name model"</c>), for quick A/B runs.
/// </summary>
internal static class StageProbe
{
    private const int Batches = 15;
    private const int PerBatch = 100;

    public static int Run(string path, string filter = "")
    {
        var text = File.ReadAllText(path);
        var extractor = new ZoneExtractor();
        var resources = extractor.Resources;
        var options = new ExtractionOptions { ReferenceDate = new DateOnly(2020, 11, 23) };
        var folded = WidthNormalizer.Fold(text);
        var tokens = resources.Segmenter.Segment(text, SegmentationView.Create(folded), withTags: false);
        var document = new Document(text, folded, tokens, options.ReferenceDate, EntityLabel.All);
        var lexicons = ModelLexicons.From(resources);
        var model = resources.NameModel;
        Console.WriteLine($"{text.Length:N0} characters, {tokens.Count:N0} words; microseconds per run, fastest of {Batches} batches of {PerBatch}; KiB allocated per run");
        void Time(string name, Action work)
        {
            if (name.Contains(filter, StringComparison.Ordinal)) TimeStage(name, work);
            else work(); // once untimed: a later stage reads what an earlier one found (the recognisers fill the merger's candidates)
        }

        Time("width folding", () => WidthNormalizer.Fold(text));
        Time("layout view", () => SegmentationView.Create(folded));
        Time("segmentation", () => resources.Segmenter.Segment(text, SegmentationView.Create(folded), withTags: false));
        Time("word boundaries (Document.Words)", () => new TokenBoundaries(folded.Length, tokens));

        var perCharacter = model.FeaturesPerCharacter;
        var words = NameFeatures.Words(folded, tokens, lexicons, perCharacter);
        var features = new int[folded.Length * perCharacter];
        var scores = new float[folded.Length * model.TagCount];
        var spans = new List<(int, int, int)>();
        Time("name model: word table", () => NameFeatures.Words(folded, tokens, lexicons, perCharacter));
        var companyMarks = new byte[folded.Length];
        var placeMarks = new byte[folded.Length];
        Time("name model: word table's list marks", () => LexiconMarks.Mark(folded, tokens, lexicons, companyMarks, placeMarks));
        Time("name model: features, every character", () =>
        {
            for (var i = 0; i < folded.Length; i++) NameFeatures.At(folded, words, i, features.AsSpan(i * perCharacter, perCharacter));
        });
        Time("name model: scores, every character", () =>
        {
            for (var i = 0; i < folded.Length; i++) model.Score(features.AsSpan(i * perCharacter, perCharacter), scores.AsSpan(i * model.TagCount, model.TagCount));
        });
        Time("name model: decoding, one run", () =>
        {
            spans.Clear();
            NameTagDecoder.DecodeInto(scores, new DecodeRun(folded.Length, AfterOutside: false, BeforeOutside: false), model.TransitionRows, 0, spans);
        });
        Time("name model: Tag (word table to spans)", () => NameModelRecognizer.Tag(model, folded, tokens, lexicons));

        var candidates = new List<(Entity, int)>();
        foreach (var recognizer in RecognizerCatalog.CreateDefault(resources))
        {
            var found = new List<Entity>();
            Time("recogniser " + recognizer.GetType().Name, () =>
            {
                found.Clear();
                recognizer.Recognize(document, found, CancellationToken.None);
            });
            candidates.AddRange(found.Select(entity => (entity, recognizer.Precedence)));
        }
        var merged = EntityMerger.Merge(text, candidates, EntityLabel.All);
        var units = new OrganizationUnits(resources.OrganizationUnitHeads, resources.Names);
        var placeOrganizations = new PlaceNamedOrganizations(resources.Names);
        var branches = new CompanyBranches(resources.Names);
        var lists = new ListContinuation(resources.Names);
        var consistency = new DocumentConsistency(resources.Names, resources.Places);
        var relabelled = placeOrganizations.Relabel(document, merged);
        var generic = new GenericBodyMentions(resources.Names);
        var unitsFound = units.Extend(document, relabelled);
        var extended = generic.Relabel(document, unitsFound);
        var committees = Recognition.Names.OrganizationPartyCommittees.Extend(document, extended, resources.Names.Lexicons);
        var acronyms = Recognition.Names.OrganizationAcronyms.Extend(document, committees);
        var branched = branches.Extend(document, acronyms);
        var grouped = lists.Extend(document, branched);
        var entities = consistency.Spread(document, grouped);
        var facts = new FactRecognizer(resources.Indicators);
        Time("merging", () => EntityMerger.Merge(text, candidates, EntityLabel.All));
        Time("place-named organisations", () => placeOrganizations.Relabel(document, merged));
        Time("organisation units", () => units.Extend(document, relabelled));
        Time("generic body mentions", () => generic.Relabel(document, unitsFound));
        Time("democratic parties' committees", () => Recognition.Names.OrganizationPartyCommittees.Extend(document, extended, resources.Names.Lexicons));
        Time("organisation acronyms", () => Recognition.Names.OrganizationAcronyms.Extend(document, committees));
        Time("company branches", () => branches.Extend(document, acronyms));
        Time("list continuation", () => lists.Extend(document, branched));
        Time("document consistency", () => consistency.Spread(document, grouped));
        Time("facts", () => facts.Recognize(text, folded, entities));
        Time("whole extraction", () => extractor.Extract(text, options));
        return 0;
    }

    private static void TimeStage(string name, Action work)
    {
        for (var i = 0; i < 3 * PerBatch; i++) work(); // warm-up: tiered JIT reaches its last tier
        var best = double.MaxValue;
        var allocated = GC.GetAllocatedBytesForCurrentThread();
        for (var batch = 0; batch < Batches; batch++)
        {
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < PerBatch; i++) work();
            best = Math.Min(best, clock.Elapsed.TotalMicroseconds / PerBatch);
        }
        // bytes allocated per run do not depend on the load: the one column a shared machine cannot disturb
        var kib = (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1024.0 / (Batches * PerBatch);
        Console.WriteLine($"{name,-42} {best,9:N1} {kib,9:N1}");
    }
}
