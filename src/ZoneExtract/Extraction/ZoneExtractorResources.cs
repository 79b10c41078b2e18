using JiebaNet.Segmenter.PosSeg;
using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Recognition.Names;
using ZoneExtract.Recognition.Places;
using ZoneExtract.Recognition.Zones;
using ZoneExtract.Segmentation;

namespace ZoneExtract;

/// <summary>
/// Everything an extractor reads from disk, loaded once: jieba's dictionary (one pass gives the segmenter's word
/// trie and the word frequencies the recognisers consult), the gazetteers, lexicons and word lists, and the name
/// model. Immutable and thread-safe; share one between extractors, or load several side by side (another data
/// folder, another model) in one process.
/// </summary>
/// <remarks>
/// The one process-wide piece is jieba.NET itself, loaded only for part-of-speech tags
/// (<see cref="ExtractionOptions.IncludePosTags"/>): it can serve one jieba folder per process.
/// </remarks>
public sealed class ZoneExtractorResources
{
    private readonly (string Word, int Frequency)[] _domainWords;
    private readonly Lazy<NameTagModel> _nameModel; // read in the background from construction on, waited for on first use

    private ZoneExtractorResources(string jiebaDirectory, DataFiles data, NameTagModel? model)
    {
        JiebaDirectory = jiebaDirectory;
        // the shipped model is read on another thread while jieba's dictionary and the lists load on this one; a
        // malformed file throws on first use, as a lazily read one would
        var shippedModel = model is null ? Task.Run(() => LoadShippedModel(data)) : null;
        var (cutter, common) = JiebaDictionary.Load(jiebaDirectory);
        // the word classes of a model with cluster features are read and indexed by the dictionary's trie nodes on
        // another thread too, so that the first extraction does not wait for them
        var wordClasses = Task.Run(async () => await HasClusterFeatures(model, shippedModel) ? WordClasses.Load(data, common) : null);
        // the company and organisation lists judge each form against the dictionary (cutting it into words): the
        // longest of the lists to load, so they load on other threads while this one loads the rest (all only read
        // the dictionary and the cutter; the domain words are added to the cutter after them, below)
        var companies = Task.Run(() => new CompanyLexicon(data, common, cutter));
        var organizations = Task.Run(() => OrganizationLexicon.Load(data, common, cutter));
        var places = new PlaceNames(data);
        ZoneSuffixes = new ZoneSuffixes(data);
        Places = new PlaceLexicon(data, places, common);
        Names = new NameResources(common, new NameLexicons(data), places, Places, new NamePrefix(data, common, places), ZoneSuffixes);
        Zones = new ZoneGazetteer(data, ZoneSuffixes, new ZoneNameForms(places), Places, Names.Prefix);
        SpeechVerbs = data.ReadWordSet("speech-verbs.tsv");
        OrganizationUnitHeads = data.ReadWordSet("organization-unit-heads.tsv");
        MediaCues = new MediaCues(data);
        Indicators = Recognition.Facts.IndicatorLexicon.Load(data);
        Currencies = Recognition.Money.CurrencyTable.Load(data);
        CalendarWords = Recognition.Dates.DateWordTable.Load(data);
        ValleyMorphemes = string.Concat(data.ReadWords("valley-morphemes.tsv"));
        ZoneNamedVenueWords = data.ReadWordSet("zone-named-venue-words.tsv");
        ZoneAreaWords = [.. data.ReadWords("zone-area-words.tsv")];
        _nameModel = new Lazy<NameTagModel>(() => model ?? shippedModel!.GetAwaiter().GetResult());
        // classes for a model without cluster features (training one with them) are read when first asked for
        WordClassesOnDemand = new Lazy<WordClasses>(() => wordClasses.GetAwaiter().GetResult() ?? WordClasses.Load(data, common));

        Companies = companies.GetAwaiter().GetResult();
        Organizations = organizations.GetAwaiter().GetResult();
        // the trie must not change while the classes are indexed by its nodes; a malformed class file throws on first use
        Task.WhenAny(wordClasses).GetAwaiter().GetResult();

        // names that jieba would cut apart (西永微|电园) become words; the name model is trained on this segmentation
        _domainWords = DomainWords(ZoneSuffixes).Select(word => (word, cutter.AddWord(word))).ToArray();
        var posSegmenter = new Lazy<PosSegmenter>(() => new PosSegmenter(LoadJiebaNet()));
        WordCutter = cutter;
        Segmenter = new Segmenter(cutter, posSegmenter);
    }

    /// <summary>The jieba folder the dictionary was read from.</summary>
    public string JiebaDirectory { get; }

    /// <summary>The words of a zone's part after its place (园区, 片区: 高新区七里河园区).</summary>
    internal IReadOnlyList<string> ZoneAreaWords { get; }

    internal Segmenter Segmenter { get; }

    /// <summary>Plain segmentation over the dictionary and the domain words (the segmenter's hot path).</summary>
    internal WordCutter WordCutter { get; }

    internal NameResources Names { get; }

    internal ZoneSuffixes ZoneSuffixes { get; }

    internal ZoneGazetteer Zones { get; }

    internal PlaceLexicon Places { get; }

    internal CompanyLexicon Companies { get; }

    internal NameLexicon Organizations { get; }

    internal SpanTable<bool> SpeechVerbs { get; }

    internal SpanTable<bool> OrganizationUnitHeads { get; }

    internal MediaCues MediaCues { get; }

    internal Recognition.Facts.IndicatorLexicon Indicators { get; }

    internal Recognition.Money.CurrencyTable Currencies { get; }

    internal Recognition.Dates.DateWordTable CalendarWords { get; }

    internal string ValleyMorphemes { get; }

    /// <summary>Words that make a zone's or a valley's name and them a square, road or station named after it (光谷广场, 新城大道).</summary>
    internal SpanTable<bool> ZoneNamedVenueWords { get; }

    internal NameTagModel NameModel => _nameModel.Value;

    /// <summary>The word classes of the name model's cluster features, read when a model first needs them.</summary>
    internal Lazy<WordClasses> WordClassesOnDemand { get; }

    /// <summary>jieba.NET over the same folder and domain words (for part-of-speech tags and the benchmarks' baseline).</summary>
    /// <exception cref="InvalidOperationException">This process loaded jieba.NET from another folder, or with other zone suffixes, already.</exception>
    internal JiebaNet.Segmenter.JiebaSegmenter LoadJiebaNet() => JiebaNetProcess.Get(JiebaDirectory, _domainWords);

    /// <summary>Loads the resources that <paramref name="settings"/> name (null: the shipped ones).</summary>
    /// <exception cref="SegmenterResourcesException">jieba's dictionaries are missing or incomplete.</exception>
    /// <exception cref="DirectoryNotFoundException"><see cref="ZoneExtractorSettings.DataDirectory"/> does not exist.</exception>
    /// <exception cref="InvalidDataException">A data file or the name model is malformed.</exception>
    public static ZoneExtractorResources Load(ZoneExtractorSettings? settings = null)
    {
        var data = new DataFiles(settings?.DataDirectory);
        var model = settings?.NameModelPath is { } modelPath ? NameTagModel.LoadFile(modelPath) : null;
        return new ZoneExtractorResources(JiebaResources.Locate(settings?.JiebaDirectory), data, model);
    }

    /// <summary>Whether the model in use (given, or the shipped one once read) has cluster features; false for a shipped model that fails to read.</summary>
    private static async Task<bool> HasClusterFeatures(NameTagModel? model, Task<NameTagModel>? shippedModel)
    {
        if (model is null)
        {
            await Task.WhenAny(shippedModel!);
            if (!shippedModel!.IsCompletedSuccessfully) return false;
            model = shippedModel.Result;
        }
        return model.FeaturesPerCharacter == NameFeatures.WithClusters;
    }

    private static NameTagModel LoadShippedModel(DataFiles data)
    {
        using var stream = data.Open("name-model.bin");
        return NameTagModel.Load(stream);
    }

    /// <summary>The zone suffixes of three or more characters (微电园, 自贸试验区), added to jieba's dictionary.</summary>
    internal static IEnumerable<string> DomainWords(ZoneSuffixes suffixes) => suffixes.DictionaryWords;
}
