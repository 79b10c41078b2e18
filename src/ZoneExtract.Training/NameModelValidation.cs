using ZoneExtract.Evaluation;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Model;
using ZoneExtract.Serialization;

namespace ZoneExtract.Training;

/// <summary>Strict span scores of a name model on held-out sentences (the model alone, filtered as the extractor filters it).</summary>
public static class NameModelValidation
{
    /// <summary>Per-label precision, recall and F1 of <paramref name="model"/> on <paramref name="sentences"/>.</summary>
    internal static EvaluationReport Score(NameModelTrainer trainer, NameTagModel model, IEnumerable<TrainingSentence> sentences)
    {
        var filter = new ModelSpanFilter(trainer.Names);
        return Evaluator.Evaluate(sentences.Select(sentence =>
        {
            var (folded, tokens) = trainer.Prepare(sentence.Text);
            IReadOnlyList<GoldSpan> gold = sentence.Spans.Select(s => Span(s.Start, s.Length, s.Label)).ToList();
            var words = new TokenBoundaries(folded.Length, tokens);
            IReadOnlyList<GoldSpan> predicted = NameModelRecognizer.Tag(model, folded, tokens, trainer.Lexicons)
                .Where(s => s.Length >= 2 && filter.IsNameShaped(folded, words, s.Start, s.Length, NameTags.Labels[s.Label]))
                .Select(s => Span(s.Start, s.Length, NameTags.Labels[s.Label]))
                .ToList();
            return new DocumentPair(new GoldDocument(null, sentence.Text, null, gold), new GoldDocument(null, sentence.Text, null, predicted));
        }));
    }

    private static GoldSpan Span(int start, int length, EntityLabel label) =>
        new(EntityLabelNames.ToName(label), start, start + length, Optional: false, Value: null);
}
