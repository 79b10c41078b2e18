namespace ZoneExtract.Recognition.Names;

/// <summary>
/// ORG for the news outlet named right before 记者 (《证券日报》记者, 财联社记者, 有业内人士对21世纪经济报道记者表示): the
/// characters back to the clause start or to an introducing or function word (据, 对, 接受, 有) are the outlet's name when they are not common
/// vocabulary, a generic word (本报), a count (一名), a place, or a short surname-led name (the reporter's own).
/// </summary>
internal sealed class ReporterOutletRecognizer(NameResources names, MediaCues cues) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Organization;

    public int Precedence => RecognizerPrecedence.OrganizationLexicon;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        foreach (var (at, _) in OutletName.Occurrences(text, cues.Reporter))
        {
            if (at == 0) continue; // nothing before it to name an outlet, but later mentions still count
            var end = text[at - 1] == '》' ? at - 1 : at;
            var start = end;
            while (start > 0 && end - start < OutletName.MaxLength && OutletName.IsNameCharacter(text[start - 1])) start--;
            // jieba may glue an introducing word to the name (对财|联社): the name starts after the last one
            for (var i = end - 1; i >= start; i--)
            {
                if (!IntroducerEndsAt(text, start, i + 1)) continue;
                start = i + 1;
                break;
            }
            if (!OutletName.IsPlausible(names, text.AsSpan(start, end - start))) continue;
            candidates.Add(new OrganizationEntity(start, end - start, document.Slice(start, end - start)));
        }
    }

    /// <summary>True when an introducing or function word (据, 对, 接受, 有, 在) ends at <paramref name="end"/>.</summary>
    private bool IntroducerEndsAt(string text, int start, int end) =>
        cues.Introducers.Any(word => end - start >= word.Length && text.AsSpan(end - word.Length, word.Length).SequenceEqual(word));

}
