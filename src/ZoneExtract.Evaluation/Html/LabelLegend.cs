namespace ZoneExtract.Evaluation.Html;

/// <summary>A row of coloured chips, one per label with its count, in the contract's label order.</summary>
internal sealed class LabelLegend
{
    private static readonly string[] ContractOrder = EntityLabelNames.SingleLabels.Select(EntityLabelNames.ToName).ToArray();

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Total { get; private set; }

    public void Add(string label, int count = 1)
    {
        _counts[label] = _counts.GetValueOrDefault(label) + count;
        Total += count;
    }

    public void AddAll(LabelLegend other)
    {
        foreach (var (label, count) in other._counts) Add(label, count);
    }

    /// <summary>The chips, or nothing when no entity was counted.</summary>
    public void Write(TextWriter output, string ariaLabel)
    {
        if (_counts.Count == 0) return;
        output.Write($"<ul class=\"legend\" aria-label=\"{HtmlText.Escape(ariaLabel)}\">");
        foreach (var (label, count) in Ordered())
        {
            output.Write($"<li class=\"{LabelStyle.ClassOf(label)}\">");
            HtmlText.Write(output, label);
            output.Write($"<b>{count}</b></li>");
        }
        output.Write("</ul>\n");
    }

    /// <summary>The counts as text, e.g. ": ZONE 2 · MONEY 1", or nothing when no entity was counted.</summary>
    public void WriteInline(TextWriter output)
    {
        if (_counts.Count == 0) return;
        HtmlText.Write(output, ": " + string.Join(" · ", Ordered().Select(c => $"{c.Key} {c.Value}")));
    }

    private IEnumerable<KeyValuePair<string, int>> Ordered() =>
        _counts.OrderBy(c => Array.IndexOf(ContractOrder, c.Key) is var i && i >= 0 ? i : int.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal);
}
