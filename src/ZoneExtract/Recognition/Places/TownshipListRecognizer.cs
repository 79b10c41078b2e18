using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for towns of one county named by their short forms in a list (沿线的泗门、朗霞、马渚、阳明等乡镇; 将星沙、榔梨、黄花):
/// local news drops 镇, 乡 and 街道, and the short forms read as people or words (马渚, 黄花). Two items that are towns (townships.tsv)
/// of the same county, one of them no common word (星沙 beside 黄花), vouch for the list; then every item that is a town of that
/// county is a place. Above the model, which reads such short forms as people.
/// </summary>
internal sealed class TownshipListRecognizer(PlaceLexicon places, CommonWords common) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.TownshipList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var items = new List<(int Start, int Length, string[] Counties)>();
        for (var separator = text.IndexOf(Separator); separator >= 0; separator = text.IndexOf(Separator, separator + 1))
        {
            items.Clear();
            if (LastItemEndingAt(text, separator) is { } first) items.Add(first);
            var next = separator;
            while (true)
            {
                var end = next + 1;
                while (end < text.Length && end - next - 1 < MaxItemLength && CharClass.IsIdeograph(text[end])) end++;
                if (end < text.Length && text[end] == Separator && end - next - 1 >= 2)
                {
                    if (Township(text, next + 1, end - next - 1) is { } middle) items.Add(middle);
                    next = end;
                    continue;
                }
                if (FirstItemStartingAt(text, next + 1) is { } last) items.Add(last);
                break;
            }
            AddVouchedItems(document, items, candidates);
            separator = next;
        }
    }

    private const char Separator = '、';

    /// <summary>Four characters at most: the longest short forms of towns (青山铺) and full names (黄家埠镇).</summary>
    private const int MaxItemLength = 4;

    private void AddVouchedItems(Document document, List<(int Start, int Length, string[] Counties)> items, List<Entity> candidates)
    {
        if (items.Count == 0) return; // most separators stand between no towns: no tally to make
        var votes = new Dictionary<string, (int Items, int Names)>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            var name = common.IsCommon(document.Text.AsSpan(item.Start, item.Length)) ? 0 : 1;
            foreach (var county in item.Counties)
            {
                var (listed, names) = votes.GetValueOrDefault(county);
                votes[county] = (listed + 1, names + name);
            }
        }
        string? vouched = null;
        foreach (var (county, tally) in votes)
        {
            if (tally is not { Items: >= 2, Names: >= 1 }) continue;
            if (vouched is not null) return; // towns of two counties alike: no telling which county is meant
            vouched = county;
        }
        if (vouched is null) return;
        foreach (var item in items)
        {
            // a listed full name (文城镇) is the place list's, which yields to a longer place holding it (文昌市文城镇)
            if (Array.IndexOf(item.Counties, vouched) >= 0 && !IsListedFullName(document.Text, item.Start, item.Length)) candidates.Add(new LocationEntity(item.Start, item.Length, document.Slice(item.Start, item.Length)));
        }
    }

    /// <summary>The whole of the text between two separators when it names a town.</summary>
    private (int, int, string[])? Township(string text, int start, int length) =>
        places.TownshipCounties.TryGet(text.AsSpan(start, length), out var counties) ? (start, length, counties) : null;

    /// <summary>The longest town name ending right before the first separator (将星沙: 星沙).</summary>
    private (int, int, string[])? LastItemEndingAt(string text, int end)
    {
        for (var length = Math.Min(MaxItemLength, end); length >= 2; length--)
        {
            if (!IsIdeographs(text, end - length, length)) continue;
            if (Township(text, end - length, length) is { } item) return item;
        }
        return null;
    }

    /// <summary>
    /// The longest town name starting right after the last separator (阳明 of 阳明等乡镇), with the kind of division that
    /// follows it (禄新乡, a town the list knows as 禄新镇).
    /// </summary>
    private (int, int, string[])? FirstItemStartingAt(string text, int start)
    {
        for (var length = Math.Min(MaxItemLength, text.Length - start); length >= 2; length--)
        {
            if (!IsIdeographs(text, start, length) || Township(text, start, length) is not var (_, _, counties)) continue;
            var end = start + length;
            if (end < text.Length && text[end] is '镇' or '乡') end++;
            else if (text.AsSpan(end).StartsWith("街道")) end += 2;
            return (start, end - start, counties);
        }
        return null;
    }

    private bool IsListedFullName(string text, int start, int length) =>
        (text[start + length - 1] is '镇' or '乡' || text.AsSpan(start, length).EndsWith("街道"))
        && places.TownshipCounties.Contains(text.AsSpan(start, length));

    /// <summary>True when the <paramref name="length"/> characters at <paramref name="start"/> are all ideographs.</summary>
    internal static bool IsIdeographs(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++) if (!CharClass.IsIdeograph(text[i])) return false;
        return true;
    }
}
