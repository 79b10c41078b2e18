using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for both ends of a road segment named A至B段 or A至B公路 (车岗头至大岚段, 黄家埠至牟山段, 大隐至二六市公路, 大石碑至天水段):
/// the ends are the places the road runs between. One end must be a place the lists know (a division, or a town under its
/// short form: 大岚 of 大岚镇); the other, two or three characters that are no common word, is then a place too (a village
/// or a hamlet the lists do not hold). Above the model, which reads such ends as people or misses them.
/// </summary>
internal sealed class RoadSegmentEndsRecognizer(PlaceLexicon places, CommonWords common) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.TownshipList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        for (var to = text.IndexOf(To); to > 0; to = text.IndexOf(To, to + 1))
        {
            var (toStart, toLength) = EndBeforeRoad(text, to + 1);
            if (toLength == 0) continue;
            var (fromStart, fromLength) = StartBefore(text, words, to);
            if (fromLength == 0) continue;
            var fromKnown = IsKnownPlace(text.AsSpan(fromStart, fromLength));
            var toKnown = IsKnownPlace(text.AsSpan(toStart, toLength));
            if (!fromKnown && !toKnown) continue;
            if (!fromKnown && common.IsCommon(text.AsSpan(fromStart, fromLength)) || !toKnown && common.IsCommon(text.AsSpan(toStart, toLength))) continue;
            candidates.Add(new LocationEntity(fromStart, fromLength, document.Slice(fromStart, fromLength)));
            candidates.Add(new LocationEntity(toStart, toLength, document.Slice(toStart, toLength)));
        }
    }

    private const char To = '至';

    private static readonly string[] RoadWords = ["段", "公路", "高速", "铁路", "高铁", "城际"];

    /// <summary>Characters that open the clause before a segment's start, never a place's first (的大隐, 从北京).</summary>
    private const string FunctionCharacters = "的在从由自和与及是为将把";

    /// <summary>The place right after 至 and right before a road word (大岚 of 至大岚段, 二六市 of 至二六市公路); empty if none.</summary>
    private (int Start, int Length) EndBeforeRoad(string text, int start)
    {
        var best = (start, 0);
        for (var length = 2; length <= MaxEndLength && start + length < text.Length; length++)
        {
            if (!TownshipListRecognizer.IsIdeographs(text, start, length)) break;
            if (!StartsWithRoadWord(text, start + length)) continue;
            if (IsKnownPlace(text.AsSpan(start, length)) || best.Item2 == 0) best = (start, length);
        }
        return best;
    }

    /// <summary>
    /// The place right before 至: a known place of two or three characters (大隐 of 的大隐至), else the longest run that starts
    /// where a word starts and not with a function character (车岗头 of 一期车|岗头至); empty if none.
    /// </summary>
    private (int Start, int Length) StartBefore(string text, TokenBoundaries words, int end)
    {
        for (var length = MaxEndLength; length >= 2; length--)
        {
            if (end - length >= 0 && TownshipListRecognizer.IsIdeographs(text, end - length, length) && IsKnownPlace(text.AsSpan(end - length, length))) return (end - length, length);
        }
        for (var length = MaxEndLength; length >= 2; length--)
        {
            var start = end - length;
            if (start >= 0 && TownshipListRecognizer.IsIdeographs(text, start, length) && words.IsBoundary(start) && !FunctionCharacters.Contains(text[start])) return (start, length);
        }
        return (end, 0);
    }

    private const int MaxEndLength = 3;

    /// <summary>A division (天水, 奉化), or a town's short form that is no common word (大岚 of 大岚镇, not 工程 or 三期).</summary>
    private bool IsKnownPlace(ReadOnlySpan<char> name) =>
        places.NamesDivision(name) || places.TownshipCounties.Contains(name) && !common.IsCommon(name);

    private static bool StartsWithRoadWord(string text, int at)
    {
        foreach (var word in RoadWords) if (text.AsSpan(at).StartsWith(word)) return true;
        return false;
    }
}
