namespace ZoneExtract;

/// <summary>
/// The entity labels of the annotation contract. Flags, so that a set of labels to run can be
/// expressed as one value (<see cref="All"/>, <see cref="Core"/>, or any combination).
/// An <see cref="Entity"/> always carries exactly one flag.
/// </summary>
[Flags]
public enum EntityLabel
{
    /// <summary>No label.</summary>
    None = 0,
    /// <summary>A named, officially designated development or innovation area (ZONE).</summary>
    Zone = 1 << 0,
    /// <summary>A business enterprise (COMPANY).</summary>
    Company = 1 << 1,
    /// <summary>A monetary amount (MONEY).</summary>
    Money = 1 << 2,
    /// <summary>A percentage or percentage-point figure (PERCENT).</summary>
    Percent = 1 << 3,
    /// <summary>A calendar date, month, quarter, year or a range of them (DATE).</summary>
    Date = 1 << 4,
    /// <summary>A named non-business organisation (ORG).</summary>
    Organization = 1 << 5,
    /// <summary>A person's name (PERSON).</summary>
    Person = 1 << 6,
    /// <summary>A named geographic or administrative place that is not a zone (LOC).</summary>
    Location = 1 << 7,

    /// <summary>The core labels: ZONE, COMPANY, MONEY, PERCENT, DATE.</summary>
    Core = Zone | Company | Money | Percent | Date,
    /// <summary>The extended labels: ORG, PERSON, LOC.</summary>
    Extended = Organization | Person | Location,
    /// <summary>Every label.</summary>
    All = Core | Extended,
}
