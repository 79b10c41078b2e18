namespace ZoneExtract.Training;

/// <summary>
/// Word classes from unlabeled text by the exchange algorithm (Kneser and Ney 1993; Martin, Liermann and Ney 1998): every
/// word of the vocabulary is in one of <c>classes</c> classes, and words are moved one at a time to the class that most
/// raises the likelihood of a class bigram model, Σ N(c, d) log N(c, d) − Σ N(c, ·) log N(c, ·) − Σ N(·, d) log N(·, d),
/// until a pass moves almost none. Words rarer than the minimum count share one fixed class, as do sentence boundaries.
/// Deterministic: words start in class (frequency rank mod classes) and are visited by rank, with ties to the lower class.
/// </summary>
internal static class WordClustering
{
    /// <summary>Word → class (0 … <paramref name="classes"/> − 1) for the words seen at least <paramref name="minCount"/> times.</summary>
    /// <param name="sentences">The text as words, a sentence (or paragraph) at a time.</param>
    /// <param name="classes">How many classes.</param>
    /// <param name="minCount">The least count of a word that gets a class of its own choosing.</param>
    /// <param name="passes">At most this many passes over the vocabulary.</param>
    /// <param name="log">Where a line per pass goes (moves, likelihood), or null.</param>
    public static Dictionary<string, int> Cluster(IEnumerable<IReadOnlyList<string>> sentences, int classes, int minCount, int passes, TextWriter? log)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        var corpus = sentences.ToList();
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var sentence in corpus)
        foreach (var word in sentence)
            counts[word] = counts.GetValueOrDefault(word) + 1;
        var vocabulary = counts.Where(e => e.Value >= minCount).OrderByDescending(e => e.Value).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => e.Key).ToArray();
        var ids = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var w = 0; w < vocabulary.Length; w++) ids[vocabulary[w]] = w;
        var (rare, boundary) = (vocabulary.Length, vocabulary.Length + 1);

        var bigrams = new Dictionary<(int, int), int>();
        var tokens = 0;
        foreach (var sentence in corpus)
        {
            var previous = boundary;
            foreach (var word in sentence)
            {
                var id = ids.GetValueOrDefault(word, rare);
                Add(bigrams, previous, id);
                previous = id;
                tokens++;
            }
            Add(bigrams, previous, boundary);
        }
        var model = new ClassBigrams(vocabulary.Length, classes, bigrams, tokens + 2 * corpus.Count);
        log?.WriteLine($"{vocabulary.Length} words seen at least {minCount} times, {tokens} tokens, {corpus.Count} sentences, {classes} classes");
        for (var pass = 1; pass <= passes; pass++)
        {
            var moved = model.Pass();
            log?.WriteLine($"pass {pass}: {moved} words moved, log-likelihood term {model.Objective():F0}");
            if (moved <= vocabulary.Length / 1000) break;
        }
        var result = new Dictionary<string, int>(vocabulary.Length, StringComparer.Ordinal);
        for (var w = 0; w < vocabulary.Length; w++) result[vocabulary[w]] = model.ClassOf(w);
        return result;
    }

    private static void Add(Dictionary<(int, int), int> bigrams, int left, int right) =>
        bigrams[(left, right)] = bigrams.GetValueOrDefault((left, right)) + 1;

    /// <summary>The class bigram counts of one assignment of words to classes, and the moves of the exchange algorithm.</summary>
    private sealed class ClassBigrams
    {
        private readonly int _words;
        private readonly int _classes; // movable classes; class _classes holds the rare words, _classes + 1 the boundaries
        private readonly int _width; // _classes + 2
        private readonly int[] _classOf;
        private readonly (int Word, int Count)[][] _right; // per vocabulary word: the words after it, with counts
        private readonly (int Word, int Count)[][] _left;
        private readonly int[] _self; // w w
        private readonly int[] _pairs; // N(c, d), row-major
        private readonly int[] _pairsByColumn; // N(c, d) at [d, c]: the column of d read in a row
        private readonly int[] _leftTotals; // N(c, ·)
        private readonly int[] _rightTotals; // N(·, d)
        private readonly double[] _xLogX; // x log x for every count up to the number of bigrams

        public ClassBigrams(int words, int classes, Dictionary<(int, int), int> bigrams, int bigramCount)
        {
            (_words, _classes, _width) = (words, classes, classes + 2);
            _classOf = new int[words + 2];
            for (var w = 0; w < words; w++) _classOf[w] = w % classes;
            (_classOf[words], _classOf[words + 1]) = (classes, classes + 1);
            var right = Enumerable.Range(0, words).Select(_ => new List<(int, int)>()).ToArray();
            var left = Enumerable.Range(0, words).Select(_ => new List<(int, int)>()).ToArray();
            _self = new int[words];
            _pairs = new int[_width * _width];
            _pairsByColumn = new int[_width * _width];
            _leftTotals = new int[_width];
            _rightTotals = new int[_width];
            // in key order, so that the neighbour lists (and the sums over them) do not depend on the dictionary's layout
            foreach (var ((u, v), count) in bigrams.OrderBy(e => e.Key))
            {
                if (u == v && u < words) _self[u] += count;
                else
                {
                    if (u < words) right[u].Add((v, count));
                    if (v < words) left[v].Add((u, count));
                }
                AddPair(_classOf[u], _classOf[v], count);
            }
            _right = right.Select(l => l.ToArray()).ToArray();
            _left = left.Select(l => l.ToArray()).ToArray();
            _xLogX = new double[bigramCount + 1];
            for (var x = 1; x < _xLogX.Length; x++) _xLogX[x] = x * Math.Log(x);
        }

        public int ClassOf(int word) => _classOf[word];

        /// <summary>The part of the class bigram log-likelihood that depends on the classes.</summary>
        public double Objective()
        {
            var sum = 0.0;
            foreach (var n in _pairs) sum += _xLogX[n];
            for (var c = 0; c < _width; c++) sum -= _xLogX[_leftTotals[c]] + _xLogX[_rightTotals[c]];
            return sum;
        }

        /// <summary>One pass over the vocabulary, most frequent first; returns how many words changed class.</summary>
        public int Pass()
        {
            var toRight = new int[_width]; // the word's bigrams into each class (w, d), its own w w apart
            var fromLeft = new int[_width]; // (d, w)
            var rightClasses = new List<int>();
            var leftClasses = new List<int>();
            var moved = 0;
            for (var w = 0; w < _words; w++)
            {
                Gather(_right[w], toRight, rightClasses);
                Gather(_left[w], fromLeft, leftClasses);
                var self = _self[w];
                var (leftTotal, rightTotal) = (self, self); // N(w, ·) and N(·, w)
                foreach (var d in rightClasses) leftTotal += toRight[d];
                foreach (var d in leftClasses) rightTotal += fromLeft[d];

                var from = _classOf[w];
                Shift(from, toRight, rightClasses, fromLeft, leftClasses, self, leftTotal, rightTotal, -1);
                var best = from;
                var bestGain = Gain(from, toRight, rightClasses, fromLeft, leftClasses, self, leftTotal, rightTotal);
                for (var c = 0; c < _classes; c++)
                {
                    if (c == from) continue;
                    var gain = Gain(c, toRight, rightClasses, fromLeft, leftClasses, self, leftTotal, rightTotal);
                    if (gain > bestGain + 1e-9) (best, bestGain) = (c, gain);
                }
                Shift(best, toRight, rightClasses, fromLeft, leftClasses, self, leftTotal, rightTotal, +1);
                if (best != from) moved++;
                _classOf[w] = best;

                foreach (var d in rightClasses) toRight[d] = 0;
                foreach (var d in leftClasses) fromLeft[d] = 0;
            }
            return moved;
        }

        private void Gather((int Word, int Count)[] neighbours, int[] byClass, List<int> touched)
        {
            touched.Clear();
            foreach (var (word, count) in neighbours)
            {
                var d = _classOf[word];
                if (byClass[d] == 0) touched.Add(d);
                byClass[d] += count;
            }
        }

        /// <summary>How much the objective rises when the word (taken out of every count) joins class <paramref name="c"/>.</summary>
        private double Gain(int c, int[] toRight, List<int> rightClasses, int[] fromLeft, List<int> leftClasses, int self, int leftTotal, int rightTotal)
        {
            var f = _xLogX;
            var row = c * _width;
            var gain = 0.0;
            foreach (var d in rightClasses)
            {
                if (d == c) continue;
                var n = _pairs[row + d];
                gain += f[n + toRight[d]] - f[n];
            }
            foreach (var d in leftClasses)
            {
                if (d == c) continue;
                var n = _pairsByColumn[row + d];
                gain += f[n + fromLeft[d]] - f[n];
            }
            var own = _pairs[row + c];
            gain += f[own + toRight[c] + fromLeft[c] + self] - f[own];
            gain -= f[_leftTotals[c] + leftTotal] - f[_leftTotals[c]];
            gain -= f[_rightTotals[c] + rightTotal] - f[_rightTotals[c]];
            return gain;
        }

        /// <summary>Adds (sign +1) or removes (−1) the word's bigrams to or from class <paramref name="c"/>'s counts.</summary>
        private void Shift(int c, int[] toRight, List<int> rightClasses, int[] fromLeft, List<int> leftClasses, int self, int leftTotal, int rightTotal, int sign)
        {
            foreach (var d in rightClasses) AddPair(c, d, sign * toRight[d], totals: false);
            foreach (var d in leftClasses) AddPair(d, c, sign * fromLeft[d], totals: false);
            AddPair(c, c, sign * self, totals: false);
            _leftTotals[c] += sign * leftTotal;
            _rightTotals[c] += sign * rightTotal;
        }

        private void AddPair(int c, int d, int count, bool totals = true)
        {
            _pairs[c * _width + d] += count;
            _pairsByColumn[d * _width + c] += count;
            if (!totals) return;
            _leftTotals[c] += count;
            _rightTotals[d] += count;
        }
    }
}
