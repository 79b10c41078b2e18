using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// The subject of a list of bodies whose figures 分别 pairs with them, in order (福州、龙岩、厦门固定资产投资增速分别为12.4%、
/// 12.0%…): the contract anchors the first item's fact on the shared name, so the first body owns the first figure.
/// </summary>
internal sealed class RespectiveSubject(IndicatorLexicon lexicon)
{
    private readonly SubjectRoles _roles = new(lexicon);

    /// <summary>Longest bracketed note on a list item (福州（不含平潭）), brackets included.</summary>
    private const int MaxListNote = 12;

    /// <summary>
    /// The first body of a list whose figures 分别 pairs with them, in order: the list stands right before the indicator
    /// (福州、龙岩、厦门固定资产投资增速分别为12.4%、12.0%…; 深圳和广州的GDP分别为…) or opens the ；-item at <paramref name="itemOpening"/> (…；海南、北京
    /// 紧随其后，增速分别为12.8%、10.7%). The indicator's first figure is the first body's (contract §6.1: the shared name anchors
    /// the first item's fact); null when 分别 does not follow the indicator in its ；-item. The period the list's figures
    /// share may stand between the list and the indicator, before a link word (济南力诺光伏和高密埃孚光伏上半年出口额分别为…;
    /// 深圳都市圈和广州都市圈2021年的GDP均超过4万亿元，分别是…).
    /// </summary>
    public Entity? ListHead(string text, List<Entity> sentenceEntities, int before, int itemOpening)
    {
        if (!RespectiveFollows(text, before, sentenceEntities)) return null;
        for (var i = sentenceEntities.Count - 1; i >= 0; i--)
        {
            var entity = sentenceEntities[i];
            if (entity is DateEntity || entity.End > before) continue;
            if (entity.Start != itemOpening && !SubjectFinder.IsLinked(lexicon, text, entity.End, before, sentenceEntities)) continue;
            for (var j = i - 1; j >= 0 && PreviousItemEnd(text, entity.Start) is var end && end >= 0; j--)
            {
                if (sentenceEntities[j].End == end) entity = sentenceEntities[j];
                else if (sentenceEntities[j].End < end) break;
            }
            // 向日本和欧洲出口的…分别…; 来自于法国、…的葡萄酒分别…: the list names the other party, not whose figures they are.
            return SubjectRoles.CanBeSubject(entity) && !_roles.IsLocative(text, entity) && !_roles.IsPublisher(entity) && !SubjectRoles.IsNested(entity, sentenceEntities) ? entity : null;
        }
        return null;
    }

    /// <summary>
    /// Where the list item before the one at <paramref name="start"/> ends: right before the separator (、, 和), or before a
    /// bracketed note on it (福州（不含平潭）、龙岩); -1 when no separator stands there.
    /// </summary>
    private static int PreviousItemEnd(string text, int start)
    {
        if (start < 2 || text[start - 1] is not ('、' or '和' or '及' or '与')) return -1;
        var end = start - 1;
        if (text[end - 1] is not ('）' or ')')) return end;
        var open = text.AsSpan(0, end - 1).LastIndexOfAny('（', '(');
        return open < 0 || end - open > MaxListNote ? -1 : open;
    }

    /// <summary>
    /// 分别 (依次) follows <paramref name="position"/> before the end of its ；-item, or figures joined only by 、和及与 do, which
    /// pair with the items the same way (核心城市深圳、广州GDP占都市圈的比重达到68.61%和65.4%).
    /// </summary>
    private bool RespectiveFollows(string text, int position, List<Entity> sentenceEntities)
    {
        var end = position;
        while (end < text.Length && text[end] is not ('；' or ';' or '。' or '\n')) end++;
        var item = text.AsSpan(position, end - position);
        if (WordLists.ContainsAny(item, lexicon.Respective)) return true;
        Entity? previous = null;
        foreach (var entity in sentenceEntities)
        {
            if (entity.Start < position || entity.End > end || entity is not (MoneyEntity or PercentEntity)) continue;
            if (previous is not null && RespectiveLists.IsJoined(text, previous, entity)) return true;
            previous = entity;
        }
        return false;
    }
}
