using System.Text.Json;
using ZoneExtract.Evaluation.Reporting;

namespace ZoneExtract.Evaluation.Facts;

/// <summary>
/// The <c>facts</c> object of the evaluation JSON (field names are stable and documented in docs/facts.md):
/// gold_facts, predicted_facts, indicator (SemEval partial), relations (per type), overall, fact_accuracy, and errors
/// when asked for.
/// </summary>
internal static class FactJson
{
    public static void Write(Utf8JsonWriter writer, FactReport report, bool includeErrors)
    {
        writer.WriteStartObject("facts");
        writer.WriteNumber("gold_facts", report.GoldFacts);
        writer.WriteNumber("predicted_facts", report.PredictedFacts);
        var i = report.Indicator;
        writer.WriteStartObject("indicator");
        EvaluationJson.WriteScores(writer, i.Precision, i.Recall, i.F1);
        writer.WriteNumber("correct", i.Correct);
        writer.WriteNumber("partial", i.Partial);
        writer.WriteNumber("missing", i.Missing);
        writer.WriteNumber("spurious", i.Spurious);
        writer.WriteEndObject();
        writer.WriteStartArray("relations");
        foreach (var r in report.Relations)
        {
            writer.WriteStartObject();
            writer.WriteString("type", r.Type);
            WriteCounts(writer, r.Counts);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteStartObject("overall");
        WriteCounts(writer, report.Overall);
        writer.WriteEndObject();
        writer.WriteStartObject("fact_accuracy");
        writer.WriteNumber("gold", report.Accuracy.Gold);
        writer.WriteNumber("correct", report.Accuracy.Correct);
        if (report.Accuracy.Accuracy is { } accuracy) writer.WriteNumber("accuracy", accuracy);
        else writer.WriteNull("accuracy");
        writer.WriteEndObject();
        if (includeErrors) WriteErrors(writer, report.Errors);
        writer.WriteEndObject();
    }

    private static void WriteCounts(Utf8JsonWriter writer, StrictCounts counts)
    {
        writer.WriteNumber("support", counts.TruePositives + counts.FalseNegatives);
        EvaluationJson.WriteStrict(writer, counts);
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<FactError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var e in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("document", e.Document);
            writer.WriteString("kind", e.KindName);
            writer.WriteString("indicator", e.Indicator);
            writer.WriteNumber("start_offset", e.StartOffset);
            writer.WriteNumber("end_offset", e.EndOffset);
            writer.WriteString("type", e.Type);
            writer.WriteString("gold", e.Gold);
            writer.WriteString("predicted", e.Predicted);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
