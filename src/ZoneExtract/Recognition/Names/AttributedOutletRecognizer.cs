using System.Text.RegularExpressions;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// ORG for a news outlet named by the attribution words of news writing (Names/Data/media-cues.tsv):
/// <list type="bullet">
/// <item>between 据 and 报道 or 消息, with a time word or 的 allowed before the closing word (据海峡都市报报道, 据财联社此前报道,
/// 据路透社的报道);</item>
/// <item>opening a line as its dateline, the outlet then the place and day of the dispatch and 电 (中新社海口1月4日电),
/// or the outlet and 讯 (证券时报网讯，);</item>
/// <item>after the source word that opens a line and takes the whole of it (来源：华夏时报): a repost names the outlet it
/// took the article from.</item>
/// </list>
/// The name must be one that <see cref="OutletName"/> accepts (本报讯 and 据市场消息 name no outlet).
/// </summary>
internal sealed partial class AttributedOutletRecognizer(NameResources names, MediaCues cues) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Organization;

    public int Precedence => RecognizerPrecedence.OrganizationLexicon;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        foreach (var (at, opener) in OutletName.Occurrences(document.Text, cues.Attribution))
            Add(document, candidates, at + opener.Length, AttributedEnd(document.Text, at + opener.Length));
        var text = document.Text;
        for (var line = 0; line < text.Length; line = text.IndexOf('\n', line) is var next && next < 0 ? text.Length : next + 1)
        {
            var start = line;
            while (start < text.Length && (char.IsWhiteSpace(text[start]) && text[start] != '\n')) start++;
            Add(document, candidates, start, DatelineEnd(text, start));
            if (SourceNameStart(text, start) is var source and >= 0) Add(document, candidates, source, SourceNameEnd(text, source));
        }
    }

    private void Add(Document document, List<Entity> candidates, int start, int end)
    {
        if (end <= start || !OutletName.IsPlausible(names, document.Text.AsSpan(start, end - start))) return;
        candidates.Add(new OrganizationEntity(start, end - start, document.Slice(start, end - start)));
    }

    /// <summary>The end of the outlet after 据: name characters up to a closing word, less a time word before it; -1 for none.</summary>
    private int AttributedEnd(string text, int start)
    {
        for (var end = start; end < text.Length && end - start <= OutletName.MaxLength + 2; end++)
        {
            if (WordLists.StartsWithAny(text.AsSpan(end), cues.Attributed))
            {
                // 据路透社的报道: the outlet's 的 belongs to the phrase
                var nameEnd = end > start && text[end - 1] == '的' ? end - 1 : end;
                var time = cues.AttributionTimes.FirstOrDefault(word => text.AsSpan(start, nameEnd - start).EndsWith(word));
                return time is null ? nameEnd : nameEnd - time.Length;
            }
            if (!OutletName.IsNameCharacter(text[end])) return -1;
        }
        return -1;
    }

    /// <summary>
    /// The end of the outlet that opens a dateline at <paramref name="start"/>: name characters, then a place and a day
    /// before 电, or nothing before 讯, and the dispatch word followed by no further name character; -1 for none.
    /// </summary>
    private int DatelineEnd(string text, int start)
    {
        for (var end = start; end < text.Length && end - start <= OutletName.MaxLength + 12; end++)
        {
            var dispatch = WordLists.FirstStartingWith(text.AsSpan(end), cues.Dispatch);
            if (dispatch is not null && (end + dispatch.Length == text.Length || !OutletName.IsNameCharacter(text[end + dispatch.Length])))
            {
                var head = text.AsSpan(start, end - start);
                if (DispatchDay().Match(head.ToString()) is { Success: true } day) return StartOfPlaceEndingAt(text, start, start + day.Index);
                return end - start <= OutletName.MaxLength && dispatch != "电" ? end : -1;
            }
            if (!OutletName.IsNameCharacter(text[end]) && text[end] is not ('月' or '日')) return -1;
        }
        return -1;
    }

    /// <summary>Where the outlet's name starts after a source word and its colon at <paramref name="start"/> (来源：|华夏时报); -1 for none.</summary>
    private int SourceNameStart(string text, int start)
    {
        var word = WordLists.FirstStartingWith(text.AsSpan(start), cues.Source);
        if (word is null || start + word.Length >= text.Length || text[start + word.Length] is not ('：' or ':')) return -1;
        var name = start + word.Length + 1;
        while (name < text.Length && text[name] is ' ' or '　') name++;
        return name;
    }

    /// <summary>The end of a source line's outlet: name characters to the end of the line, trailing spaces left out; -1 when anything else stands there (来源：《规划》, a sentence).</summary>
    private static int SourceNameEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && end - start <= OutletName.MaxLength && OutletName.IsNameCharacter(text[end])) end++;
        var lineEnd = end;
        while (lineEnd < text.Length && text[lineEnd] is ' ' or '　' or '\r') lineEnd++;
        return lineEnd == text.Length || text[lineEnd] == '\n' ? end : -1;
    }

    /// <summary>Where the place written before a dispatch day starts (中新社|海口, 新华网|纽约); the day itself when no place stands there.</summary>
    private int StartOfPlaceEndingAt(string text, int nameStart, int end)
    {
        for (var start = nameStart + 2; start <= end - 2; start++)
        {
            // a foreign city is no division of the lists but a place to jieba (新华网|纽约12月21日电)
            var place = text.AsSpan(start, end - start);
            if (names.AllPlaces.All.Contains(place) || names.Common.IsPlaceName(place)) return start;
        }
        return end;
    }

    [GeneratedRegex(@"(\d{1,2}月)?\d{1,2}日$")]
    private static partial Regex DispatchDay();
}
