using System.Text;

namespace ZoneExtract.Serialization;

/// <summary>
/// Writes facts as CSV for spreadsheets: one row per fact after a header row, RFC 4180 (comma separated, CRLF line
/// ends, a field with a comma, quote or line break in double quotes, quotes doubled). The caller writes the file as
/// UTF-8 with a byte-order mark (<see cref="Encoding"/>), which is what makes Excel read Chinese right.
/// </summary>
internal static class FactCsvWriter
{
    /// <summary>UTF-8 with a byte-order mark.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private static readonly string[] Header =
    [
        "document", "indicator", "indicator_start", "indicator_end", "subject", "subject_label", "value", "value_normalized",
        "change", "change_direction", "change_normalized", "period", "period_start", "period_end", "sentence",
    ];

    /// <summary>Writes the header and the rows; offsets are code points, like the gold format's.</summary>
    public static void Write(TextWriter output, string? document, string text, IEnumerable<FactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        var offsets = new CodePointOffsets(text);
        WriteRecord(output, Header);
        foreach (var r in rows)
        {
            WriteRecord(output,
            [
                document ?? "", r.Indicator, offsets.ToCodePoint(r.Start).ToString(System.Globalization.CultureInfo.InvariantCulture),
                offsets.ToCodePoint(r.End).ToString(System.Globalization.CultureInfo.InvariantCulture), r.Subject, r.SubjectLabel,
                r.Value, r.ValueNormalized, r.Change, r.ChangeDirection, r.ChangeNormalized, r.Period, r.PeriodStart, r.PeriodEnd, r.Sentence,
            ]);
        }
    }

    private static void WriteRecord(TextWriter output, IEnumerable<string> fields)
    {
        output.Write(string.Join(",", fields.Select(Quote)));
        output.Write("\r\n");
    }

    /// <summary>RFC 4180: quote a field holding a comma, a double quote or a line break; double its quotes.</summary>
    public static string Quote(string field) =>
        field.AsSpan().IndexOfAny(",\"\r\n") < 0 ? field : "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
