namespace ZoneExtract.Recognition.Facts;

/// <summary>A fact being assembled around one indicator mention: at most one value and one change (contract §6.1).</summary>
internal sealed class FactDraft(IndicatorMention mention)
{
    public IndicatorMention Mention { get; } = mention;

    public Entity? Value { get; set; }

    public FactChange? Change { get; set; }

    /// <summary>A subject read from the figure's own phrase (总投资25亿元的瑞智电子…), which wins over the sentence's.</summary>
    public Entity? Subject { get; set; }

    /// <summary>A topic frame's indicator took its figure from a later clause, whose own date is its period.</summary>
    public bool Framed { get; set; }

    public bool HasFigure => Value is not null || Change is not null;
}
