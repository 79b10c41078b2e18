using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// ORG for the news outlet named right before 记者 (《证券日报》记者, 财联社记者, 有业内人士对21世纪经济报道记者表示): the
/// characters back to the clause start or to an introducing or function word (据, 对, 接受, 有) are the outlet's name when they are not common
/// vocabulary, a generic word (本报), a count (一名), a place, or a short surname-led name (the reporter's own). 记者 inside
/// 记者会 or 记者协会 names an event or a body, not a reporter.
/// </summary>
internal sealed class ReporterOutletRecognizer(NameResources names, MediaCues cues) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Organization;

    public int Precedence => RecognizerPrecedence.OrganizationLexicon;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        foreach (var (at, word) in OutletName.Occurrences(text, cues.Reporter))
        {
            if (at == 0) continue; // nothing before it to name an outlet, but later mentions still count
            if (WordLists.StartsWithAny(text.AsSpan(at + word.Length), CompoundEnds)) continue; // 举行记者招待会: an event, no byline
            var end = text[at - 1] == '》' ? at - 1 : BeforeWebAddress(text, at);
            var start = end;
            while (start > 0 && end - start < OutletName.MaxLength && OutletName.IsNameCharacter(text[start - 1])) start--;
            // jieba may glue an introducing word to the name (对财|联社): the name starts after the last one
            for (var i = end - 1; i >= start; i--)
            {
                if (!IntroducerEndsAt(text, start, i + 1)) continue;
                start = i + 1;
                break;
            }
            end = BeforeQualifiers(text, start, end);
            if (!OutletName.IsPlausible(names, text.AsSpan(start, end - start))) continue;
            candidates.Add(new OrganizationEntity(start, end - start, document.Slice(start, end - start)));
        }
    }

    /// <summary>
    /// Where the outlet's name ends before the reporter's qualifiers (理财周报|实习|记者, 环球时报|特约|记者, 南方日报|驻京|记者):
    /// qualifiers are taken off its end, 驻 with the place after it (up to <see cref="MaxStation"/> characters: 经济日报|驻日内瓦|记者); a name that holds 记者 or 通讯员 is a byline, none (-1 → start).
    /// </summary>
    private int BeforeQualifiers(string text, int start, int end)
    {
        var name = text.AsSpan(start, end - start);
        if (name.IndexOf("记者") >= 0 || name.IndexOf("通讯员") >= 0) return start;
        for (var cut = true; cut;)
        {
            cut = false;
            foreach (var qualifier in cues.ReporterQualifiers)
            {
                if (end <= start) return start;
                // a one-character qualifier (驻) takes the place after it along (驻京, 驻沪), a foreign city too (驻日内瓦, 驻布鲁塞尔)
                var at = qualifier.Length == 1 ? text.LastIndexOf(qualifier[0], end - 1, Math.Min(end - start, MaxStation + 1)) : -1;
                if (at >= 0) (end, cut) = (at, true);
                else if (qualifier.Length > 1 && text.AsSpan(start, end - start).EndsWith(qualifier, StringComparison.Ordinal)) (end, cut) = (end - qualifier.Length, true);
            }
        }
        return end;
    }

    /// <summary>
    /// Where the outlet's name ends when its web address stands in brackets between it and 记者 (华夏时报（www.chinatimes.net.cn）记者,
    /// 澎湃新闻（www.thepaper.cn）): at the opening bracket; else at <paramref name="end"/>.
    /// </summary>
    private static int BeforeWebAddress(string text, int end)
    {
        if (text[end - 1] is not ('）' or ')')) return end;
        var open = text.LastIndexOfAny(['（', '('], end - 1, Math.Min(end, MaxWebAddress + 2));
        if (open < 1) return end;
        var inside = text.AsSpan(open + 1, end - 2 - open);
        return inside.StartsWith("www.", StringComparison.OrdinalIgnoreCase) || inside.StartsWith("http", StringComparison.OrdinalIgnoreCase) ? open : end;
    }

    /// <summary>
    /// Endings that make 记者 the first part of a noun for a press event or a body (记者会, 记者招待会, 记者见面会, 记者协会,
    /// 记者节): the words before it are whoever holds the event, not an outlet whose reporter writes.
    /// </summary>
    private static readonly string[] CompoundEnds = ["会", "招待会", "见面会", "协会", "节"];

    /// <summary>
    /// The longest place after 驻 between an outlet and 记者, in characters: a foreign correspondent's city (驻布鲁塞尔) as well as
    /// a Chinese city's one-character short form (驻京).
    /// </summary>
    private const int MaxStation = 5;

    /// <summary>The longest web address looked for between an outlet and 记者, in characters.</summary>
    private const int MaxWebAddress = 40;

    /// <summary>True when an introducing or function word (据, 对, 接受, 有, 在) ends at <paramref name="end"/>.</summary>
    private bool IntroducerEndsAt(string text, int start, int end) =>
        WordLists.EndsWithAny(text.AsSpan(start, end - start), cues.Introducers);

}
