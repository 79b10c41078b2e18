using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;
using ZoneExtract.Text;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// PERSON right after a title (董事长刘双翼 style: 职务 + 姓名): a common surname (embedded list) and one or
/// two more characters, taken word by word up to three characters (刘|双翼, 许|猛子, 李争|粉), stopping before
/// a frequent word of two or more characters (谈到, 表示); and the names listed with 、 right after it
/// (县领导李洪波、常利民、杜宏亮), each of a person's shape (<see cref="PersonNameShape"/>).
/// </summary>
internal sealed class PersonTitleRecognizer(NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Person;

    public int Precedence => RecognizerPrecedence.PersonTitle;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        for (var k = 0; k + 1 < tokens.Count; k++)
        {
            if (!EndsWithTitle(document.Original, tokens, k)) continue;
            var next = k + 1;
            var end = NameEnd(text, tokens, next);
            if (end < 0) continue;
            candidates.Add(new PersonEntity(tokens[next].Start, end - tokens[next].Start, document.Slice(tokens[next].Start, end - tokens[next].Start)));
            // 县领导李洪波、常利民、杜宏亮见证签约: the officials listed after the title share it
            while (end < text.Length && text[end] == ListSeparator && TokenStartingAt(tokens, end + 1, next) is var item and >= 0
                   && NameEnd(text, tokens, item) is var itemEnd and >= 0 && _shape.Fits(text.AsSpan(tokens[item].Start, itemEnd - tokens[item].Start)))
            {
                candidates.Add(new PersonEntity(tokens[item].Start, itemEnd - tokens[item].Start, document.Slice(tokens[item].Start, itemEnd - tokens[item].Start)));
                (next, end) = (item, itemEnd);
            }
        }
    }

    /// <summary>
    /// A title token, or a title that jieba cut after its one-character level (县|领导, 市|领导: the county's or city's
    /// leaders, where 领导 alone is also the verb to lead and the word for management). The two words are read from the
    /// caller's text, whose slices the words' texts are, not joined into a new string per word.
    /// </summary>
    private bool EndsWithTitle(string original, TokenList tokens, int k) =>
        names.Lexicons.EndsWithTitle(tokens[k].Text)
        || k > 0 && tokens[k - 1].Length == 1 && tokens[k - 1].End == tokens[k].Start && names.Lexicons.EndsWithTitle(original, tokens[k - 1].Start, tokens[k].End);

    private const char ListSeparator = '、';

    private readonly PersonNameShape _shape = new(names);

    /// <summary>
    /// Where the surname-led name of two or three characters that starts with token <paramref name="first"/> ends, taken word
    /// by word up to three characters (刘|双翼, 许|猛子, 李争|粉) and stopping before a frequent word of two or more characters
    /// (谈到, 表示); -1 when no name starts there.
    /// </summary>
    private int NameEnd(string text, TokenList tokens, int first)
    {
        if (!names.Lexicons.StartsWithSurname(text.AsSpan(tokens[first].Start))) return -1;
        var start = tokens[first].Start;
        var end = start;
        for (var t = first; t < tokens.Count && t <= first + 2; t++)
        {
            var token = tokens[t];
            if (token.Start != end || !IsIdeographs(token.Text)) break;
            if (token.End - start > 3)
            {
                // 书记杨懿|文说: jieba glued the given name's last character to the verb of saying after it
                if (end - start == 2 && IsGivenNameEndBeforeClause(token.Text)) end++;
                break;
            }
            if (end - start >= 2 && token.Length >= 2 && names.Common.IsCommon(token.Text)) break;
            end = token.End;
        }
        // 主任薛良率临港新城管委会, 会长彭澎对第一财经分析: jieba glues a verb or preposition to the name before its object
        if (end - start == 3 && LeadingVerbs.Contains(text[end - 1]) && end < text.Length && CharClass.IsIdeograph(text[end])) end--;
        // 局长张兴说。 会长彭澎在接受采访时: a verb of saying, or a preposition or the passive before the rest of the clause
        else if (end - start == 3 && ClauseCharacters.Contains(text[end - 1])) end--;
        // 记者查询: a title followed by an ordinary word that starts with a surname character (查)
        return end - start is >= 2 and <= 3 && !names.Common.IsCommon(text.AsSpan(start, end - start)) ? end : -1;
    }

    /// <summary>The index of the token that starts at <paramref name="position"/>, searched from <paramref name="from"/>; -1 if none.</summary>
    private static int TokenStartingAt(TokenList tokens, int position, int from)
    {
        for (var t = from; t < tokens.Count && tokens[t].Start <= position; t++)
            if (tokens[t].Start == position) return t;
        return -1;
    }

    /// <summary>
    /// One-character verbs and prepositions that follow a speaker's name before their object (率团, 带队, 对记者说, 致辞, 致欢迎词),
    /// never the end of a given name in news.
    /// </summary>
    private const string LeadingVerbs = "率带对致";

    /// <summary>
    /// One-character verbs of saying (说, 称), prepositions (在, 向, 从, 把, 将), the passive 被 and the possessive 的 that open
    /// the clause after a name (局长张兴说, 会长彭澎在接受采访时, 局长王某被免职, 副市长莫桦的陪同下); jieba leaves them to a
    /// two-character name.
    /// </summary>
    private const string ClauseCharacters = "说称在向从把将被的";

    /// <summary>
    /// A two-character word that is no common word and ends in a clause character (文说 of 杨懿|文说): the third character of
    /// the name and the verb after it.
    /// </summary>
    private bool IsGivenNameEndBeforeClause(string word) =>
        word.Length == 2 && CharClass.IsIdeograph(word[0]) && ClauseCharacters.Contains(word[1]) && !names.Common.IsCommon(word);

    private static bool IsIdeographs(string word)
    {
        foreach (var c in word) if (!CharClass.IsIdeograph(c)) return false;
        return word.Length > 0;
    }
}
