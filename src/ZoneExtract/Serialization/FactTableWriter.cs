namespace ZoneExtract.Serialization;

/// <summary>The readable facts table of <c>zoneextract extract --format facts</c>: one fact a line, then its sentence.</summary>
internal static class FactTableWriter
{
    private static readonly string[] Header = ["SUBJECT", "INDICATOR", "VALUE", "CHANGE", "PERIOD"];

    public static void Write(TextWriter output, IReadOnlyList<FactRow> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(rows);
        var cells = rows.Select(Cells).Prepend(Header).ToList();
        var widths = Enumerable.Range(0, Header.Length).Select(c => cells.Max(r => DisplayWidth(r[c]))).ToArray();
        for (var i = 0; i < cells.Count; i++)
        {
            output.WriteLine(string.Join(" | ", cells[i].Select((cell, c) => Pad(cell, widths[c]))).TrimEnd());
            if (i > 0) output.WriteLine($"    「{rows[i - 1].Sentence}」");
        }
        output.WriteLine($"{rows.Count} fact(s)");
    }

    private static string[] Cells(FactRow r) =>
    [
        r.Subject.Length == 0 ? "-" : r.Subject,
        r.Indicator,
        r.Value.Length == 0 ? "-" : $"{r.Value} ({r.ValueNormalized})",
        r.Change.Length == 0 ? "-" : (r.ChangeDirection == "increase" ? "+" : "−") + r.Change,
        r.Period.Length == 0 ? "-" : r.PeriodStart.Length == 0 ? $"{r.Period} (unresolved)" : $"{r.Period} ({r.PeriodStart}..{r.PeriodEnd})",
    ];

    /// <summary>Chinese characters take two columns in a terminal; pad by display width so that columns line up.</summary>
    private static string Pad(string cell, int width) => cell + new string(' ', width - DisplayWidth(cell));

    private static int DisplayWidth(string text) => text.Sum(c => c >= '\u1100' && (c <= '\u115F' || c >= '\u2E80') ? 2 : 1);
}
