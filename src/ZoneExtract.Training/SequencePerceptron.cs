using ZoneExtract.Recognition.Model;

namespace ZoneExtract.Training;

/// <summary>
/// Fine-tunes the maximum-entropy weights on whole sentences: an averaged structured perceptron (Collins 2002)
/// that decodes each training sentence exactly as the library does (Viterbi with transitions, characters that
/// cannot be in a name forced to O) and, where the best path differs from the gold one, moves the weights of
/// the features and transitions on the gold path up and those on the predicted path down by the learning rate.
/// Maximum entropy learns each character on its own and the transitions are counted separately; this pass
/// learns them together, for the decoder that uses them. The averaged weights are kept (less overfitting).
/// </summary>
internal sealed class SequencePerceptron
{
    private readonly int _tags = NameTags.Count;
    private readonly int _perCharacter;
    private readonly float[] _weights;    // feature-major: [feature * tags + tag]
    private readonly float[] _biases;
    private readonly float[] _transitions; // [previous * tags + tag]
    private readonly float[] _weightSteps; // Σ step × update, for the average (Daumé's trick)
    private readonly float[] _biasSteps;
    private readonly float[] _transitionSteps;
    private int _step = 1;

    public SequencePerceptron(float[] weights, float[] biases, float[] transitions, int perCharacter)
    {
        _perCharacter = perCharacter;
        _weights = weights;
        _biases = biases;
        _transitions = transitions;
        _weightSteps = new float[weights.Length];
        _biasSteps = new float[biases.Length];
        _transitionSteps = new float[transitions.Length];
    }

    /// <summary>One character-tagged sentence: features (length × features per character), gold tags, positions forced to O.</summary>
    public sealed record Sentence(int[] Features, int[] Gold, bool[] Outside);

    /// <summary>Runs <paramref name="epochs"/> shuffled passes over <paramref name="sentences"/>.</summary>
    public void Train(IReadOnlyList<Sentence> sentences, int epochs, float rate, int seed)
    {
        var order = Enumerable.Range(0, sentences.Count).ToArray();
        var random = new Random(seed);
        for (var epoch = 0; epoch < epochs; epoch++)
        {
            random.Shuffle(order);
            foreach (var index in order)
            {
                Learn(sentences[index], rate);
                _step++;
            }
        }
    }

    /// <summary>The averaged weights (feature-major), biases and transitions.</summary>
    public (float[] Weights, float[] Biases, float[] Transitions) Averaged() =>
        (Average(_weights, _weightSteps), Average(_biases, _biasSteps), Average(_transitions, _transitionSteps));

    private float[] Average(float[] values, float[] steps)
    {
        var average = new float[values.Length];
        for (var i = 0; i < values.Length; i++) average[i] = values[i] - steps[i] / _step;
        return average;
    }

    private void Learn(Sentence sentence, float rate)
    {
        var length = sentence.Gold.Length;
        var predicted = Predict(sentence);
        for (var i = 0; i < length; i++)
        {
            var gold = sentence.Gold[i];
            var guess = predicted[i];
            if (gold != guess)
            {
                Update(_biases, _biasSteps, gold, rate);
                Update(_biases, _biasSteps, guess, -rate);
                foreach (var feature in sentence.Features.AsSpan(i * _perCharacter, _perCharacter))
                {
                    Update(_weights, _weightSteps, feature * _tags + gold, rate);
                    Update(_weights, _weightSteps, feature * _tags + guess, -rate);
                }
            }
            if (i == 0 || (gold == guess && sentence.Gold[i - 1] == predicted[i - 1])) continue;
            Update(_transitions, _transitionSteps, sentence.Gold[i - 1] * _tags + gold, rate);
            Update(_transitions, _transitionSteps, predicted[i - 1] * _tags + guess, -rate);
        }
    }

    private void Update(float[] values, float[] steps, int index, float delta)
    {
        values[index] += delta;
        steps[index] += _step * delta;
    }

    /// <summary>The best tag path under the current weights, decoded as the library decodes.</summary>
    private int[] Predict(Sentence sentence)
    {
        var length = sentence.Gold.Length;
        var scores = new float[length * _tags];
        for (var i = 0; i < length; i++)
        {
            var row = scores.AsSpan(i * _tags, _tags);
            if (sentence.Outside[i])
            {
                row.Fill(float.NegativeInfinity);
                row[NameTags.Outside] = 0f;
                continue;
            }
            _biases.CopyTo(row);
            foreach (var feature in sentence.Features.AsSpan(i * _perCharacter, _perCharacter))
            {
                var weights = _weights.AsSpan(feature * _tags, _tags);
                for (var tag = 0; tag < _tags; tag++) row[tag] += weights[tag];
            }
        }
        var tags = new int[length];
        foreach (var (start, spanLength, label) in NameTagDecoder.Decode(scores, length, _transitions, _tags))
        {
            tags[start] = NameTags.Begin(label);
            for (var i = start + 1; i < start + spanLength; i++) tags[i] = NameTags.Inside(label);
        }
        return tags;
    }
}
