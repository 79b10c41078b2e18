namespace ZoneExtract.Serialization;

/// <summary>
/// One relation of a gold document (annotation contract §6.1): from an INDICATOR span to the span that gives its
/// value, increase, decrease, period or subject. <see cref="From"/> and <see cref="To"/> are indices into
/// <see cref="GoldDocument.Spans"/>; the reader turns the file's entity ids into them and the writer back.
/// </summary>
/// <param name="Type">The relation type, lower case: value, increase, decrease, period or subject.</param>
/// <param name="From">Index of the INDICATOR span in <see cref="GoldDocument.Spans"/>.</param>
/// <param name="To">Index of the target span in <see cref="GoldDocument.Spans"/>.</param>
public sealed record GoldRelation(string Type, int From, int To);
