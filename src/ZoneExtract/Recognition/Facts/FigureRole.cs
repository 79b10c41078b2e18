namespace ZoneExtract.Recognition.Facts;

/// <summary>What a MONEY or PERCENT figure says about the indicator before it.</summary>
internal enum FigureRole
{
    /// <summary>The indicator's level (341.6亿元, 开工率65.38%).</summary>
    Level,
    /// <summary>A rise (增长6.4%).</summary>
    Increase,
    /// <summary>A fall (下降0.5%).</summary>
    Decrease,
    /// <summary>A target, forecast, contribution or threshold: an optional fact at most, so none is made.</summary>
    None,
}
