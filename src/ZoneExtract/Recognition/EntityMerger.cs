using System.Buffers;

namespace ZoneExtract.Recognition;

/// <summary>
/// Settles overlapping candidates into the final entity list: a span never gets two labels, and the only
/// nesting kept is a ZONE inside an ORG (the annotation contract's one exception). Candidates are taken in
/// order of recogniser precedence, then length (longest first), then position; a candidate that overlaps
/// one already taken is dropped. Spans that cross a line break are dropped too. A ZONE inside a firm's registered
/// name (中新苏州工业园区开发集团股份有限公司, 天津经济技术开发区投资有限公司) is no candidate: the contract makes the
/// whole name one COMPANY, as it does with a place inside it, and the zone recognisers outrank the company ones.
/// </summary>
internal static class EntityMerger
{
    /// <summary>
    /// The entities kept of <paramref name="candidates"/>; with <paramref name="names"/>, a model span that reads a longer
    /// name round a rule's may take the rule's precedence (<see cref="Model.ModelSpanPrecedence"/>).
    /// </summary>
    public static Entity[] Merge(string original, IEnumerable<(Entity Entity, int Precedence)> candidates, EntityLabel wanted, Names.NameResources? names = null)
    {
        // one pass over the candidates; the zones are filtered only where a registered firm's name was read
        var wellFormed = new List<(Entity Entity, int Precedence)>();
        List<Entity>? registeredFirms = null;
        foreach (var candidate in candidates)
        {
            if ((candidate.Entity.Label & wanted) == 0 || !IsWellFormed(original, candidate.Entity)) continue;
            wellFormed.Add(candidate);
            if (IsRegisteredFirmName(original, candidate.Entity)) (registeredFirms ??= []).Add(candidate.Entity);
        }
        var kept = registeredFirms is null ? wellFormed.ToArray() : wellFormed
            .Where(c => c.Entity.Label != EntityLabel.Zone || !registeredFirms.Any(firm => StrictlyInside(c.Entity, firm)))
            .ToArray();

        var accepted = new AcceptedSpans(original.Length);
        try
        {
            foreach (var index in TakingOrder(original, kept, names))
            {
                if (accepted.IsCompatible(kept[index].Entity)) accepted.Add(kept[index].Entity);
            }
            return accepted.ToArray();
        }
        finally
        {
            accepted.Return();
        }
    }

    /// <summary>
    /// The candidates' indices in the order they are taken: precedence (highest first), then length (longest first), then
    /// start; candidates equal in all three keep their order, as in a stable sort. One sort of the indices over keys read
    /// once: LINQ's OrderBy…ThenBy chain called a key selector per key and a comparer chain per comparison (1.8 % of a
    /// long batch), and its generic code over (entity, precedence) tuples cannot be precompiled.
    /// </summary>
    private static int[] TakingOrder(string original, (Entity Entity, int Precedence)[] candidates, Names.NameResources? names)
    {
        var precedence = new int[candidates.Length];
        var length = new int[candidates.Length];
        var start = new int[candidates.Length];
        var order = new int[candidates.Length];
        for (var i = 0; i < candidates.Length; i++)
        {
            (precedence[i], length[i], start[i], order[i]) = (candidates[i].Precedence, candidates[i].Entity.Length, candidates[i].Entity.Start, i);
        }
        if (names is not null) Model.ModelSpanPrecedence.RaiseOverNamesInside(original, candidates, precedence, names);
        Array.Sort(order, (a, b) =>
            precedence[a] != precedence[b] ? precedence[b].CompareTo(precedence[a])
            : length[a] != length[b] ? length[b].CompareTo(length[a])
            : start[a] != start[b] ? start[a].CompareTo(start[b])
            : a.CompareTo(b));
        return order;
    }

    /// <summary>
    /// The accepted entities and, per character, those that cover it: at most two, since two accepted entities overlap only
    /// as a ZONE inside an ORG (two zones, two organisations or any other pair never do). A candidate is checked against the
    /// entities on its own characters, and accepting one marks its characters: no search and no insertion into a sorted list.
    /// </summary>
    private sealed class AcceptedSpans
    {
        private readonly List<Entity> _accepted = [];
        private readonly int[] _first; // per character, 1 + the index of the first accepted entity on it, 0 for none
        private readonly int[] _second; // the same for the second one (the ZONE inside an ORG, or the ORG around a ZONE)

        public AcceptedSpans(int textLength)
        {
            _first = ArrayPool<int>.Shared.Rent(textLength);
            _second = ArrayPool<int>.Shared.Rent(textLength);
            _first.AsSpan(0, textLength).Clear();
            _second.AsSpan(0, textLength).Clear();
        }

        public bool IsCompatible(Entity candidate)
        {
            for (var i = candidate.Start; i < candidate.End; i++)
            {
                if (_first[i] != 0 && !Compatible(candidate, _accepted[_first[i] - 1])) return false;
                if (_second[i] != 0 && !Compatible(candidate, _accepted[_second[i] - 1])) return false;
            }
            return true;
        }

        public void Add(Entity entity)
        {
            _accepted.Add(entity);
            for (var i = entity.Start; i < entity.End; i++)
            {
                if (_first[i] == 0) _first[i] = _accepted.Count;
                else _second[i] = _accepted.Count;
            }
        }

        /// <summary>By start, the longer first where two start together (a ZONE at the start of its ORG); no two share both.</summary>
        public Entity[] ToArray()
        {
            var byStart = _accepted.ToArray();
            Array.Sort(byStart, static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : b.Length.CompareTo(a.Length));
            return byStart;
        }

        public void Return()
        {
            ArrayPool<int>.Shared.Return(_first);
            ArrayPool<int>.Shared.Return(_second);
        }
    }

    private static bool IsWellFormed(string original, Entity entity) =>
        entity.Length > 0
        && entity.Start >= 0
        && entity.End <= original.Length
        && original.AsSpan(entity.Start, entity.Length).IndexOfAny('\n', '\r') < 0;

    /// <summary>A COMPANY closed by a form only a registered firm has (有限公司, 有限责任公司, 株式会社).</summary>
    private static bool IsRegisteredFirmName(string original, Entity entity)
    {
        if (entity.Label != EntityLabel.Company) return false;
        var name = original.AsSpan(entity.Start, entity.Length);
        return name.EndsWith("有限公司") || name.EndsWith("有限责任公司") || name.EndsWith("株式会社");
    }

    private static bool StrictlyInside(Entity inner, Entity outer) =>
        inner.Start >= outer.Start && inner.End <= outer.End && inner.Length < outer.Length;

    private static bool Compatible(Entity candidate, Entity taken)
    {
        var overlap = candidate.Start < taken.End && taken.Start < candidate.End;
        if (!overlap) return true;
        return IsZoneInsideOrganization(candidate, taken) || IsZoneInsideOrganization(taken, candidate);
    }

    private static bool IsZoneInsideOrganization(Entity inner, Entity outer) =>
        inner.Label == EntityLabel.Zone && outer.Label == EntityLabel.Organization && StrictlyInside(inner, outer);
}
