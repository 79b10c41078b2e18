using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Names that a public list knows (<see cref="NameLexicon"/>: 宁德时代, 紫金矿业, 西门子; 工信部, 清华大学, 人民网): the
/// longest listed form that starts and ends on word boundaries.
/// <list type="bullet">
/// <item>A form right after name-like words (联创 in 北辰联创) is the tail of another name; a form followed directly by a
/// head of its kind (天风 in 天风期货, 国家统计局 in 国家统计局苏州调查队) is left to the suffix recogniser, which takes
/// the whole name.</item>
/// <item>An ambiguous form needs a following word that shows what it is (苹果股价, 长城旗下): 苹果 the fruit and 长城 the
/// wall stay what they are.</item>
/// <item>A form that is also a place (连云港 the port operator and the city) is ambiguous too, when a place list is given.</item>
/// <item>A short form derived by rule (紫金 of 紫金矿业) counts only in a document that also uses a listed form of the
/// same name: alone it is too often another body or a word.</item>
/// </list>
/// </summary>
/// <param name="lexicon">The list.</param>
/// <param name="label">The label of what it lists.</param>
/// <param name="precedence">Its precedence, from <see cref="RecognizerPrecedence"/>.</param>
/// <param name="heads">Heads that make a longer name of the same kind (company suffixes, organisation suffixes).</param>
/// <param name="isContext">True when the text from a position on shows that an ambiguous form names the body.</param>
/// <param name="prefix">Tells whether name-like words stand before a form.</param>
/// <param name="create">Makes the entity of a span (start, length, original text).</param>
/// <param name="places">Places whose names, when listed, need the same context as an ambiguous form; null for none.</param>
internal sealed class ListedNameRecognizer(
    NameLexicon lexicon, EntityLabel label, int precedence, SpanTable<bool> heads, Func<string, int, bool> isContext,
    NamePrefix prefix, Func<int, int, string, Entity> create, SpanTable<bool>? places = null) : IEntityRecognizer
{
    public EntityLabel Labels => label;

    public int Precedence => precedence;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var found = new List<(int Start, int Length, NameLexicon.Form Form)>();
        var tokens = document.Tokens;
        var coveredUntil = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var start = tokens[k].Start;
            if (start < coveredUntil || !lexicon.Starts.MayStartAt(document.Text, start)) continue;
            if (!TryMatch(document, k, out var length, out var form)) continue;
            if (prefix.FindStart(document, document.Words, start) >= 0) continue; // 北辰|联创: the tail of another name
            found.Add((start, length, form));
            coveredUntil = start + length;
        }
        var namedInFull = found.Where(f => !f.Form.Derived).Select(f => f.Form.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var (start, length, form) in found)
        {
            if (form.Derived && !namedInFull.Contains(form.Name)) continue;
            candidates.Add(create(start, length, document.Slice(start, length)));
        }
    }

    /// <summary>The longest acceptable form that starts with token <paramref name="first"/> and ends where a token ends.</summary>
    private bool TryMatch(Document document, int first, out int length, out NameLexicon.Form form)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var start = tokens[first].Start;
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End - start <= lexicon.Forms.MaxLength) last++;
        for (var t = last; t >= first; t--)
        {
            var end = tokens[t].End;
            if (!lexicon.Forms.TryGet(text.AsSpan(start, end - start), out form)) continue;
            if (heads.TryLongestStartingAt(text, end, out _, out _)) break; // 天风|期货: a longer name
            if ((form.Ambiguous || places is not null && places.Contains(text.AsSpan(start, end - start))) && !isContext(text, end)) continue;
            length = end - start;
            return true;
        }
        (length, form) = (0, default);
        return false;
    }
}
