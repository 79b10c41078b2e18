namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Where the words of a clause or a ；-list item begin, after the continuation words (其中) and dates that open it: a body
/// there is the topic of its clause or item (…，其中浙江省增速达到27.3%; …；宝钢股份一季度实现净利润…).
/// </summary>
internal sealed class ClauseOpening(IndicatorLexicon lexicon)
{
    /// <summary>
    /// The body opens its clause, after a continuation word or a date (…，其中浙江省增速达到27.3%，一般预算收入2042.5亿元): it is the
    /// topic of that clause and of the clauses after it, until another clause opens with a body.
    /// </summary>
    public bool OpensClause(string text, int sentenceStart, Entity entity, List<Entity> sentenceEntities)
    {
        var opening = Opening(text, FigureAttacher.ClauseStart(text, sentenceStart, entity.Start), entity.Start, sentenceEntities);
        return opening == entity.Start;
    }

    /// <summary>
    /// Where the words of the indicator's ；-list item begin, after a date or a continuation word (其中) that opens it: an
    /// item that opens with a body states that body's figures (…；宝钢股份一季度实现净利润…; …；其中宁德时代…), one that opens
    /// otherwise shares the sentence's (…；完成商务部口径实际利用外资…). -1 outside a list.
    /// </summary>
    public int ItemOpening(string text, int sentenceStart, List<Entity> sentenceEntities, int before)
    {
        var opening = SentenceSplitter.LastListBreak(text, sentenceStart, before);
        return opening < 0 ? -1 : Opening(text, opening + 1, before, sentenceEntities);
    }

    /// <summary>
    /// The last colon before the indicator: what precedes it introduces the statement (盘点福建各地的外贸，…：今年上半年，漳州…),
    /// so the topic is looked for after it first.
    /// </summary>
    public static int LastColon(string text, int from, int before)
    {
        for (var i = before - 1; i >= from; i--)
        {
            if (text[i] is '：' or ':') return i;
        }
        return -1;
    }

    /// <summary>Where the words of a clause or item begin, after the continuation words (其中) and dates that open it.</summary>
    private int Opening(string text, int opening, int before, List<Entity> sentenceEntities)
    {
        while (opening < before && char.IsWhiteSpace(text[opening])) opening++;
        for (var moved = true; moved;)
        {
            moved = false;
            foreach (var word in lexicon.Continuations)
            {
                if (!text.AsSpan(opening, before - opening).StartsWith(word, StringComparison.Ordinal)) continue;
                (opening, moved) = (opening + word.Length, true);
            }
            foreach (var entity in sentenceEntities)
            {
                if (entity is DateEntity && entity.Start == opening) (opening, moved) = (entity.End, true);
            }
        }
        return opening;
    }
}
