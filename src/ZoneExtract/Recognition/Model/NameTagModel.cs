using System.Text;
using System.Diagnostics;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace ZoneExtract.Recognition.Model;

/// <summary>
/// The trained linear tagger: one weight per (hashed feature, tag) and a bias per tag, as ML.NET's maximum
/// entropy trainer learnt them. Weights are stored as 16-bit integers with one scale (half the size of
/// floats; 8 bits rounded most of the many small weights of a hashed model to zero) and scored here
/// directly: a handful of additions per character, no ML.NET at inference. In memory the rows lie as the file stores
/// them, one weight per tag (9 × 2 bytes a feature: 2.3 MB), with room after the last: a character's score is one
/// 16-weight vector load and addition per feature (<see cref="NameFeatures.Base"/> or
/// <see cref="NameFeatures.WithLexicons"/>, as the model was trained), whose lanes past the tag count belong to the
/// next row and are never read out. Rows padded to one 32-byte vector each took 4 MB, and a character's 16 rows are
/// random reads that the other stages' tables evict between articles: the smaller table is cheaper to bring back.
/// </summary>
internal sealed class NameTagModel
{
    private const uint Magic = 0x4D4E585A; // "ZXNM"
    private const int FormatVersion = 4;

    private const int RowWidth = 16; // Vector256<short>.Count: the weights one load reads, room for the 9 tags

    private readonly short[] _rows; // feature-major, unpadded: _rows[feature * TagCount + tag], then RowWidth − TagCount more
    private readonly float[] _biases;
    // The biases padded to RowWidth, loaded as two vectors of lanes in Score: a Vector256 field (or parameter) would make the
    // class's layout unstable for ReadyToRun, which then leaves this class, its callers and the start-up path to the JIT.
    private readonly float[] _paddedBiases;
    private readonly float _scale;

    /// <summary>
    /// Takes weights feature-major and unpadded (weights[feature * tag count + tag]), as the file stores them, followed by
    /// <see cref="RowWidth"/> − tag count more (see <see cref="RowsFor"/>), so that the last row's load stays inside the array.
    /// </summary>
    private NameTagModel(short[] weights, float[] biases, float scale, float[] transitions, int featuresPerCharacter)
    {
        FeaturesPerCharacter = featuresPerCharacter;
        var tags = biases.Length;
        if (tags > RowWidth) throw new InvalidDataException($"The name model has {tags} tags; at most {RowWidth} are supported.");
        if (weights.Length != RowsFor(tags)) throw new ArgumentException("The weights need room after the last row.", nameof(weights));
        _rows = weights;
        _biases = biases;
        _paddedBiases = new float[RowWidth];
        biases.CopyTo(_paddedBiases, 0);
        _scale = scale;
        Transitions = transitions;
        TransitionRows = new TransitionRows(transitions, tags);
    }

    public int TagCount => _biases.Length;

    /// <summary>The length of the weight array for <paramref name="tags"/> tags: every row, and room for the last row's vector load.</summary>
    private static int RowsFor(int tags) => NameFeatures.Space * tags + RowWidth - Math.Min(tags, RowWidth);

    /// <summary>How many features per character the model was trained with (<see cref="NameFeatures.Base"/>, <see cref="NameFeatures.WithLexicons"/> or <see cref="NameFeatures.WithClusters"/>).</summary>
    public int FeaturesPerCharacter { get; }

    /// <summary>log P(tag | previous tag) − log P(tag) from the training data, row-major by previous tag.</summary>
    public float[] Transitions { get; }

    /// <summary><see cref="Transitions"/> as the decoder reads them.</summary>
    public TransitionRows TransitionRows { get; }

    /// <summary>Quantises float weights (feature-major: [feature × tag count + tag], <see cref="NameFeatures.Space"/> features) into a model.</summary>
    public static NameTagModel FromWeights(ReadOnlySpan<float> weights, IReadOnlyList<float> biases, float[] transitions, int featuresPerCharacter)
    {
        if (!NameFeatures.IsKnownCount(featuresPerCharacter)) throw new ArgumentOutOfRangeException(nameof(featuresPerCharacter));
        var max = 0f;
        foreach (var w in weights) max = Math.Max(max, Math.Abs(w));
        var scale = max > 0 ? max / short.MaxValue : 1f;
        var quantised = new short[RowsFor(biases.Count)];
        for (var i = 0; i < weights.Length; i++) quantised[i] = (short)Math.Round(weights[i] / scale);
        return new NameTagModel(quantised, biases.ToArray(), scale, transitions, featuresPerCharacter);
    }

    /// <summary>
    /// Writes the tag scores (log-potentials) of one character, given its features, into <paramref name="scores"/>.
    /// They are not normalised: every tag path passes each character once, so a per-character constant (log Z)
    /// cannot change which path is best, and the softmax would only cost time.
    /// </summary>
    public void Score(ReadOnlySpan<int> features, Span<float> scores)
    {
        // 16-bit weights are summed in 32-bit lanes: 14 of them can overflow 16 bits. A feature index is a hash masked
        // to the feature space (NameFeatures.Hash), so every row read is inside the table: it is read without a bounds check.
        // The load reads RowWidth weights from the row's start: the lanes past TagCount (the next row's) are summed too but
        // never copied out, so the scores are those of the row alone; RowsFor leaves room for the last row's load.
        ref var rows = ref MemoryMarshal.GetArrayDataReference(_rows);
        var stride = (nuint)TagCount;
        var lower = Vector256<int>.Zero;
        var upper = Vector256<int>.Zero;
        foreach (var feature in features)
        {
            Debug.Assert((uint)feature < NameFeatures.Space);
            // WidenLower and WidenUpper, not Widen: ReadyToRun expands those two, Widen is a call it cannot precompile
            var weights = Vector256.LoadUnsafe(ref rows, (nuint)feature * stride);
            lower += Vector256.WidenLower(weights);
            upper += Vector256.WidenUpper(weights);
        }
        // bias + scale × sum, per lane: the same float operations, in the same order, as one tag at a time
        var half = Vector256<float>.Count;
        ref var biases = ref MemoryMarshal.GetArrayDataReference(_paddedBiases);
        var scale = Vector256.Create(_scale);
        var lowSums = Vector256.LoadUnsafe(ref biases) + scale * Vector256.ConvertToSingle(lower);
        var highSums = Vector256.LoadUnsafe(ref biases, (nuint)half) + scale * Vector256.ConvertToSingle(upper);
        var tags = TagCount;
        if (scores.Length < tags) throw new ArgumentException("Room for every tag's score is needed.", nameof(scores));
        // Stores, not Vector256.CopyTo(Span) or GetElement(variable index): those are calls or helpers that ReadyToRun cannot
        // precompile. The first eight scores with one store (a span copy through a buffer was a Memmove call per character),
        // the ninth tag from the high vector's first lane; fewer or more tags (not the shipped model's) through a buffer.
        Span<float> lanes = stackalloc float[half];
        ref var lane = ref MemoryMarshal.GetReference(lanes);
        if (tags < half)
        {
            lowSums.StoreUnsafe(ref lane);
            for (var tag = 0; tag < tags; tag++) scores[tag] = Unsafe.Add(ref lane, tag);
            return;
        }
        lowSums.StoreUnsafe(ref MemoryMarshal.GetReference(scores));
        if (tags == half) return;
        scores[half] = highSums.ToScalar();
        if (tags == half + 1) return;
        highSums.StoreUnsafe(ref lane);
        for (var tag = half + 1; tag < tags; tag++) scores[tag] = Unsafe.Add(ref lane, tag - half);
    }

    /// <summary>
    /// Writes the model: first <paramref name="header"/>, one text line each after '#' (what the model is and what it was
    /// trained on, readable with <c>head</c>), then the compressed weights.
    /// </summary>
    public void Save(Stream stream, IEnumerable<string>? header = null)
    {
        foreach (var line in header ?? [])
            stream.Write(Encoding.UTF8.GetBytes("# " + line.ReplaceLineEndings(" ") + "\n"));
        using var zip = new ZLibStream(stream, CompressionLevel.SmallestSize, leaveOpen: true);
        using var writer = new BinaryWriter(zip);
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(NameFeatures.Bits);
        writer.Write(FeaturesPerCharacter);
        writer.Write(TagCount);
        foreach (var bias in _biases) writer.Write(bias);
        writer.Write(_scale);
        foreach (var transition in Transitions) writer.Write(transition);
        writer.Write(MemoryMarshal.AsBytes(_rows.AsSpan(0, NameFeatures.Space * TagCount)));
    }

    /// <summary>Moves past the '#' text lines before the weights (a zlib stream starts with 0x78, never '#'; older models have none).</summary>
    private static void SkipHeader(Stream stream)
    {
        while (true)
        {
            var lineStart = stream.Position;
            if (stream.ReadByte() != '#')
            {
                stream.Position = lineStart;
                return;
            }
            int next;
            do next = stream.ReadByte(); while (next is not (-1 or '\n'));
        }
    }

    /// <summary>Reads a model file written by <see cref="Save"/>.</summary>
    public static NameTagModel LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream);
    }

    /// <summary>Reads a model written by <see cref="Save"/>; a model made for other features or tags is refused.</summary>
    public static NameTagModel Load(Stream stream)
    {
        using var seekable = stream.CanSeek ? null : new MemoryStream();
        if (seekable is not null)
        {
            stream.CopyTo(seekable); // the header's end is found by reading one byte too far
            seekable.Position = 0;
            stream = seekable;
        }
        SkipHeader(stream);
        using var zip = new ZLibStream(stream, CompressionMode.Decompress, leaveOpen: true);
        using var reader = new BinaryReader(zip);
        uint magic;
        int version;
        try
        {
            magic = reader.ReadUInt32();
            version = reader.ReadInt32();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException)
        {
            throw new InvalidDataException("Not a ZoneExtract name model (the file is not a compressed model).", e);
        }
        if (magic != Magic || version != FormatVersion)
            throw new InvalidDataException("Not a ZoneExtract name model of this version (wrong magic number or format version).");
        var bits = reader.ReadInt32();
        var perPosition = reader.ReadInt32();
        var tags = reader.ReadInt32();
        if (bits != NameFeatures.Bits || !NameFeatures.IsKnownCount(perPosition) || tags != NameTags.Count)
            throw new InvalidDataException(
                $"The name model was made for {bits}-bit features, {perPosition} per character and {tags} tags; " +
                $"this library uses {NameFeatures.Bits}, {NameFeatures.Base}, {NameFeatures.WithLexicons} or {NameFeatures.WithClusters} and {NameTags.Count}. Retrain it with 'zoneextract train'.");
        var biases = new float[tags];
        for (var tag = 0; tag < tags; tag++) biases[tag] = reader.ReadSingle();
        var scale = reader.ReadSingle();
        var transitions = new float[tags * tags];
        for (var i = 0; i < transitions.Length; i++) transitions[i] = reader.ReadSingle();
        var weights = new short[RowsFor(tags)];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan(0, NameFeatures.Space * tags)));
        return new NameTagModel(weights, biases, scale, transitions, perPosition);
    }
}
