namespace ZoneExtract;

/// <summary>A business enterprise by full, short or brand name, e.g. 华润微电子.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span (the name).</param>
public sealed record CompanyEntity(int Start, int Length, string Text) : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Company;
}

/// <summary>A named non-business organisation, e.g. 国家药监局.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span (the name).</param>
public sealed record OrganizationEntity(int Start, int Length, string Text) : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Organization;
}

/// <summary>A person's name, e.g. 刘双翼.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span (the name).</param>
public sealed record PersonEntity(int Start, int Length, string Text) : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Person;
}

/// <summary>A named place that is not a zone, e.g. 纳雍县.</summary>
/// <param name="Start">Index of the first character in the original text.</param>
/// <param name="Length">Number of UTF-16 code units.</param>
/// <param name="Text">The original text of the span (the name).</param>
public sealed record LocationEntity(int Start, int Length, string Text) : Entity(Start, Length, Text)
{
    /// <inheritdoc />
    public override EntityLabel Label => EntityLabel.Location;
}
