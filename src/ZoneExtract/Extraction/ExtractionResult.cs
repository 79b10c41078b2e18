namespace ZoneExtract;

/// <summary>The immutable result of extracting one text: its entities, sorted by position, its facts and its segmentation.</summary>
public sealed class ExtractionResult
{
    internal ExtractionResult(string text, DateOnly? referenceDate, IReadOnlyList<Entity> entities, IReadOnlyList<Token> tokens, IReadOnlyList<Fact>? facts = null)
    {
        Text = text;
        ReferenceDate = referenceDate;
        Entities = entities;
        Tokens = tokens;
        Facts = facts ?? [];
    }

    /// <summary>The text that was analysed, exactly as the caller passed it.</summary>
    public string Text { get; }

    /// <summary>The reference date dates were resolved against, if any.</summary>
    public DateOnly? ReferenceDate { get; }

    /// <summary>Every entity, sorted by start (a ZONE nested in an ORG follows the ORG).</summary>
    public IReadOnlyList<Entity> Entities { get; }

    /// <summary>
    /// The indicator statements (地区生产总值 341.6亿元, +6.4%, 今年前三季度, 重庆高新区), sorted by the indicator's
    /// position; empty when there are none or when <see cref="ExtractionOptions.IncludeFacts"/> is off.
    /// </summary>
    public IReadOnlyList<Fact> Facts { get; }

    /// <summary>The words of the segmentation, in order, whitespace omitted; offsets refer to <see cref="Text"/>.</summary>
    public IReadOnlyList<Token> Tokens { get; }

    /// <summary>The development zones found.</summary>
    public IEnumerable<ZoneEntity> Zones => Entities.OfType<ZoneEntity>();

    /// <summary>The companies found.</summary>
    public IEnumerable<CompanyEntity> Companies => Entities.OfType<CompanyEntity>();

    /// <summary>The monetary amounts found.</summary>
    public IEnumerable<MoneyEntity> Money => Entities.OfType<MoneyEntity>();

    /// <summary>The percentages and percentage points found.</summary>
    public IEnumerable<PercentEntity> Percents => Entities.OfType<PercentEntity>();

    /// <summary>The dates and periods found.</summary>
    public IEnumerable<DateEntity> Dates => Entities.OfType<DateEntity>();

    /// <summary>The non-business organisations found.</summary>
    public IEnumerable<OrganizationEntity> Organizations => Entities.OfType<OrganizationEntity>();

    /// <summary>The people found.</summary>
    public IEnumerable<PersonEntity> People => Entities.OfType<PersonEntity>();

    /// <summary>The places found.</summary>
    public IEnumerable<LocationEntity> Locations => Entities.OfType<LocationEntity>();
}
