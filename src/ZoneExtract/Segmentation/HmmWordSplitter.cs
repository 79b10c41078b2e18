using System.Text.Json;

namespace ZoneExtract.Segmentation;

/// <summary>
/// jieba's hidden Markov model for words its dictionary does not know (its "final segmentation"): each run of
/// Han characters is tagged B/M/E/S by Viterbi over prob_emit.json and prob_trans.json, and any other run is
/// split into letter-digit words (3.5%, SK) and the characters between them. The arithmetic, the order of the
/// states and the tie-breaking are jieba.NET's, so the words are the same; the tables are plain arrays.
/// </summary>
internal sealed class HmmWordSplitter
{
    private const int B = 0, M = 1, E = 2, S = 3, StateCount = 4;
    private const double MinimumLogProbability = -3.14e100;

    /// <summary>jieba's start probabilities (ln P(first state)); a word cannot start inside or at the end.</summary>
    private static readonly double[] StartLogProbabilities = [-0.26268660809250016, MinimumLogProbability, MinimumLogProbability, -1.4652633398537678];

    /// <summary>The two states each state may follow, in the order jieba.NET tries them (the later wins a tie).</summary>
    private static readonly int[][] Predecessors = [[E, S], [M, B], [B, M], [S, E]];

    private static readonly string StateLetters = "BMES";

    private readonly ushort[] _emissionRow = new ushort[char.MaxValue + 1]; // 0: a character the model never saw
    private readonly double[] _emissions; // row-major, StateCount per row
    private readonly double[] _transitions; // [from * StateCount + to]

    private HmmWordSplitter(double[] emissions, double[] transitions, Dictionary<char, int> rows)
    {
        _emissions = emissions;
        _transitions = transitions;
        foreach (var (c, row) in rows) _emissionRow[c] = (ushort)row;
    }

    /// <summary>Reads prob_emit.json and prob_trans.json ({"B": {"字": ln p, …}, …}) from jieba's folder.</summary>
    public static HmmWordSplitter Load(string directory)
    {
        var emit = ReadTable(Path.Combine(directory, "prob_emit.json"));
        var trans = ReadTable(Path.Combine(directory, "prob_trans.json"));
        var rows = new Dictionary<char, int>();
        foreach (var c in emit.Values.SelectMany(table => table.Keys)) rows.TryAdd(c, rows.Count + 1);
        var emissions = new double[(rows.Count + 1) * StateCount];
        Array.Fill(emissions, MinimumLogProbability);
        var transitions = new double[StateCount * StateCount];
        Array.Fill(transitions, MinimumLogProbability);
        for (var state = 0; state < StateCount; state++)
        {
            if (emit.TryGetValue(StateLetters[state], out var perCharacter))
            {
                foreach (var (c, value) in perCharacter) emissions[rows[c] * StateCount + state] = value;
            }
            if (trans.TryGetValue(StateLetters[state], out var perState))
            {
                foreach (var (to, value) in perState) transitions[state * StateCount + StateLetters.IndexOf(to)] = value;
            }
        }
        return new HmmWordSplitter(emissions, transitions, rows);
    }

    /// <summary>Splits <paramref name="text"/>[start..end) into words, appending (start, length) pairs.</summary>
    public void Split(ReadOnlySpan<char> text, int start, int end, List<(int Start, int Length)> words)
    {
        for (var i = start; i < end;)
        {
            var runEnd = i;
            if (IsHan(text[i]))
            {
                while (runEnd < end && IsHan(text[runEnd])) runEnd++;
                Viterbi(text, i, runEnd, words);
            }
            else
            {
                while (runEnd < end && !IsHan(text[runEnd])) runEnd++;
                SplitOther(text, i, runEnd, words);
            }
            i = runEnd;
        }
    }

    /// <summary>jieba's pattern ([a-zA-Z0-9]+(?:\.\d+)?%?) as words, and each stretch between its matches as one word.</summary>
    private static void SplitOther(ReadOnlySpan<char> text, int start, int end, List<(int Start, int Length)> words)
    {
        var between = start;
        for (var i = start; i < end;)
        {
            if (!char.IsAsciiLetterOrDigit(text[i])) { i++; continue; }
            if (i > between) words.Add((between, i - between));
            var matchEnd = i;
            while (matchEnd < end && char.IsAsciiLetterOrDigit(text[matchEnd])) matchEnd++;
            if (matchEnd + 1 < end && text[matchEnd] == '.' && char.IsAsciiDigit(text[matchEnd + 1]))
            {
                matchEnd += 2;
                while (matchEnd < end && char.IsAsciiDigit(text[matchEnd])) matchEnd++;
            }
            if (matchEnd < end && text[matchEnd] == '%') matchEnd++;
            words.Add((i, matchEnd - i));
            i = between = matchEnd;
        }
        if (end > between) words.Add((between, end - between));
    }

    private void Viterbi(ReadOnlySpan<char> text, int start, int end, List<(int Start, int Length)> words)
    {
        var length = end - start;
        Span<byte> from = length <= 256 ? stackalloc byte[length * StateCount] : new byte[length * StateCount];
        Span<double> best = stackalloc double[StateCount];
        Span<double> next = stackalloc double[StateCount];
        var row = _emissionRow[text[start]] * StateCount;
        for (var state = 0; state < StateCount; state++) best[state] = StartLogProbabilities[state] + _emissions[row + state];

        for (var i = 1; i < length; i++)
        {
            row = _emissionRow[text[start + i]] * StateCount;
            for (var state = 0; state < StateCount; state++)
            {
                var emission = _emissions[row + state];
                var score = double.MinValue;
                var previous = 0;
                foreach (var candidate in Predecessors[state])
                {
                    var value = best[candidate] + _transitions[candidate * StateCount + state] + emission;
                    if (score <= value) (score, previous) = (value, candidate);
                }
                next[state] = score;
                from[i * StateCount + state] = (byte)previous;
            }
            next.CopyTo(best);
        }

        // Walk the best path back, then read words off it from the front as jieba does (B opens, E and S close).
        Span<byte> path = length <= 1024 ? stackalloc byte[length] : new byte[length];
        var last = best[E] < best[S] ? S : E;
        for (var i = length - 1; i >= 0; i--)
        {
            path[i] = (byte)last;
            last = from[i * StateCount + last];
        }
        var wordStart = 0;
        var closed = 0;
        for (var i = 0; i < length; i++)
        {
            switch (path[i])
            {
                case B: wordStart = i; break;
                case E: words.Add((start + wordStart, i + 1 - wordStart)); closed = i + 1; break;
                case S: words.Add((start + i, 1)); closed = i + 1; break;
            }
        }
        if (closed < length) words.Add((start + closed, length - closed));
    }

    private static bool IsHan(char c) => c is >= '\u4E00' and <= '\u9FD5';

    /// <summary>
    /// Reads {"B": {"字": ln p, …}, …} as the serializer would into dictionaries (a repeated key keeps its last value),
    /// with one pass of a JSON reader: no strings for the 35,000 keys, and no serializer code to compile at start-up.
    /// </summary>
    private static Dictionary<char, Dictionary<char, double>> ReadTable(string path)
    {
        ReadOnlySpan<byte> json = File.ReadAllBytes(path);
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        var reader = new Utf8JsonReader(json);
        var table = new Dictionary<char, Dictionary<char, double>>();
        try
        {
            if (!reader.Read() || reader.TokenType == JsonTokenType.Null) throw new InvalidDataException($"{path} holds no table.");
            Expect(ref reader, JsonTokenType.StartObject);
            while (Next(ref reader) == JsonTokenType.PropertyName)
            {
                var state = SingleCharacter(ref reader, path);
                var perCharacter = table[state] = new Dictionary<char, double>();
                Next(ref reader);
                Expect(ref reader, JsonTokenType.StartObject);
                while (Next(ref reader) == JsonTokenType.PropertyName)
                {
                    var c = SingleCharacter(ref reader, path);
                    Next(ref reader);
                    perCharacter[c] = reader.GetDouble();
                }
            }
            if (reader.Read()) throw new JsonException("Text after the table.");
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            throw new InvalidDataException($"{path} is not a table of tables of numbers: {e.Message}", e);
        }
        return table;
    }

    private static JsonTokenType Next(ref Utf8JsonReader reader) =>
        reader.Read() ? reader.TokenType : throw new JsonException("The table ends early.");

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type)
    {
        if (reader.TokenType != type) throw new JsonException($"{type} expected, {reader.TokenType} found.");
    }

    /// <summary>The longest property name that can be one character: "\uXXXX".</summary>
    private const int LongestSingleCharacterName = 6;

    /// <summary>The property name under the reader: one character, or the file is refused.</summary>
    private static char SingleCharacter(ref Utf8JsonReader reader, string path)
    {
        Span<char> name = stackalloc char[LongestSingleCharacterName];
        var bytes = reader.HasValueSequence ? reader.ValueSequence.Length : reader.ValueSpan.Length;
        if (bytes <= LongestSingleCharacterName && reader.CopyString(name) == 1) return name[0];
        throw new InvalidDataException($"{path}: the key '{reader.GetString()}' is not a single character.");
    }
}
