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

    public void Write(TextWriter output, string ariaLabel)
    {
        if (_counts.Count == 0)
        {
            output.Write("<p class=\"muted\">No entities.</p>\n");
            return;
        }
        output.Write($"<ul class=\"legend\" aria-label=\"{HtmlText.Escape(ariaLabel)}\">");
        foreach (var (label, count) in _counts.OrderBy(c => Array.IndexOf(ContractOrder, c.Key) is var i && i >= 0 ? i : int.MaxValue).ThenBy(c => c.Key, StringComparer.Ordinal))
        {
            output.Write($"<li class=\"{LabelStyle.ClassOf(label)}\">");
            HtmlText.Write(output, label);
            output.Write($"<b>{count}</b></li>");
        }
        output.Write("</ul>\n");
    }
}
