using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// A clause that ends with a speech verb before a comma or colon (商务部外资司司长…介绍，; 某公司表示：): it says who speaks and
/// when, and what follows is what they say. Shared by the period (a date there is no period) and the subject (a body there
/// is no subject).
/// </summary>
internal static class SpeakerClause
{
    /// <summary>
    /// The entity is in such a clause before <paramref name="before"/>; a clause that reaches the indicator is the statement
    /// itself.
    /// </summary>
    public static bool Holds(IndicatorLexicon lexicon, string text, Entity entity, int before)
    {
        var end = entity.End;
        while (end < before && !SentenceSplitter.IsClauseBreak(text[end])) end++;
        if (end >= before || text[end] is not ('，' or ',' or '：' or ':')) return false;
        foreach (var verb in lexicon.SpeechVerbs)
        {
            var start = end - verb.Length;
            if (start >= entity.End && text.AsSpan(start, verb.Length).SequenceEqual(verb))
                return !WordLists.EndsWithAny(text.AsSpan(entity.End, start - entity.End), lexicon.SpeechObjectMarks);
        }
        return false;
    }
}
