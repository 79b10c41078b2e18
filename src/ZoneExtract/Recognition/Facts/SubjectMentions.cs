using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Facts;

/// <summary>
/// Further mentions of the document's named bodies that the entity recognisers left unlabelled (…广东省统计局…显示，2021年
/// 前三季度广东地区生产总值为…, where 广东 was found once, earlier). Fact recognition sees each such mention as the body it
/// repeats, so that the subject rules can take it; a fact whose subject is one points to a mention the recognisers found
/// (the contract counts another mention of the same name as the same subject). Only ZONE, COMPANY, LOC and ORG names of two
/// characters or more are repeated, and only where no entity covers the text and no place suffix (市, 省, 区…) or Latin
/// letter or digit follows, which would make it a longer name (深圳市) or a product's (苹果iPad, 欧曼GTL).
/// </summary>
internal static class SubjectMentions
{
    /// <summary>Characters that, right after a place's name, make it part of a longer one (深圳 → 深圳市).</summary>
    private const string NameContinuations = "市省区县镇乡村州";

    /// <summary>
    /// The entities with the repeated mentions added (sorted by start), and for each added mention the entity it repeats:
    /// the last one found before it, or else the first one after it.
    /// </summary>
    public static (List<Entity> Entities, Dictionary<Entity, Entity> Repeats) Add(string text, IReadOnlyList<Entity> entities)
    {
        var names = new Dictionary<string, List<Entity>>(StringComparer.Ordinal);
        var starts = new bool[char.MaxValue + 1];
        foreach (var entity in entities)
        {
            if (!FactContext.CanBeSubject(entity) || entity.Length < 2) continue;
            if (!names.TryGetValue(entity.Text, out var mentions)) names[entity.Text] = mentions = [];
            mentions.Add(entity);
            starts[entity.Text[0]] = true;
        }
        var repeats = new Dictionary<Entity, Entity>(ReferenceEqualityComparer.Instance);
        if (names.Count == 0) return ([.. entities], repeats);
        var table = new SpanTable<List<Entity>>(names);
        var added = new List<Entity>();
        var next = 0; // the first entity that ends after the position
        for (var i = 0; i < text.Length; i++)
        {
            while (next < entities.Count && entities[next].End <= i) next++;
            if (!starts[text[i]] || !table.TryLongestStartingAt(text, i, out var length, out var mentions)) continue;
            var end = i + length;
            if (Covered(entities, next, i, end) || end < text.Length && (NameContinuations.Contains(text[end], StringComparison.Ordinal) || char.IsAsciiLetterOrDigit(text[end])))
                continue;
            var repeated = Repeated(mentions, i);
            var mention = repeated with { Start = i };
            added.Add(mention);
            repeats[mention] = repeated;
            i = end - 1;
        }
        if (added.Count == 0) return ([.. entities], repeats);
        var all = new List<Entity>(entities.Count + added.Count);
        all.AddRange(entities);
        all.AddRange(added);
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
        return (all, repeats);
    }

    /// <summary>
    /// Some entity from <paramref name="from"/> on overlaps [start, end); those before it end by <paramref name="start"/>.
    /// </summary>
    private static bool Covered(IReadOnlyList<Entity> entities, int from, int start, int end)
    {
        for (var k = from; k < entities.Count && entities[k].Start < end; k++)
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
