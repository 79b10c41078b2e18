using ZoneExtract.Evaluation.Facts;
using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>
/// Scores predictions against gold annotations as the annotation contract §5 says: strict and partial
/// precision, recall and F1 per label, strict micro-averages over the core and the extended labels, value accuracy,
/// and the list of errors. Optional gold spans are neither hits nor misses; matching is per label, so a ZONE nested
/// in an ORG is scored like any other span. INDICATOR spans and relations are scored as facts (§6.2, <see cref="FactEvaluator"/>),
/// never as entities.
/// </summary>
public static class Evaluator
{
    private static readonly string[] ContractOrder = EntityLabelNames.SingleLabels.Select(EntityLabelNames.ToName).ToArray();

    /// <summary>Scores each pair's predictions against its gold spans.</summary>
    /// <exception cref="DocumentAlignmentException">A pair's texts differ.</exception>
    public static EvaluationReport Evaluate(IEnumerable<DocumentPair> documents, EvaluationOptions? options = null) =>
        Evaluate(documents, options, onDocument: null);

    /// <summary>Scores like the public overload and hands every document's marked spans, in text order, to <paramref name="onDocument"/>.</summary>
    internal static EvaluationReport Evaluate(IEnumerable<DocumentPair> documents, EvaluationOptions? options, Action<IReadOnlyList<MarkedSpan>>? onDocument)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var pairs = documents.ToList();
        options ??= new EvaluationOptions();
        var counters = new Dictionary<string, LabelCounter>(StringComparer.Ordinal);
        LabelCounter For(string label) => counters.TryGetValue(label, out var c) ? c : counters[label] = new LabelCounter();
        foreach (var label in options.Labels ?? []) For(label.ToUpperInvariant());

        var errors = new List<ScoringError>();
        var index = 0;
        foreach (var pair in pairs)
        {
            var name = pair.NameAt(index++);
            DocumentAligner.CheckSameText(pair, name);
            var gold = Prepare(pair.Gold.Spans, options);
            var predicted = Prepare(pair.Predicted.Spans, options);
            foreach (var span in gold.Concat(predicted)) For(span.Label);
            var marks = Count(SpanMatcher.Match(gold, predicted), For, new ErrorFactory(name, pair.Gold.Text)).ToList();
            errors.AddRange(marks.Select(m => m.Error).OfType<ScoringError>().OrderBy(e => e.StartOffset).ThenBy(e => e.EndOffset));
            onDocument?.Invoke(marks.OrderBy(m => m.Span.Start).ThenByDescending(m => m.Span.End).ToList());
        }

        var scores = counters
            .OrderBy(c => Array.IndexOf(ContractOrder, c.Key) is var i && i >= 0 ? i : int.MaxValue)
            .ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => c.Value.ToScore(c.Key))
            .ToList();
        return new EvaluationReport(index, scores, Micro(scores, EntityLabel.Core), Micro(scores, EntityLabel.Extended), errors)
        {
            Facts = FactEvaluator.HasFacts(pairs) ? FactEvaluator.Evaluate(pairs) : null,
        };
    }

    /// <summary>Renames, filters and orders one side's spans.</summary>
    private static List<GoldSpan> Prepare(IEnumerable<GoldSpan> spans, EvaluationOptions options) => spans
        .Where(s => s.Label != GoldRelationShape.IndicatorLabel)
        .Select(s => options.LabelMap.TryGetValue(s.Label, out var to) ? s with { Label = to } : s)
        .Where(s => options.Labels is null || options.Labels.Contains(s.Label, StringComparer.OrdinalIgnoreCase))
        .OrderBy(s => s.Start).ThenBy(s => s.End)
        .ToList();

    /// <summary>Counts one document's spans into their labels' counters and marks each span (a gold span equalled by a hit is not marked twice).</summary>
    private static IEnumerable<MarkedSpan> Count(DocumentMatch match, Func<string, LabelCounter> counterOf, ErrorFactory errors)
    {
        var (gold, predicted) = (match.Gold, match.Predicted);
        for (var p = 0; p < predicted.Count; p++)
        {
            var counter = counterOf(predicted[p].Label);
            if (match.IsHit(p))
            {
                counter.TruePositives++;
                var expected = gold[match.ExactGold[p]!.Value].Value;
                if (expected is not null)
                {
                    counter.ValuesChecked++;
                    if (!SameValue(expected, predicted[p].Value))
                    {
                        yield return new MarkedSpan(SpanMark.ValueMismatch, predicted[p],
                            errors.Create(ScoringErrorKind.ValueMismatch, predicted[p], $"gold {Describe(expected)}; predicted {Describe(predicted[p].Value)}"));
                        continue;
                    }
                    counter.ValuesCorrect++;
                }
                yield return new MarkedSpan(SpanMark.TruePositive, predicted[p], null);
                continue;
            }
            if (match.PartialGold[p] is not null) counter.Partial++;
            else if (!match.IsStrictlyIgnored(p)) counter.Spurious++;
            if (match.IsStrictlyIgnored(p))
            {
                yield return new MarkedSpan(SpanMark.Ignored, predicted[p], null);
                continue;
            }
            counter.FalsePositives++;
            yield return new MarkedSpan(SpanMark.FalsePositive, predicted[p],
                errors.Create(ScoringErrorKind.FalsePositive, predicted[p], match.PartialGold[p] is { } q ? errors.Overlaps("gold", gold[q]) : null));
        }
        for (var g = 0; g < gold.Count; g++)
        {
            if (gold[g].Optional)
            {
                yield return new MarkedSpan(SpanMark.Optional, gold[g], null);
                continue;
            }
            if (match.ExactPrediction(g) is not null) continue;
            counterOf(gold[g].Label).FalseNegatives++;
            yield return new MarkedSpan(SpanMark.FalseNegative, gold[g],
                errors.Create(ScoringErrorKind.FalseNegative, gold[g], match.PartialPrediction(g) is { } p ? errors.Overlaps("predicted", predicted[p]) : null));
        }
    }

    private static bool SameValue(IReadOnlyDictionary<string, string> expected, IReadOnlyDictionary<string, string>? actual) =>
        actual is not null && actual.Count == expected.Count
        && expected.All(e => actual.TryGetValue(e.Key, out var v) && string.Equals(v, e.Value, StringComparison.Ordinal));

    private static string Describe(IReadOnlyDictionary<string, string>? value) =>
        value is null ? "no value" : string.Join(" ", value.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{v.Key}={v.Value}"));

    private static MicroAverage Micro(IReadOnlyList<LabelScore> scores, EntityLabel group)
    {
        var members = scores.Where(s => EntityLabelNames.TryParse(s.Label, out var l) && group.HasFlag(l)).ToList();
        return new MicroAverage(members.Select(s => s.Label).ToList(), members.Aggregate(StrictCounts.Zero, (sum, s) => sum + s.Strict));
    }

    /// <summary>Builds error entries with code-point offsets and context for one document.</summary>
    private sealed class ErrorFactory(string document, string text)
    {
        private readonly CodePointOffsets _offsets = new(text);

        public ScoringError Create(ScoringErrorKind kind, GoldSpan span, string? detail) => new(
            document, kind, span.Label, _offsets.ToCodePoint(span.Start), _offsets.ToCodePoint(span.End), text[span.Start..span.End],
            ErrorContext.Before(text, span.Start), ErrorContext.After(text, span.End), detail);

        public string Overlaps(string side, GoldSpan other) =>
            $"overlaps {side} [{_offsets.ToCodePoint(other.Start)}, {_offsets.ToCodePoint(other.End)}) '{ErrorContext.Printable(text[other.Start..other.End])}'";
    }
}
