using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// PERSON as the speaker at the start of a clause: a surname-led name right before a verb of saying (Data/speech-verbs.tsv:
/// 刘利嘉表示, 邹大可说, “……”何念文说). The clause must start right before the name (a line, a sentence or a quotation
/// ends there), so that 公司表示 or 他认为 give nothing.
/// </summary>
internal sealed class PersonSpeechRecognizer(NameResources names, SpanTable<bool> speechVerbs) : IEntityRecognizer
{
    // document.Text is width-folded: full-width ！？；：，（） arrive as their ASCII forms
    private const string ClauseEnds = "。、“”\"()!?;:,\n ";

    // asked before every character of a text: one array read instead of a search of ClauseEnds and a Unicode look-up
    private readonly CharBits _clauseEnds = CharBits.Where(c => ClauseEnds.Contains(c) || char.IsWhiteSpace(c));

    private readonly PersonNameShape _shape = new(names);

    public EntityLabel Labels => EntityLabel.Person;

    public int Precedence => RecognizerPrecedence.PersonTitle;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        for (var start = 0; start + 3 <= text.Length; start++)
        {
            if (start > 0 && !_clauseEnds.Contains(text[start - 1])) continue;
            for (var length = 3; length >= 2; length--)
            {
                // jieba may glue the verb to the name's last character (何念|文说): the verb is read off the characters
                var verbStart = start + length;
                if (!speechVerbs.TryLongestStartingAt(text, verbStart, out var verbLength, out _)) continue;
                if (verbStart + verbLength < text.Length && !document.Words.IsBoundary(verbStart + verbLength)) continue; // 说明 is no 说
                if (!_shape.Fits(text.AsSpan(start, length))) continue;
                candidates.Add(new PersonEntity(start, length, document.Slice(start, length)));
                break;
            }
        }
    }
}
