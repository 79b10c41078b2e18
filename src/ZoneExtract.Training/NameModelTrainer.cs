using System.Diagnostics;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Recognition.Names;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Training;

/// <summary>Settings of one training run; the defaults are the ones the shipped model was trained with.</summary>
/// <param name="Seed">Seed of ML.NET's context (shuffling inside the trainer); with one thread the run is reproducible.</param>
/// <param name="Iterations">Passes of the SDCA maximum-entropy trainer over the data.</param>
/// <param name="L2">L2 regularisation.</param>
/// <param name="L1">L1 regularisation (zeroes weak weights).</param>
/// <param name="SequenceEpochs">Passes of the structured perceptron that fine-tunes the maximum-entropy weights on whole sentences (0: none).</param>
/// <param name="SequenceRate">The perceptron's step, in the units of the maximum-entropy weights.</param>
/// <param name="LexiconFeatures">Also learn from the public company and place lists (<see cref="NameFeatures.WithLexicons"/> features per character).</param>
/// <param name="ClusterFeatures">Also learn from the word classes of <c>word-clusters.tsv</c> and from the lists (<see cref="NameFeatures.WithClusters"/> features per character).</param>
public sealed record NameModelTrainingOptions(int Seed = 42, int Iterations = 20, float L2 = 1e-5f, float L1 = 0f, int SequenceEpochs = 10, float SequenceRate = 0.3f,
    bool LexiconFeatures = false, bool ClusterFeatures = false)
{
    /// <summary>Features per character of the model these options train.</summary>
    public int FeaturesPerCharacter =>
        ClusterFeatures ? NameFeatures.WithClusters : LexiconFeatures ? NameFeatures.WithLexicons : NameFeatures.Base;
}

/// <summary>
/// Trains the name model: each character of each sentence becomes one example (its hashed features from
/// <see cref="NameFeatures"/> and its BIO tag), ML.NET's SDCA maximum-entropy trainer (multinomial logistic regression) learns one linear
/// model per tag, and the learnt weights are read out into a <see cref="NameTagModel"/> that the library
/// scores without ML.NET.
/// </summary>
public sealed class NameModelTrainer
{
    private readonly Segmenter _segmenter;

    /// <summary>Trains on the segmentation and lexicons of <paramref name="resources"/>, the ones inference will see.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="resources"/> is null.</exception>
    public NameModelTrainer(ZoneExtractorResources resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        _segmenter = resources.Segmenter;
        Lexicons = ModelLexicons.From(resources);
    }

    /// <summary>The lexicons the features read.</summary>
    internal ModelLexicons Lexicons { get; }

    /// <summary>The name resources the features and the span filter read.</summary>
    internal NameResources Names => Lexicons.Names;

    /// <summary>Trains on <paramref name="sentences"/> and returns the model and the time training took.</summary>
    internal (NameTagModel Model, TimeSpan Elapsed) Train(IReadOnlyList<TrainingSentence> sentences, NameModelTrainingOptions options)
    {
        var stopwatch = Stopwatch.StartNew();
        var rows = new List<CharacterRow>();
        var tagged = new List<SequencePerceptron.Sentence>();
        var transitionCounts = new double[NameTags.Count, NameTags.Count];
        foreach (var sentence in sentences) AddRows(sentence, options.FeaturesPerCharacter, rows, tagged, transitionCounts);

        var context = new MLContext(options.Seed);
        var data = context.Data.LoadFromEnumerable(rows, WithVectorSize(SchemaDefinition.Create(typeof(CharacterRow))));
        var pipeline = context.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(context.MulticlassClassification.Trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                MaximumNumberOfIterations = options.Iterations,
                L2Regularization = options.L2,
                L1Regularization = options.L1,
                Shuffle = true,
            }));
        var fitted = pipeline.Fit(data);
        var (weights, biases) = ReadOut(fitted.LastTransformer.Model, fitted.Transform(data).Schema["Label"]);
        var transitions = Transitions(transitionCounts);
        if (options.SequenceEpochs > 0)
        {
            var perceptron = new SequencePerceptron(weights, biases, transitions, options.FeaturesPerCharacter);
            perceptron.Train(tagged, options.SequenceEpochs, options.SequenceRate, options.Seed);
            (weights, biases, transitions) = perceptron.Averaged();
        }
        return (NameTagModel.FromWeights(weights, biases, transitions, options.FeaturesPerCharacter), stopwatch.Elapsed);
    }

    /// <summary>The segmentation and width folding that the extractor applies, for one text.</summary>
    internal (string Folded, IReadOnlyList<Token> Tokens) Prepare(string text)
    {
        var folded = WidthNormalizer.Fold(text);
        return (folded, _segmenter.Segment(text, SegmentationView.Create(folded), withTags: false));
    }

    private void AddRows(TrainingSentence sentence, int perCharacter, List<CharacterRow> rows, List<SequencePerceptron.Sentence> tagged, double[,] transitionCounts)
    {
        if (sentence.Text.Length == 0) return;
        var (folded, tokens) = Prepare(sentence.Text);
        var features = new int[folded.Length * perCharacter];
        NameFeatures.Extract(folded, tokens, Lexicons, perCharacter, features);
        var tags = new int[folded.Length];
        foreach (var (start, length, label) in sentence.Spans)
        {
            var index = NameTags.LabelIndex(ContractLabel(folded.Substring(start, length), label));
            if (tags.AsSpan(start, length).ContainsAnyExcept(NameTags.Outside)) continue; // overlapping spans: keep the first
            tags[start] = NameTags.Begin(index);
            for (var i = start + 1; i < start + length; i++) tags[i] = NameTags.Inside(index);
        }
        for (var i = 0; i < folded.Length; i++)
        {
            if (i > 0) transitionCounts[tags[i - 1], tags[i]]++;
            if (char.IsWhiteSpace(folded[i])) continue;
            rows.Add(new CharacterRow { Label = NameTags.Name(tags[i]), Features = ToVector(features.AsSpan(i * perCharacter, perCharacter)) });
        }
        var outside = NameModelRecognizer.OutsideForSure(folded, tokens, Names);
        tagged.Add(new SequencePerceptron.Sentence(features, Reachable(tags, outside), outside));
    }

    /// <summary>
    /// The contract's label for a training span where a corpus labels otherwise: a "company" that ends in an
    /// organisation head and in no company head (中央电视台, 道琼斯通讯社: Boson counts news outlets as companies) is an ORG.
    /// </summary>
    private EntityLabel ContractLabel(string span, EntityLabel label) =>
        label == EntityLabel.Company && Names.Lexicons.EndsWithOrganizationHead(span) && !Names.Lexicons.EndsWithCompanyHead(span)
            ? EntityLabel.Organization
            : label;

    /// <summary>The gold tags as the decoder can produce them: O where a character is O for sure, a span resumed after it begins anew.</summary>
    private static int[] Reachable(int[] tags, bool[] outside)
    {
        var reachable = (int[])tags.Clone();
        for (var i = 0; i < reachable.Length; i++)
        {
            if (outside[i]) reachable[i] = NameTags.Outside;
            else if (NameTags.IsInside(reachable[i]) && (i == 0 || reachable[i - 1] == NameTags.Outside))
                reachable[i] = NameTags.Begin(NameTags.LabelOf(reachable[i]));
        }
        return reachable;
    }

    /// <summary>A sparse 0/1 vector; hash collisions inside one character add up, as they do when scoring.</summary>
    private static VBuffer<float> ToVector(ReadOnlySpan<int> features)
    {
        var sorted = features.ToArray();
        Array.Sort(sorted);
        var indices = new List<int>(sorted.Length);
        var values = new List<float>(sorted.Length);
        foreach (var f in sorted)
        {
            if (indices.Count > 0 && indices[^1] == f) values[^1] += 1f;
            else { indices.Add(f); values.Add(1f); }
        }
        return new VBuffer<float>(NameFeatures.Space, indices.Count, values.ToArray(), indices.ToArray());
    }

    private static SchemaDefinition WithVectorSize(SchemaDefinition schema)
    {
        schema[nameof(CharacterRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, NameFeatures.Space);
        return schema;
    }

    /// <summary>
    /// log P(tag | previous tag) − log P(tag), add-one smoothed: the maximum-entropy scores already carry each
    /// tag's prior, so the transitions add only what the previous tag tells beyond it (hybrid decoding).
    /// </summary>
    private static float[] Transitions(double[,] counts)
    {
        var tags = NameTags.Count;
        var prior = new double[tags];
        var all = 0.0;
        for (var previous = 0; previous < tags; previous++)
        for (var tag = 0; tag < tags; tag++)
        {
            prior[tag] += counts[previous, tag] + 1;
            all += counts[previous, tag] + 1;
        }
        var transitions = new float[tags * tags];
        for (var previous = 0; previous < tags; previous++)
        {
            var total = 0.0;
            for (var tag = 0; tag < tags; tag++) total += counts[previous, tag] + 1;
            for (var tag = 0; tag < tags; tag++)
                transitions[previous * tags + tag] = (float)(Math.Log((counts[previous, tag] + 1) / total) - Math.Log(prior[tag] / all));
        }
        return transitions;
    }

    /// <summary>Copies ML.NET's per-class weights and biases into the library's tag order (O, B-COMPANY, …), feature-major.</summary>
    private static (float[] Weights, float[] Biases) ReadOut(MaximumEntropyModelParameters parameters, DataViewSchema.Column labelColumn)
    {
        VBuffer<ReadOnlyMemory<char>> keyNames = default;
        labelColumn.GetKeyValues(ref keyNames);
        var classNames = keyNames.DenseValues().Select(v => v.ToString()).ToArray();
        VBuffer<float>[] weights = null!;
        parameters.GetWeights(ref weights, out var classCount);
        var biases = parameters.GetBiases().ToArray();

        var tags = NameTags.Count;
        var featureMajor = new float[NameFeatures.Space * tags];
        var tagBiases = new float[tags];
        var column = new float[NameFeatures.Space];
        for (var tag = 0; tag < tags; tag++)
        {
            var cls = Array.IndexOf(classNames, NameTags.Name(tag));
            if (cls < 0 || cls >= classCount)
            {
                tagBiases[tag] = -1e4f; // a tag the data never showed is never predicted
                continue;
            }
            weights[cls].CopyTo(column);
            for (var f = 0; f < column.Length; f++) featureMajor[f * tags + tag] = column[f];
            tagBiases[tag] = biases[cls];
        }
        return (featureMajor, tagBiases);
    }

    private sealed class CharacterRow
    {
        public string Label { get; set; } = "O";

        public VBuffer<float> Features { get; set; }
    }
}
