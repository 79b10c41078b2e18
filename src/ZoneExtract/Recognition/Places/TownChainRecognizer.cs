using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Names;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Places;

/// <summary>
/// LOC for an address written as a chain of divisions down to a town, and a village after it: 桂平市石龙镇珍垌村,
/// 来宾市良江镇, 湖北省襄阳市襄州区黄集镇. The town must lie in the division right before it (townships.tsv names its county
/// and prefecture), which vouches for the chain; the divisions before that are listed places. One place, as the contract
/// writes 龙场镇小营村, where the model cuts such chains (桂平市 | 石龙镇珍垌村). At the model's precedence: a longer
/// address the model reads (…坂田街道吉华路) stays whole.
/// </summary>
internal sealed class TownChainRecognizer(PlaceLexicon places, CommonWords common, NameLexicons heads) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Location;

    public int Precedence => RecognizerPrecedence.LearnedModel;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = TokenList.AsSpan(document.Tokens);
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!places.Starts.MayStartAt(text, tokens[k].Start) || !TownEndsWithinReach(text, tokens, k)) continue;
            var (divisionEnd, next) = LongestPlace(text, tokens, k);
            if (next < 0 || next >= tokens.Length) continue;
            var (townEnd, afterTown) = TownIn(text, tokens, next, text.AsSpan(tokens[k].Start, divisionEnd - tokens[k].Start));
            if (afterTown < 0 || OpensABody(text, tokens, next, afterTown)) continue;
            var start = ChainStart(text, tokens, k);
            var end = VillageEnd(text, tokens, afterTown) ?? townEnd;
            candidates.Add(new LocationEntity(start, end - start, document.Slice(start, end - start)));
            k = afterTown - 1;
        }
    }

    /// <summary>
    /// Whether a word within reach of a chain opening at token <paramref name="first"/> ends as a town does (镇, 乡, 街道):
    /// a place of up to <see cref="MaxWords"/> words and a town of as many. A few character tests that spare most listed
    /// places the look-ups of <see cref="LongestPlace"/>.
    /// </summary>
    private static bool TownEndsWithinReach(string text, ReadOnlySpan<Token> tokens, int first)
    {
        for (var t = first + 1; t < tokens.Length && t <= first + 2 * MaxWords - 1; t++)
        {
            if (text[tokens[t].End - 1] is '镇' or '乡' or '道') return true;
        }
        return false;
    }

    /// <summary>The most words of a listed place, and of a town's name.</summary>
    private const int MaxWords = 4;

    /// <summary>The end of the longest listed place opening at token <paramref name="first"/> and the token after it; -1 if none.</summary>
    private (int End, int Next) LongestPlace(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var start = tokens[first].Start;
        for (var t = Math.Min(tokens.Length - 1, first + MaxWords - 1); t >= first; t--)
        {
            if (places.All.Contains(text.AsSpan(start, tokens[t].End - start))) return (tokens[t].End, t + 1);
        }
        return (0, -1);
    }

    /// <summary>
    /// A town's official name (镇, 乡 or 街道) on word boundaries right at token <paramref name="first"/> that lies in
    /// <paramref name="division"/> (its county or prefecture); its end and the token after it, or -1.
    /// </summary>
    private (int End, int Next) TownIn(string text, ReadOnlySpan<Token> tokens, int first, ReadOnlySpan<char> division)
    {
        var start = tokens[first].Start;
        for (var t = Math.Min(tokens.Length - 1, first + MaxWords - 1); t >= first; t--)
        {
            var name = text.AsSpan(start, tokens[t].End - start);
            if (!(name.EndsWith("镇") || name.EndsWith("乡") || name.EndsWith("街道"))) continue;
            if (places.TownshipCounties.TryGet(name, out var counties) && LiesIn(counties, division)) return (tokens[t].End, t + 1);
        }
        return (0, -1);
    }

    /// <summary>Whether one of a town's counties names <paramref name="division"/> (a loop over a span: no string, no lambda per place).</summary>
    private static bool LiesIn(string[] counties, ReadOnlySpan<char> division)
    {
        foreach (var county in counties) if (county.AsSpan().Contains(division, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>
    /// The town and the word after it end in an organisation's or a firm's head (益庆乡|小学, 石龙镇|政府; town-institutions.tsv): the town is part of
    /// that name, which a place inside belongs to.
    /// </summary>
    private bool OpensABody(string text, ReadOnlySpan<Token> tokens, int town, int after)
    {
        if (after >= tokens.Length) return false;
        var name = text.Substring(tokens[town].Start, tokens[after].End - tokens[town].Start);
        return places.TownInstitutions.Contains(tokens[after].Text) || heads.EndsWithOrganizationHead(name) || heads.EndsWithCompanyHead(name);
    }

    /// <summary>Listed places written right before the division (湖北省|襄阳市 before 襄州区) belong to the chain.</summary>
    private int ChainStart(string text, ReadOnlySpan<Token> tokens, int first)
    {
        var start = tokens[first].Start;
        for (var moved = true; moved;)
        {
            moved = false;
            for (var t = first - 1; t >= 0 && t >= first - 3; t--)
            {
                if (!places.All.Contains(text.AsSpan(tokens[t].Start, start - tokens[t].Start))) continue;
                (start, first, moved) = (tokens[t].Start, t, true);
                break;
            }
        }
        return start;
    }

    /// <summary>
    /// The end of a village right after the town (石龙镇|珍垌|村): one to three characters and 村 ending a word, the
    /// characters no common word (镇各村, 镇新村 are no village's name); null if none.
    /// </summary>
    private int? VillageEnd(string text, ReadOnlySpan<Token> tokens, int first)
    {
        if (first >= tokens.Length) return null;
        var start = tokens[first].Start;
        for (var t = first; t < tokens.Length && tokens[t].End - start <= 4; t++)
        {
            var end = tokens[t].End;
            if (text[end - 1] != '村' || end - start < 2) continue;
            var stem = text.AsSpan(start, end - 1 - start);
            if (!TownshipListRecognizer.IsIdeographs(text, start, stem.Length) || common.IsCommon(stem)) return null;
            return end;
        }
        return null;
    }
}
