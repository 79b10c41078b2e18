using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Further mentions of the document's named bodies that the entity recognisers left unlabelled (…广东省统计局…显示，2021年
/// 前三季度广东地区生产总值为…, where 广东 was found once, earlier). Fact recognition sees each such mention as the body it
/// repeats, so that the subject rules can take it; a fact whose subject is one points to a mention the recognisers found
/// (the contract counts another mention of the same name as the same subject). Only ZONE, COMPANY, LOC and ORG names of two
/// characters or more are repeated, and only where no entity covers the text and no place suffix (市, 省, 区…) or Latin
/// letter or digit follows, which would make it a longer name (深圳市) or a product's (苹果iPad, 欧曼GTL). A mention must
/// also end its word of the segmentation, not before a one-character suffix (中国 in 去|中国化), and neither follow nor
/// precede another name with nothing between (中国国电: a longer name the recognisers did not find).
/// </summary>
internal static class SubjectMentions
{
    /// <summary>Characters that, right after a place's name, make it part of a longer one (深圳 → 深圳市).</summary>
    private const string NameContinuations = "市省区县镇乡村州";

    /// <summary>
    /// The entities with the repeated mentions added (sorted by start), and for each added mention the entity it repeats:
    /// the last one found before it, or else the first one after it.
    /// </summary>
    /// <param name="text">The width-folded text.</param>
    /// <param name="entities">The merged entities, sorted by start.</param>
    /// <param name="words">The document's word boundaries; null when the caller has no segmentation (no word test then).</param>
    public static (List<Entity> Entities, Dictionary<Entity, Entity> Repeats) Add(string text, ReadOnlySpan<Entity> entities, TokenBoundaries? words)
    {
        var names = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        foreach (var entity in entities)
        {
            if (!SubjectRoles.CanBeSubject(entity) || entity.Length < 2) continue;
            if (!names.TryGetValue(entity.Text, out var mentions)) names[entity.Text] = mentions = [];
            mentions.Add(entity);
        }
        var repeats = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
        if (names.Count == 0) return ([.. entities], repeats);
        var starts = CharBits.Of(names.Keys.Select(name => name[0])); // 8 KiB per document, not a 64 KiB bool per character
        var table = new SpanTable<List<Entity>>(names);
        var added = new List<Entity>();
        var next = 0; // the first entity that ends after the position
        var nameEnd = -1; // where the last name (an entity or a repeated name) ended
        for (var i = 0; i < text.Length; i++)
        {
            while (next < entities.Length && entities[next].End <= i)
            {
                if (SubjectRoles.CanBeSubject(entities[next])) nameEnd = Math.Max(nameEnd, entities[next].End);
                next++;
            }
            if (!starts.Contains(text[i]) || !table.TryLongestStartingAt(text, i, out var length, out var mentions)) continue;
            var end = i + length;
            var afterName = nameEnd == i;
            nameEnd = Math.Max(nameEnd, end);
            if (afterName || Covered(entities, next, i, end) || !EndsAWord(words, text, end) || BeforeName(entities, next, table, text, end)
                || end < text.Length && (NameContinuations.Contains(text[end], StringComparison.Ordinal) || char.IsAsciiLetterOrDigit(text[end])))
                continue;
            var repeated = Repeated(mentions, i);
            var mention = repeated with { Start = i };
            added.Add(mention);
            repeats[mention] = repeated;
            i = end - 1;
        }
        if (added.Count == 0) return ([.. entities], repeats);
        var all = new List<Entity>(entities.Length + added.Count);
        all.AddRange(entities);
        all.AddRange(added);
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return (all, repeats);
    }

    /// <summary>
    /// The word of the segmentation that holds the mention's last character does not run on by a single character, a
    /// suffix that makes another word of the name (中国 in 去|中国化). A word of two characters or more may follow inside
    /// one word (广东|地区 in 广东地区生产总值), and a word may start before the mention, where the segmenter joined an
    /// unknown name to the character before it (称胜华 for 称|胜华).
    /// </summary>
    private static bool EndsAWord(TokenBoundaries? words, string text, int end)
    {
        if (words is null) return true;
        return words.WordEnd(end - 1, text.Length) - end != 1;
    }

    /// <summary>Another name starts right at <paramref name="end"/> (中国 in 中国国电): the two make a longer name.</summary>
    private static bool BeforeName(ReadOnlySpan<Entity> entities, int from, SpanTable<List<Entity>> table, string text, int end)
    {
        for (var k = from; k < entities.Length && entities[k].Start <= end; k++)
        {
            if (entities[k].Start == end && SubjectRoles.CanBeSubject(entities[k])) return true;
        }
        return end < text.Length && table.TryLongestStartingAt(text, end, out _, out _);
    }

    /// <summary>
    /// Some entity from <paramref name="from"/> on overlaps [start, end); those before it end by <paramref name="start"/>.
    /// </summary>
    private static bool Covered(ReadOnlySpan<Entity> entities, int from, int start, int end)
    {
        for (var k = from; k < entities.Length && entities[k].Start < end; k++)
        {
            if (entities[k].End > start) return true;
        }
        return false;
    }

    /// <summary>The last mention of the name before <paramref name="position"/>, else the first one after it.</summary>
    private static Entity Repeated(List<Entity> mentions, int position)
    {
        var repeated = mentions[0];
        foreach (var mention in mentions)
        {
            if (mention.Start < position) repeated = mention;
        }
        return repeated;
    }
}
