namespace ZoneExtract.Evaluation.Html;

/// <summary>What <see cref="HtmlReport"/> scores and what its heading says.</summary>
public sealed record HtmlReportOptions
{
    /// <summary>The page title.</summary>
    public string Title { get; init; } = "Evaluation report";

    /// <summary>Which labels are scored and how they are renamed, as for <see cref="Evaluator.Evaluate(IEnumerable{DocumentPair}, EvaluationOptions?)"/>.</summary>
    public EvaluationOptions Evaluation { get; init; } = new();

    /// <summary>Where the gold documents came from (a file name), shown in the heading; null to leave it out.</summary>
    public string? GoldSource { get; init; }

    /// <summary>The file or system the predictions came from, shown in the heading; null to leave it out.</summary>
    public string? PredictionSource { get; init; }
}
