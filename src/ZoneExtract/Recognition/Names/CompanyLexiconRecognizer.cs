namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY for names the public company lists know (<see cref="CompanyLexicon"/>): the longest listed form that starts
/// and ends on word boundaries (宁德时代, 紫金矿业, 西门子).
/// <list type="bullet">
/// <item>A form right after name-like words (联创 in 北辰联创) is the tail of another name; a form followed directly by a
/// company head (天风 in 天风期货, 美的 in 美的集团) is left to the suffix recogniser,
/// which takes the whole name.</item>
/// <item>A form that is also a common word needs a following word that shows a business (苹果股价, 长城旗下): 苹果 the
/// fruit and 长城 the wall stay what they are.</item>
/// <item>A short form derived by rule (紫金 of 紫金矿业) counts only in a document that also names the firm by a listed
/// name: alone it is too often another firm or a word.</item>
/// </list>
/// </summary>
internal sealed class CompanyLexiconRecognizer(CompanyLexicon lexicon, NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanyLexicon;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var found = new List<(int Start, int Length, CompanyLexicon.Form Form)>();
        var coveredUntil = 0;
        foreach (var token in document.Tokens)
        {
            if (token.Start < coveredUntil || !TryMatch(document, token.Start, out var length, out var form)) continue;
            if (names.Prefix.FindStart(document, document.Words, token.Start) >= 0) continue; // 北辰|联创: the tail of another name
            found.Add((token.Start, length, form));
            coveredUntil = token.Start + length;
        }
        var namedInFull = found.Where(f => !f.Form.Derived).Select(f => f.Form.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (start, length, form) in found)
        {
            if (form.Derived && !namedInFull.Contains(form.Name)) continue;
            candidates.Add(new CompanyEntity(start, length, document.Slice(start, length)));
        }
    }

    /// <summary>The longest acceptable form starting at <paramref name="start"/>.</summary>
    private bool TryMatch(Document document, int start, out int length, out CompanyLexicon.Form form)
    {
        var text = document.Text;
        for (length = Math.Min(lexicon.Forms.MaxLength, text.Length - start); length >= 2; length--)
        {
            var end = start + length;
            if (end < text.Length && !document.Words.IsBoundary(end)) continue;
            if (!lexicon.Forms.TryGet(text.AsSpan(start, length), out form)) continue;
            if (names.Lexicons.CompanySuffixes.TryLongestStartingAt(text, end, out _, out _)) return false; // 天风|期货: a longer name
            if (form.Ambiguous && !lexicon.IsCompanyContext(text, end)) continue;
            return true;
        }
        form = default;
        return false;
    }
}
