using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for a river, lake or reservoir named by two or three characters that are no common word and 河, 江, 湖 or 水库 (嘉陵江,
/// 梁滩河, 大伙房水库), when what follows speaks of its water, course or banks (water-body-context.tsv: 嘉陵江|一级支流,
/// 大伙房水库|水源, 万泉河|支流) or a 、 list of such names shares the head (梁滩河、璧北河、花溪河). The model reads few water bodies, and the
/// lists hold divisions only. The name starts where a word starts and opens with no function word (的竹竿河 starts at 竹竿);
/// a demonstrative or a count (这条河, 两条江) is none, and so is a common word (太平|湖 of a peaceful lake in a poem, 竹竿|河,
/// 滴水|湖: 竹竿 and 滴水 are jieba words of their own, a price in recall). Lowest precedence: a longer place, a zone or a body's name wins.
/// </summary>
internal sealed class WaterBodyRecognizer(PlaceLexicon places, CommonWords common) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.PlaceList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = TokenList.AsSpan(document.Tokens);
        for (var k = 0; k < tokens.Length; k++)
        {
            if (HeadLength(text, tokens[k].End) is not (> 0 and var head)) continue;
            var start = NameStart(text, tokens, k, tokens[k].End - head);
            if (start < 0 || common.Frequency(text.AsSpan(start, tokens[k].End - head - start)) >= CommonWords.PhraseThreshold) continue;
            var end = tokens[k].End;
            if (!places.WaterContext.TryLongestStartingAt(text, end, out _, out _) && !InListOfLikeNames(text, start, end, head)) continue;
            candidates.Add(new LocationEntity(start, end - start, document.Slice(start, end - start)));
        }
    }

    /// <summary>The length of the water body's head that ends at <paramref name="end"/> (水库, 河, 江, 湖); 0 if none.</summary>
    private static int HeadLength(string text, int end) =>
        end >= 2 && text[end - 2] == '水' && text[end - 1] == '库' ? 2 : end >= 1 && text[end - 1] is '河' or '江' or '湖' ? 1 : 0;

    /// <summary>
    /// Where the name before the head at <paramref name="headStart"/> starts: the two or three ideographs of the words right
    /// before it (竹竿|河, 大伙房|水库), of its own word (嘉陵江), or a one-character word and the rest of the head's (璧|北河,
    /// 花|溪河); -1 when that gives no name of two or three ideographs or the name opens with a function word or a count.
    /// </summary>
    private static int NameStart(string text, ReadOnlySpan<Token> tokens, int k, int headStart)
    {
        var start = tokens[k].Start < headStart ? tokens[k].Start : k > 0 ? tokens[k - 1].Start : -1;
        if (start >= 0 && headStart - start == 1 && k > 0 && tokens[k].Start < headStart && tokens[k - 1].Length == 1) start = tokens[k - 1].Start;
        if (start < 0 || headStart - start is < 2 or > 3 || NoNameOpener.Contains(text[start])) return -1;
        for (var i = start; i < headStart; i++)
        {
            if (!CharClass.IsIdeograph(text[i])) return -1;
        }
        return start;
    }

    /// <summary>Characters that open a phrase, a demonstrative or a count rather than a water body's name (这条河, 一条江, 的河).</summary>
    private const string NoNameOpener = "的了在和与及或是将把对从向到这那该此每各其一二两三四五几某本全整条座个";

    /// <summary>
    /// Whether the name between <paramref name="start"/> and <paramref name="end"/> stands in a 、 list beside another name of
    /// two or three characters with the same head (梁滩河、璧北河、花溪河).
    /// </summary>
    private static bool InListOfLikeNames(string text, int start, int end, int head)
    {
        var tail = text.AsSpan(end - head, head);
        if (end < text.Length && text[end] == '、')
        {
            for (var next = end + 1 + 2 + head; next <= Math.Min(text.Length, end + 1 + 3 + head); next++)
            {
                if (text.AsSpan(next - head, head).SequenceEqual(tail)) return true;
            }
        }
        if (start > 0 && text[start - 1] == '、')
        {
            for (var previous = start - 1 - 2 - head; previous >= Math.Max(0, start - 1 - 3 - head); previous--)
            {
                if (text.AsSpan(start - 1 - head, head).SequenceEqual(tail) && previous >= 0) return true;
            }
        }
        return false;
    }
}
