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
        var wellFormed = candidates.Where(c => (c.Entity.Label & wanted) != 0 && IsWellFormed(original, c.Entity)).ToList();
        var zones = wellFormed.Where(c => c.Entity.Label == EntityLabel.Zone).Select(c => c.Entity).ToList();
        var ordered = wellFormed
            .Select(c => (c.Entity, Precedence: IsRegisteredCompanyAroundZone(c.Entity, zones) ? RegisteredCompanyAroundZone : c.Precedence))
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

    /// <summary>
    /// A registered company named by a zone (广州开发区投资集团有限公司, 重庆两江新区开发投资集团有限公司) is one COMPANY: its
    /// full legal form outranks the zone inside, which the contract does not nest in a firm.
    /// </summary>
    private static bool IsRegisteredCompanyAroundZone(Entity entity, List<Entity> zones) =>
        entity.Label == EntityLabel.Company && zones.Count > 0
        && (entity.Text.EndsWith("有限公司", StringComparison.Ordinal) || entity.Text.EndsWith("有限责任公司", StringComparison.Ordinal))
        && zones.Any(z => z.Start >= entity.Start && z.End < entity.End);

    private const int RegisteredCompanyAroundZone = RecognizerPrecedence.ZoneGazetteer + 1;

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
