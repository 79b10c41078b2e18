namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY by a risk-warning prefix before a short name (*ST圣亚, ST红太阳, S*ST …: <see cref="CompanyRiskWarningName"/>).
/// The name model reads the Latin prefix apart from the name or leaves it out, and the name after it is often common
/// vocabulary (全新, 西域) that no other rule takes. Right after a proper noun or a transliterated name, ST is a model's
/// trim (福克斯ST, the Focus ST), not a prefix.
/// </summary>
internal sealed class CompanyRiskWarningRecognizer(NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanySuffix;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        for (var st = text.IndexOf("ST", StringComparison.Ordinal); st >= 0; st = text.IndexOf("ST", st + 2, StringComparison.Ordinal))
        {
            var end = CompanyRiskWarningName.End(text, document.Words, st, out var start);
            if (end > 0 && !AfterProperName(document, start)) candidates.Add(new CompanyEntity(start, end - start, document.Slice(start, end - start)));
        }
    }

    /// <summary>True when a proper noun or a transliterated name (福克斯) ends right before the prefix.</summary>
    private bool AfterProperName(Document document, int start)
    {
        if (start == 0) return false;
        var wordStart = document.Words.StartOfWordEndingAt(start);
        if (wordStart < 0 || !Text.CharClass.IsIdeograph(document.Text[start - 1])) return false;
        var word = document.Text.AsSpan(wordStart, start - wordStart);
        return names.Common.IsProperNoun(word) || names.Lexicons.IsTransliteration(word);
    }
}
