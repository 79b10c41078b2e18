using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY items of an enumeration that the sentence says are firms: <c>A、B、C等龙头企业</c>,
/// <c>引进了A、B等26个项目</c>. Items are separated by 、, the list is closed by 等 and, after a few
/// modifying words after it (<see cref="ListGroupNoun"/>), a word for firms or investment projects. The first item reaches back over
/// name-like words only (<see cref="NamePrefix"/>), so 引导 or 引进了 stay outside.
/// </summary>
internal sealed class CompanyListRecognizer(NameResources names) : IEntityRecognizer
{
    /// <summary>
    /// Finds the words after 等 that say the items are firms, then those that allow firms (项目 may be anything: then one item must
    /// have a company head, 电子, 药业…).
    /// </summary>
    private readonly ListGroupNoun _groupNoun = new(names.Common, names.Prefix, [.. names.Lexicons.FirmGroupNouns, .. names.Lexicons.ProjectGroupNouns]);

    private const int MaxItem = 10;

    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanyListContext;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        for (var etc = text.IndexOf('等'); etc >= 0; etc = text.IndexOf('等', etc + 1))
        {
            if (_groupNoun.Find(document, etc + 1) is not { } noun) continue;
            var firms = names.Lexicons.FirmGroupNouns.Contains(noun);
            var items = new List<(int Start, int End)>();
            var end = etc;
            while (true)
            {
                var separator = text.LastIndexOf('、', end - 1, Math.Min(end, MaxItem + 1));
                var start = separator >= 0 ? separator + 1 : -1;
                if (start < 0 || !NamePrefix.IsNameMaterial(text.AsSpan(start, end - start))) break;
                items.Add((start, end));
                end = separator;
            }
            if (items.Count == 0) continue;
            var first = FirstItemStart(document, words, end);
            if (first >= 0) items.Add((first, end));
            items.RemoveAll(item => item.End - item.Start < 2 || IsOtherKindOfName(text.AsSpan(item.Start, item.End - item.Start)));
            if (!firms && !items.Any(item => HasCompanyHead(text, item.End))) continue;
            foreach (var (start, itemEnd) in items)
            {
                candidates.Add(new CompanyEntity(start, itemEnd - start, document.Slice(start, itemEnd - start)));
            }
        }
    }

    /// <summary>
    /// The first item has no separator before it: take its last word, then earlier words only while they are
    /// rare (brand-like), so 鼓励 in 会议鼓励星辰 stays outside.
    /// </summary>
    private int FirstItemStart(Document document, TokenBoundaries words, int end)
    {
        var start = names.Prefix.FindStart(document, words, end, maxWords: 1, maxLength: 8, requireProperWord: false);
        while (start > 0)
        {
            var earlier = names.Prefix.FindStart(document, words, start, maxWords: 1, maxLength: 8, requireProperWord: false);
            if (earlier < 0 || end - earlier > 8 || names.Common.IsCommon(document.Text.AsSpan(earlier, start - earlier))) break;
            start = earlier;
        }
        return start;
    }

    private bool IsOnlyCompanyHeads(string item)
    {
        var end = item.Length;
        while (end > 0 && names.Lexicons.CompanySuffixes.TryLongestEndingAt(item, end, 1, out var start, out _)) end = start;
        return end == 0;
    }

    private bool HasCompanyHead(string text, int end) => names.Lexicons.CompanySuffixes.TryLongestEndingAt(text, end, 2, out _, out _);

    /// <summary>
    /// Generic words, company heads with no name before them (集团, 科技集团: the brand lies beyond the item's
    /// reach) and names whose head says they are zones or organisations (平台, 产业园, 研发中心) are not firms.
    /// </summary>
    private bool IsOtherKindOfName(ReadOnlySpan<char> item) =>
        names.Prefix.IsGeneric(item)
        || IsOnlyCompanyHeads(item.ToString())
        || names.ZoneSuffixes.TryMatchEndingAt(item.ToString(), item.Length, out _, out _)
        || names.Lexicons.OrganizationSuffixes.TryLongestEndingAt(item.ToString(), item.Length, 1, out _, out _)
        || item.EndsWith("平台") || item.EndsWith("设施") || item.EndsWith("基地");
}
