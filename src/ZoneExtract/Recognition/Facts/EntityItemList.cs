namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// A list whose items are bodies, each followed by its figure, after 分别 (依次) and the indicator they share
/// (从前三季度GDP增速来看，其余“十强”选手分别是：北京10.7%、浙江10.6%…). The contract anchors the first item's fact on the shared
/// name, the first body being its subject; a later item that is a body would be anchored on its verb, which these lack.
/// </summary>
internal sealed class EntityItemList(IndicatorLexicon lexicon)
{
    /// <summary>What may stand between 分别 and the first item (分别是：, 分别为).</summary>
    private const string Openers = "是为：: ";

    /// <summary>
    /// The first body and its figure of such a list after <paramref name="mention"/> in its ；-item: the body stands right after
    /// 分别 and its openers, the figure right after the body, and 、 right after the figure.
    /// </summary>
    public bool TryFirstItem(
        string text, FactSentence sentence, IndicatorMention mention, IReadOnlyList<Entity> sentenceEntities, out Entity body, out Entity figure)
    {
        (body, figure) = (null!, null!);
        var end = mention.End;
        while (end < sentence.End && text[end] is not ('；' or ';' or '。')) end++;
        var item = text.AsSpan(mention.End, end - mention.End);
        foreach (var marker in lexicon.Respective)
        {
            var at = item.IndexOf(marker, StringComparison.Ordinal);
            if (at < 0) continue;
            var start = mention.End + at + marker.Length;
            while (start < end && Openers.Contains(text[start])) start++;
            var first = sentenceEntities.FirstOrDefault(e => e.Start == start && SubjectRoles.CanBeSubject(e));
            var rate = first is null ? null : sentenceEntities.FirstOrDefault(e => e.Start == first.End && e is MoneyEntity or PercentEntity);
            if (rate is null || rate.End >= text.Length || text[rate.End] != '、') continue;
            (body, figure) = (first!, rate);
            return true;
        }
        return false;
    }
}
