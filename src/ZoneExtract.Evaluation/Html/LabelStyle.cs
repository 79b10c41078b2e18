namespace ZoneExtract.Evaluation.Html;

/// <summary>The CSS class that gives a label its colour: one per contract label, one shared by any other label.</summary>
internal static class LabelStyle
{
    public static string ClassOf(string label) =>
        EntityLabelNames.TryParse(label, out _) ? "l-" + label.ToLowerInvariant() : "l-other";
}
