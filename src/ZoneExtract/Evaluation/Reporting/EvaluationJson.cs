using System.Text.Encodings.Web;
using System.Text.Json;

namespace ZoneExtract.Evaluation.Reporting;

/// <summary>
/// The machine-readable form of an evaluation: one JSON object with snake_case field names that stay stable
/// (documented in the README). Scores are numbers between 0 and 1; a value accuracy with nothing to check is null.
/// </summary>
public static class EvaluationJson
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serialises the report; the error list is included only when <paramref name="includeErrors"/> is true.</summary>
    public static string ToJson(EvaluationReport report, bool includeErrors)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            writer.WriteNumber("documents", report.Documents);
            writer.WriteStartArray("labels");
            foreach (var label in report.Labels) WriteLabel(writer, label);
            writer.WriteEndArray();
            WriteMicro(writer, "micro_core", report.Core);
            WriteMicro(writer, "micro_extended", report.Extended);
            if (includeErrors) WriteErrors(writer, report.Errors);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void WriteLabel(Utf8JsonWriter writer, LabelScore score)
    {
        writer.WriteStartObject();
        writer.WriteString("label", score.Label);
        writer.WriteNumber("support", score.Support);
        writer.WriteStartObject("strict");
        WriteStrict(writer, score.Strict);
        writer.WriteEndObject();
        writer.WriteStartObject("partial");
        writer.WriteNumber("precision", score.Partial.Precision);
        writer.WriteNumber("recall", score.Partial.Recall);
        writer.WriteNumber("f1", score.Partial.F1);
        writer.WriteNumber("correct", score.Partial.Correct);
        writer.WriteNumber("partial", score.Partial.Partial);
        writer.WriteNumber("missing", score.Partial.Missing);
        writer.WriteNumber("spurious", score.Partial.Spurious);
        writer.WriteEndObject();
        writer.WriteStartObject("value");
        writer.WriteNumber("checked", score.Values.Checked);
        writer.WriteNumber("correct", score.Values.Correct);
        if (score.Values.Accuracy is { } accuracy) writer.WriteNumber("accuracy", accuracy);
        else writer.WriteNull("accuracy");
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteMicro(Utf8JsonWriter writer, string name, MicroAverage micro)
    {
        writer.WriteStartObject(name);
        writer.WriteStartArray("labels");
        foreach (var label in micro.Labels) writer.WriteStringValue(label);
        writer.WriteEndArray();
        writer.WriteNumber("support", micro.Support);
        WriteStrict(writer, micro.Strict);
        writer.WriteEndObject();
    }

    private static void WriteStrict(Utf8JsonWriter writer, StrictCounts strict)
    {
        writer.WriteNumber("precision", strict.Precision);
        writer.WriteNumber("recall", strict.Recall);
        writer.WriteNumber("f1", strict.F1);
        writer.WriteNumber("true_positives", strict.TruePositives);
        writer.WriteNumber("false_positives", strict.FalsePositives);
        writer.WriteNumber("false_negatives", strict.FalseNegatives);
    }

    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<ScoringError> errors)
    {
        writer.WriteStartArray("errors");
        foreach (var e in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("document", e.Document);
            writer.WriteString("kind", e.KindName);
            writer.WriteString("label", e.Label);
            writer.WriteNumber("start_offset", e.StartOffset);
            writer.WriteNumber("end_offset", e.EndOffset);
            writer.WriteString("text", e.Text);
            writer.WriteString("before", e.Before);
            writer.WriteString("after", e.After);
            if (e.Detail is null) writer.WriteNull("detail");
            else writer.WriteString("detail", e.Detail);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
