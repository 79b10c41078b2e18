namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Where the words around an organisation head show that the name is no organisation: a firm's board, a venue or
/// a building project's facility.
/// </summary>
internal static class OrganizationHeadContext
{
    /// <summary>
    /// True when the head word is a board of directors (董事局 of 中星微董事局主席, closed by the head 局): a firm's organ, named
    /// by the firm's name, never a body of its own.
    /// </summary>
    public static bool IsBoard(ReadOnlySpan<char> headWord) => headWord is "董事局";

    /// <summary>
    /// True when a centre is the facility of a building project: 中心 right before 项目 (新欧国际演艺中心项目, 四川屏山行政中心项目,
    /// 昆山现代物流中心项目 in project news: the building to be built or opened, no body).
    /// </summary>
    public static bool IsProjectFacility(string text, int end) =>
        text.AsSpan(0, end).EndsWith(Centre) && text.AsSpan(end).StartsWith(Project);

    private const string Centre = "中心";
    private const string Project = "项目";

    /// <summary>True when the head word closes a venue's name (会议中心, 展示中心, 购物中心: organization-venue-heads.tsv).</summary>
    public static bool IsVenue(NameLexicons lexicons, string text, int end) =>
        lexicons.OrganizationVenueHeads.TryLongestEndingAt(text, end, 1, out _, out _);
}
