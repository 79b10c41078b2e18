namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Where the words around an organisation head show that the name is no organisation: a firm's board or a venue.
/// </summary>
internal static class OrganizationHeadContext
{
    /// <summary>
    /// True when the head word is a board of directors (董事局 of 中星微董事局主席, closed by the head 局): a firm's organ, named
    /// by the firm's name, never a body of its own.
    /// </summary>
    public static bool IsBoard(ReadOnlySpan<char> headWord) => headWord is "董事局";

    /// <summary>True when the head word closes a venue's name (会议中心, 展示中心, 购物中心: organization-venue-heads.tsv).</summary>
    public static bool IsVenue(NameLexicons lexicons, string text, int end) =>
        lexicons.OrganizationVenueHeads.TryLongestEndingAt(text, end, 1, out _, out _);
}
