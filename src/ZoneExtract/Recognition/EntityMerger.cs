namespace ZoneExtract.Recognition;

/// <summary>
/// Settles overlapping candidates into the final entity list: a span never gets two labels, and the only
/// nesting kept is a ZONE inside an ORG (the annotation contract's one exception). Candidates are taken in
/// order of recogniser precedence, then length (longest first), then position; a candidate that overlaps
/// one already taken is dropped. Spans that cross a line break are dropped too.
/// </summary>
internal static class EntityMerger
{
    public static Entity[] Merge(string original, IEnumerable<(Entity Entity, int Precedence)> candidates, EntityLabel wanted)
    {
        var ordered = candidates
            .Where(c => (c.Entity.Label & wanted) != 0 && IsWellFormed(original, c.Entity))
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

    private static bool Compatible(Entity candidate, Entity taken)
    {
        var overlap = candidate.Start < taken.End && taken.Start < candidate.End;
        if (!overlap) return true;
        return IsZoneInsideOrganization(candidate, taken) || IsZoneInsideOrganization(taken, candidate);
    }

    private static bool IsZoneInsideOrganization(Entity inner, Entity outer) =>
        inner.Label == EntityLabel.Zone && outer.Label == EntityLabel.Organization
        && inner.Start >= outer.Start && inner.End <= outer.End
        && inner.Length < outer.Length;
}
