using System.Text.Encodings.Web;
using System.Text.Json;
using ZoneExtract.Evaluation.Facts;

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
            if (report.Facts is { } facts) FactJson.Write(writer, facts, includeErrors);
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
        var partial = score.Partial;
        writer.WriteStartObject("partial");
        WriteScores(writer, partial.Precision, partial.Recall, partial.F1);
        WriteCounts(writer, ("correct", partial.Correct), ("partial", partial.Partial), ("missing", partial.Missing), ("spurious", partial.Spurious));
        writer.WriteEndObject();
        writer.WriteStartObject("value");
        WriteCounts(writer, ("checked", score.Values.Checked), ("correct", score.Values.Correct));
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

    /// <summary>precision, recall, f1 and the three counts, as every strict score object of the reports writes them.</summary>
    internal static void WriteStrict(Utf8JsonWriter writer, StrictCounts strict)
    {
        WriteScores(writer, strict.Precision, strict.Recall, strict.F1);
        WriteCounts(writer, ("true_positives", strict.TruePositives), ("false_positives", strict.FalsePositives), ("false_negatives", strict.FalseNegatives));
    }

    /// <summary>precision, recall and f1, as every score object of the report writes them.</summary>
    internal static void WriteScores(Utf8JsonWriter writer, double precision, double recall, double f1)
    {
        writer.WriteNumber("precision", precision);
        writer.WriteNumber("recall", recall);
        writer.WriteNumber("f1", f1);
    }

    private static void WriteCounts(Utf8JsonWriter writer, params (string Name, int Count)[] counts)
    {
        foreach (var (name, count) in counts) writer.WriteNumber(name, count);
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
            WriteCounts(writer, ("start_offset", e.StartOffset), ("end_offset", e.EndOffset));
            writer.WriteString("text", e.Text);
            writer.WriteString("before", e.Before);
            writer.WriteString("after", e.After);
            writer.WriteString("detail", e.Detail); // null is written as JSON null
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
