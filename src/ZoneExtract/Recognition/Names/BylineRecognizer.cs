using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// PERSON in a news byline or signature, where no title stands before the name: after a byline marker
/// (► 张三, 文/张三, 作者：张三, 责任编辑：张三) and, at the end of a line, a name set off by a space after the
/// last sentence (……取得胜利。 张三), the author's signature. The name is a common surname and one or two more
/// ideographs (two or three after a compound surname: 欧阳明, 欧阳明远), standing alone up to a space or the
/// line end, and not an ordinary dictionary word.
/// </summary>
internal sealed class BylineRecognizer(NameResources names) : IEntityRecognizer
{
    /// <summary>Marks that introduce the author in Chinese newspaper layout (after width folding).</summary>
    private static readonly string[] Markers = ["►", "▶", "文/", "文|", "作者:", "撰文:", "编辑:", "责编:"]; // 编辑: also ends 责任编辑:

    private const string SentenceEnds = "。!?\"”";

    public EntityLabel Labels => EntityLabel.Person;

    public int Precedence => RecognizerPrecedence.PersonTitle;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        foreach (var marker in Markers)
        {
            for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
            {
                var start = at + marker.Length;
                while (start < text.Length && text[start] is ' ' or '\t' or '\u3000') start++;
                AddIfName(document, start, candidates);
            }
        }
        for (var lineEnd = text.IndexOf('\n'); ; lineEnd = text.IndexOf('\n', lineEnd + 1))
        {
            AddSignature(document, lineEnd < 0 ? text.Length : lineEnd, candidates);
            if (lineEnd < 0) break;
        }
    }

    /// <summary>The last word of a line, when a space separates it from a sentence's end (……胜利。 张三).</summary>
    private void AddSignature(Document document, int lineEnd, List<Entity> candidates)
    {
        var text = document.Text;
        var end = lineEnd;
        while (end > 0 && char.IsWhiteSpace(text[end - 1]) && !CharClass.IsLineBreak(text[end - 1])) end--;
        var start = end;
        while (start > 0 && CharClass.IsIdeograph(text[start - 1])) start--;
        var gap = start;
        while (gap > 0 && text[gap - 1] is ' ' or '\t' or '\u3000') gap--;
        if (gap == start || gap == 0 || !SentenceEnds.Contains(text[gap - 1])) return;
        AddIfName(document, start, candidates);
    }

    /// <summary>Adds the ideographs from <paramref name="start"/> as a PERSON when they end at a space or line end and are name-shaped.</summary>
    private void AddIfName(Document document, int start, List<Entity> candidates)
    {
        var text = document.Text;
        var end = start;
        while (end < text.Length && CharClass.IsIdeograph(text[end])) end++;
        if (end < text.Length && !char.IsWhiteSpace(text[end])) return; // 文/图: the run must stand alone
        if (!IsName(text.AsSpan(start, end - start))) return;
        candidates.Add(new PersonEntity(start, end - start, document.Slice(start, end - start)));
    }

    private bool IsName(ReadOnlySpan<char> name)
    {
        var surname = names.Lexicons.SurnameLength(name);
        if (surname == 0 || name.Length - surname is < 1 or > 2) return false;
        return !names.Common.IsCommon(name); // 张家口 is a place
    }
}
