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
    public static Entity[] Merge(string original, IEnumerable<(Entity Entity, int Precedence)> candidates, EntityLabel wanted)
    {
        var wellFormed = candidates.Where(c => (c.Entity.Label & wanted) != 0 && IsWellFormed(original, c.Entity)).ToList();
        var registeredFirms = wellFormed.Select(c => c.Entity).Where(e => IsRegisteredFirmName(original, e)).ToList();
        var ordered = wellFormed
            .Where(c => c.Entity.Label != EntityLabel.Zone || !registeredFirms.Any(firm => StrictlyInside(c.Entity, firm)))
            .OrderByDescending(c => c.Precedence)
            .ThenByDescending(c => c.Entity.Length)
            .ThenBy(c => c.Entity.Start);

        var accepted = new AcceptedSpans();
        foreach (var (entity, _) in ordered)
        {
            if (accepted.IsCompatible(entity)) accepted.Add(entity);
        }
        return accepted.ToArray();
    }

    /// <summary>Accepted entities sorted by start, so that a candidate is checked only against its neighbours.</summary>
    private sealed class AcceptedSpans
    {
        private readonly List<Entity> _byStart = [];
        private int _longest;

        public bool IsCompatible(Entity candidate)
        {
            for (var i = FirstStartingAtOrAfter(candidate.Start - _longest); i < _byStart.Count && _byStart[i].Start < candidate.End; i++)
            {
                if (!Compatible(candidate, _byStart[i])) return false;
            }
            return true;
        }

        public void Add(Entity entity)
        {
            var index = FirstStartingAtOrAfter(entity.Start);
            while (index < _byStart.Count && _byStart[index].Start == entity.Start && _byStart[index].Length > entity.Length) index++;
            _byStart.Insert(index, entity);
            _longest = Math.Max(_longest, entity.Length);
        }

        public Entity[] ToArray() => _byStart.ToArray();

        private int FirstStartingAtOrAfter(int position) => OverlapIndex.FirstStartingAtOrAfter(_byStart, position);
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
