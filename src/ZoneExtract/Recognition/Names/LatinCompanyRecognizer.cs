namespace ZoneExtract.Recognition.Names;

/// <summary>
/// COMPANY by a Latin legal form (Limited, Ltd., Inc., Corporation, GmbH, AG: Names/Data/latin-legal-forms.tsv): the registered
/// name of a foreign or Hong Kong firm, written in Latin letters inside Chinese text (全资子公司Harvatck(HongKong)Limited,
/// 与Achievo Corporation合并). The name runs back from the form over Latin words, digits, spaces, brackets and the
/// punctuation of firm names (&amp;, -, ., ',' of "Co., Ltd.") to the Chinese text or other punctuation before it.
/// jieba cuts such a name into many words, and the name model takes only one of them.
/// </summary>
internal sealed class LatinCompanyRecognizer(NameResources names) : IEntityRecognizer
{
    /// <summary>The longest Latin name before its form, in characters; beyond it the Latin text is a sentence, not a name.</summary>
    private const int MaxNameLength = 60;

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
            var formEnd = FormEnd(text, at, wordEnd);
            if (formEnd < 0) continue;
            var start = NameStart(text, at);
            if (start >= 0) candidates.Add(new CompanyEntity(start, formEnd - start, document.Slice(start, formEnd - start)));
            at = wordEnd - 1;
        }
    }

    /// <summary>The end of the legal form whose letters run from <paramref name="start"/> to <paramref name="end"/> (with its full stop), or -1.</summary>
    private int FormEnd(string text, int start, int end)
    {
        var forms = names.Lexicons.LatinLegalForms;
        if (end < text.Length && char.IsAsciiDigit(text[end])) return -1; // a model number (AG600), not a form
        if (end < text.Length && text[end] == '.' && forms.Contains(text[start..(end + 1)])) return end + 1;
        return forms.Contains(text[start..end]) ? end : -1;
    }

    /// <summary>
    /// Where the Latin name before the form at <paramref name="formStart"/> begins: at its first letter or digit after the walk
    /// back over Latin name characters, past a bracket that no other one in the name matches. -1 when no letter
    /// stands before the form.
    /// </summary>
    private static int NameStart(string text, int formStart)
    {
        var start = formStart;
        while (start > 0 && formStart - start < MaxNameLength && IsNameCharacter(text[start - 1])) start--;
        start = AtLetterOrDigit(text, start, formStart);
        var depth = 0;
        for (var at = formStart - 1; at >= start; at--)
        {
            if (text[at] == ')') depth++;
            else if (text[at] == '(' && --depth < 0) { start = at + 1; break; }
        }
        depth = 0;
        for (var at = start; at < formStart; at++)
        {
            if (text[at] == '(') depth++;
            else if (text[at] == ')' && --depth < 0) { start = at + 1; depth = 0; }
        }
        start = AtLetterOrDigit(text, start, formStart);
        for (var at = start; at < formStart; at++) if (char.IsAsciiLetter(text[at])) return start;
        return -1;
    }

    private static int AtLetterOrDigit(string text, int start, int end)
    {
        while (start < end && !char.IsAsciiLetterOrDigit(text[start])) start++;
        return start;
    }

    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is ' ' or '&' or '-' or '.' or ',' or '\'' or '(' or ')';
}
