using System.Globalization;
using ZoneExtract.Recognition.Facts;
using ZoneExtract.Text;

namespace ZoneExtract.Serialization;

/// <summary>
/// A fact flattened to text cells for the table and CSV outputs: each part as written and its normalised value
/// (amount and currency, percent or points, a period's first and last day), and the sentence that states it.
/// </summary>
internal sealed record FactRow(
    string Indicator, int Start, int End,
    string Subject, string SubjectLabel,
    string Value, string ValueNormalized,
    string Change, string ChangeDirection, string ChangeNormalized,
    string Period, string PeriodStart, string PeriodEnd,
    string Sentence)
{
    /// <summary>One row per fact of the result, in the order of the facts.</summary>
    public static IReadOnlyList<FactRow> From(ExtractionResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.Facts.Count == 0) return [];
        // split as the recogniser split: the folded text (same indices), where ＂ and ＃ read as " and #
        var sentences = SentenceSplitter.Split(WidthNormalizer.Fold(result.Text));
        var rows = new List<FactRow>(result.Facts.Count);
        var at = 0;
        foreach (var fact in result.Facts) // in text order, so one walk over the sentences serves them all
        {
            if (at < sentences.Count && sentences[at].Start > fact.Start) at = 0; // out of order: walk again
            while (at < sentences.Count && sentences[at].End <= fact.Start) at++;
            var sentence = at < sentences.Count && sentences[at].Start <= fact.Start ? sentences[at] : default;
            rows.Add(Make(result.Text, fact, sentence));
        }
        return rows;
    }

    private static FactRow Make(string text, Fact fact, FactSentence sentence)
    {
        var change = fact.Change;
        return new FactRow(
            fact.Indicator, fact.Start, fact.End,
            fact.Subject?.Text ?? "", fact.Subject is null ? "" : EntityLabelNames.ToName(fact.Subject.Label),
            fact.Value?.Text ?? "", fact.Value is null ? "" : Normalized(fact.Value),
            change?.Rate.Text ?? "", change is null ? "" : change.Direction == ZoneExtract.ChangeDirection.Increase ? "increase" : "decrease",
            change is null ? "" : Normalized(change.Rate),
            fact.Period?.Text ?? "", Day(fact.Period?.First), Day(fact.Period?.Last),
            OneLine(text[sentence.Start..sentence.End]));
    }

    /// <summary>The contract's value as one cell: "34160000000 CNY", "6.4%", "19.96 points".</summary>
    private static string Normalized(Entity entity) => entity switch
    {
        MoneyEntity m => $"{DecimalText.Format(m.Amount)}{(m.AmountMax is { } max ? "-" + DecimalText.Format(max) : "")} {m.Currency}",
        PercentEntity p => $"{DecimalText.Format(p.Value)}{(p.MaxValue is { } max ? "-" + DecimalText.Format(max) : "")}{(p.Kind == PercentKind.Points ? " points" : "%")}",
        _ => "",
    };

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A sentence broken by the page layout is shown on one line.</summary>
    private static string OneLine(string sentence) => string.Join(" ", sentence.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
