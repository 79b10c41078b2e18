namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY by a Latin legal form (Limited, Ltd., Inc., Corporation, GmbH, AG: Names/Data/latin-legal-forms.tsv): the registered
/// name of a foreign or Hong Kong firm, written in Latin letters inside Chinese text (全资子公司Harvatck(HongKong)Limited,
/// 与Achievo Corporation合并). The name runs back from the form over Latin words, digits, spaces, brackets and the
/// punctuation of firm names (<see cref="LatinCompanyName"/>). jieba cuts such a name into many words, and the name model
/// takes only one of them.
/// </summary>
internal sealed class LatinCompanyRecognizer(NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Company;

    public int Precedence => RecognizerPrecedence.CompanySuffix;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        for (var at = 0; at < text.Length; at++)
        {
            if (!char.IsAsciiLetter(text[at]) || (at > 0 && char.IsAsciiLetter(text[at - 1]))) continue;
            var wordEnd = at;
            while (wordEnd < text.Length && char.IsAsciiLetter(text[wordEnd])) wordEnd++;
            var formEnd = LatinCompanyName.FormEnd(text, at, wordEnd, names.Lexicons.LatinLegalForms);
            if (formEnd < 0) continue;
            var start = LatinCompanyName.NameStart(text, at);
            if (start >= 0) candidates.Add(new CompanyEntity(start, formEnd - start, document.Slice(start, formEnd - start)));
            at = wordEnd - 1;
        }
    }
}
