using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for a village named by itself, a name of two or three characters and 村 that ends a word (来到了|李洼村, 黄集村|3组,
/// 郑洼村): local news names villages the lists do not hold (townships.tsv stops at towns), and the model misses them
/// when no town stands before them. The name must be no common word (贫困|村, 中心|村, 这个|村 are kinds of village) unless
/// jieba tags it a place, and the whole no word of jieba's dictionary (新农村, 城中村; 中关村, a zone or a project's name
/// more often): the villages meant are the words jieba puts together from unknown characters. Lowest precedence, with the
/// list's places: a town and its village (莽张镇天湖村), a village's committee or school from a body rule, a zone all win.
/// </summary>
internal sealed class VillageNameRecognizer(CommonWords common) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.PlaceList;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = TokenList.AsSpan(document.Tokens);
        for (var k = 0; k < tokens.Length; k++)
        {
            var token = tokens[k];
            if (text[token.End - 1] != Village) continue;
            var start = token.Length > 1 ? token.Start : k > 0 ? tokens[k - 1].Start : -1;
            var stemLength = token.End - 1 - start;
            if (start < 0 || stemLength is < 2 or > 3 || !IsName(text.AsSpan(start, stemLength)) || IsDictionaryWord(text.AsSpan(start, stemLength + 1))) continue;
            candidates.Add(new LocationEntity(start, stemLength + 1, document.Slice(start, stemLength + 1)));
        }
    }

    private const char Village = '村';

    /// <summary>Ideographs that are no common word, or that jieba tags a place (天湖 of 天湖村).</summary>
    private bool IsName(ReadOnlySpan<char> stem)
    {
        foreach (var c in stem)
        {
            if (!CharClass.IsIdeograph(c)) return false;
        }
        return common.Frequency(stem) < CommonWords.PhraseThreshold || common.IsPlaceName(stem);
    }

    /// <summary>A word jieba's dictionary holds (新农村, 城中村, 中关村).</summary>
    private bool IsDictionaryWord(ReadOnlySpan<char> word) => common.Frequency(word) > 0;
}
