using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>The running counts of a fact evaluation, document by document.</summary>
internal sealed class FactTally
{
    private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _byType = GoldRelationShape.Types.ToDictionary(t => t, _ => (0, 0, 0), StringComparer.Ordinal);
    private readonly List<FactError> _errors = [];
    private int _goldFacts;
    private int _predictedFacts;
    private int _correctFacts;
    private int _exact;
    private int _partial;
    private int _missing;
    private int _spurious;

    public void Add(string name, DocumentFacts gold, DocumentFacts predicted)
    {
        var goldOf = IndicatorPairing.Pair(gold.Spans, gold.Indicators, predicted.Spans, predicted.Indicators);
        var errors = new List<FactError>();
        var offsets = new CodePointOffsets(gold.Document.Text);
        FactError Error(FactErrorKind kind, DocumentFacts side, int indicator, string? type, string? goldText, string? predictedText) => new(
            name, kind, ErrorContext.Printable(side.TextOf(indicator)), offsets.ToCodePoint(side.Spans[indicator].Start), offsets.ToCodePoint(side.Spans[indicator].End),
            type, goldText, predictedText);

        _predictedFacts += predicted.Indicators.Count;
        foreach (var p in predicted.Indicators)
        {
            if (!goldOf.TryGetValue(p, out var g))
            {
                if (gold.Indicators.Any(o => gold.Spans[o].Optional && IndicatorPairing.Overlap(gold.Spans[o], predicted.Spans[p]) > 0)) continue;
                _spurious++;
                foreach (var type in predicted.RelationsOf(p).Keys) Count(type, fp: 1);
                errors.Add(Error(FactErrorKind.SpuriousFact, predicted, p, null, null, predicted.Summary(p)));
                continue;
            }
            if (gold.Spans[g].Optional) continue;
            if (gold.Spans[g].Start == predicted.Spans[p].Start && gold.Spans[g].End == predicted.Spans[p].End) _exact++;
            else _partial++;
            foreach (var (type, target) in predicted.RelationsOf(p))
            {
                if (Agrees(gold, g, predicted, p, type)) Count(type, tp: 1);
                else
                {
                    Count(type, fp: 1);
                    errors.Add(Error(FactErrorKind.SpuriousRelation, gold, g, type, Target(gold, g, type), predicted.TextOf(target)));
                }
            }
        }

        var predictedOf = goldOf.ToDictionary(kv => kv.Value, kv => kv.Key);
        foreach (var g in gold.Indicators.Where(g => !gold.Spans[g].Optional))
        {
            _goldFacts++;
            if (!predictedOf.TryGetValue(g, out var p))
            {
                _missing++;
                foreach (var type in gold.RelationsOf(g).Keys) Count(type, fn: 1);
                errors.Add(Error(FactErrorKind.MissedFact, gold, g, null, gold.Summary(g), null));
                continue;
            }
            var reproduced = 0;
            foreach (var type in gold.RelationsOf(g).Keys)
            {
                if (Agrees(gold, g, predicted, p, type))
                {
                    reproduced++;
                    continue;
                }
                Count(type, fn: 1);
                errors.Add(Error(FactErrorKind.MissedRelation, gold, g, type, Target(gold, g, type), Target(predicted, p, type)));
            }
            if (reproduced == gold.RelationsOf(g).Count && predicted.RelationsOf(p).Count == reproduced) _correctFacts++;
        }
        _errors.AddRange(errors.OrderBy(e => e.StartOffset).ThenBy(e => e.Kind));
    }

    public FactReport ToReport()
    {
        var relations = GoldRelationShape.Types.Select(t => new RelationScore(t, new StrictCounts(_byType[t].Tp, _byType[t].Fp, _byType[t].Fn))).ToList();
        return new FactReport(
            _goldFacts, _predictedFacts, new PartialCounts(_exact, _partial, _missing, _spurious), relations,
            relations.Aggregate(StrictCounts.Zero, (sum, r) => sum + r.Counts), new FactAccuracy(_goldFacts, _correctFacts), _errors);
    }

    private static bool Agrees(DocumentFacts gold, int g, DocumentFacts predicted, int p, string type) =>
        gold.RelationsOf(g).TryGetValue(type, out var goldTarget) && predicted.RelationsOf(p).TryGetValue(type, out var predictedTarget)
        && RelationAgreement.Agrees(type, gold.Spans[goldTarget], gold.TextOf(goldTarget), predicted.Spans[predictedTarget], predicted.TextOf(predictedTarget));

    private static string? Target(DocumentFacts side, int indicator, string type) =>
        side.RelationsOf(indicator).TryGetValue(type, out var target) ? ErrorContext.Printable(side.TextOf(target)) : null;

    private void Count(string type, int tp = 0, int fp = 0, int fn = 0)
    {
        // Types outside the contract cannot occur: the reader rejects them.
        var (t, f, n) = _byType[type];
        _byType[type] = (t + tp, f + fp, n + fn);
    }
}
