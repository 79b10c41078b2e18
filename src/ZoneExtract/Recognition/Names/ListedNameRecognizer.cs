using System.Numerics;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Names that a public list knows (<see cref="NameLexicon"/>: 宁德时代, 紫金矿业, 西门子; 工信部, 清华大学, 人民网): the
/// longest listed form that starts and ends on word boundaries.
/// <list type="bullet">
/// <item>A form right after name-like words (联创 in 北辰联创) is the tail of another name; a form followed directly by a
/// head of its kind (天风 in 天风期货, 国家统计局 in 国家统计局苏州调查队) is left to the suffix recogniser, which takes
/// the whole name.</item>
/// <item>An ambiguous form needs evidence of what it is: a following word that shows it (苹果股价, 长城旗下), the same body
/// named with such evidence, or by another of its forms, elsewhere in the document (联想集团 … 联想推出), or another listed
/// name beside it in a coordination (三星、苹果; 百度、新东方、联想), or a head of its kind that closes it (联想控股).
/// 苹果 the fruit and 长城 the wall stay what they are.</item>
/// <item>A full form of three or more characters that is only common vocabulary (前沿生物, 和元生物) also counts right after a
/// word for firms that introduces it (科创板公司|前沿生物, 同行公司|珀莱雅, 车企|比亚迪): the apposition says what it names.</item>
/// <item>A form that is also a place (连云港 the port operator and the city) is ambiguous too, when a place list is given.</item>
/// <item>A short form derived by rule (紫金 of 紫金矿业) counts only in a document that also uses a listed form of the
/// same name, or that names it once beside another listed name in a coordination (网易、携程): alone it is too often
/// another body or a word.</item>
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
/// <param name="headsLongerName">True when a mention (text, start, end, end of the next word) is the head of a longer
/// name and is left to other recognisers; null for never.</param>
/// <param name="unitEnd">Where a mention (text, start, end, end of the next word, end of the word after it) ends once the
/// name of a unit of the body that follows it is taken in (雅培|中国: the firm's China unit); null for never.</param>
/// <param name="introducers">Words for bodies of the kind (公司, 企业, 车企) that, right before an ambiguous full form of three
/// or more characters, show what it names; null for none.</param>
/// <param name="countries">Foreign countries, which may stand right before a listed form without making it the tail of
/// another name (英国|阿斯利康); null for none.</param>
internal sealed class ListedNameRecognizer(
    NameLexicon lexicon, EntityLabel label, int precedence, SpanTable<bool> heads, Func<string, int, bool> isContext,
    NamePrefix prefix, Func<int, int, string, Entity> create, SpanTable<bool>? places = null,
    Func<string, int, int, int, bool>? headsLongerName = null, Func<string, int, int, int, int, int>? unitEnd = null,
    SpanTable<bool>? introducers = null, SpanTable<bool>? countries = null) : IEntityRecognizer
{
    public EntityLabel Labels => label;

    /// <summary>The fewest characters of a word that holds a country and a form: most words are shorter, and skip the country look-up.</summary>
    private readonly int _minCountryAndForm = countries is null ? int.MaxValue : countries.MinLength + MinGluedFormLength;

    public int Precedence => precedence;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var found = new List<(int Start, int Length, NameLexicon.Form Form)>();
        var pending = new List<(int Start, int Length, NameLexicon.Form Form)>();
        var tokens = document.Tokens;
        var coveredUntil = 0;
        for (var k = 0; k < tokens.Count; k++)
        {
            var start = tokens[k].Start;
            if (start >= coveredUntil && tokens[k].Length >= _minCountryAndForm && TryAfterCountryInWord(document.Text, tokens[k], out var formStart, out var gluedForm))
            {
                var formLength = tokens[k].End - formStart;
                var evidence = !gluedForm.Ambiguous || isContext(document.Text, tokens[k].End);
                (evidence ? found : pending).Add((formStart, formLength, gluedForm));
                coveredUntil = tokens[k].End;
                continue;
            }
            if (start < coveredUntil || !lexicon.Starts.MayStartAt(document.Text, start)) continue;
            Match(document, k, out var withEvidence, out var withoutEvidence);
            var matched = withEvidence.Length > 0;
            int length;
            NameLexicon.Form form;
            if (matched) (length, form) = withEvidence;
            else if (TryGluedToHead(document.Text, tokens[k], out length, out form)) matched = true;
            else if (withoutEvidence.Length > 0) (length, form) = withoutEvidence;
            else continue;
            if (IsTailOfName(document, start)) continue;
            if (NamesModel(document.Text, start + length)) continue;
            if (InterbankWord.EndsInside(document.Text, start + length)) continue; // 上海银行|间同业拆放利率
            var nextEnd = NextWordEnd(tokens, k, start + length);
            if (headsLongerName is not null && headsLongerName(document.Text, start, start + length, nextEnd)) continue;
            if (unitEnd is not null && nextEnd > 0) length = unitEnd(document.Text, start, start + length, nextEnd, NextWordEnd(tokens, k, nextEnd)) - start;
            (matched ? found : pending).Add((start, length, form));
            coveredUntil = start + length;
        }
        AddSupported(document.Text, found, pending);
        var namedInFull = found.Where(f => !f.Form.Derived).Select(f => f.Form.Name).ToHashSet(StringComparer.Ordinal);
        namedInFull.UnionWith(CoordinatedWithFullForms(document.Text, found));
        foreach (var (start, length, form) in found)
        {
            if (form.Derived && !namedInFull.Contains(form.Name)) continue;
            candidates.Add(create(start, length, document.Slice(start, length)));
        }
    }

    /// <summary>
    /// Name-like words right before the form make it the tail of another name (北辰|联创), unless they close a date
    /// (5月13|日|中国人民银行), are only ordinary vocabulary that belongs to the sentence (最终|诺基亚, 同期|斗鱼), or are only a
    /// foreign country, which says where the firm is from (英国|阿斯利康, 德国|采埃孚).
    /// </summary>
    private bool IsTailOfName(Document document, int start)
    {
        var nameStart = prefix.FindStart(document, document.Words, start);
        return nameStart >= 0 && !(nameStart > 0 && start - nameStart == 1 && char.IsDigit(document.Text[nameStart - 1])
            && DateUnits.Contains(document.Text[nameStart]))
            && !prefix.IsOrdinaryWords(document.Text, document.Words, nameStart, start)
            && !(countries is not null && countries.TryGet(document.Text.AsSpan(nameStart, start - nameStart), out _));
    }

    private const string DateUnits = "年月日号";

    /// <summary>
    /// True when jieba made one word of a foreign country and a listed form (德国西门子 ns 12, 韩国三星 nz 9): the form, from
    /// <paramref name="formStart"/> to the word's end, names the firm, and the country says where it is from, as when the
    /// two are written apart (英国|阿斯利康).
    /// </summary>
    private bool TryAfterCountryInWord(string text, Token token, out int formStart, out NameLexicon.Form form)
    {
        formStart = 0;
        form = default;
        if (countries is null || !countries.TryLongestStartingAt(text, token.Start, out var countryLength, out _)) return false;
        formStart = token.Start + countryLength;
        return token.End - formStart >= MinGluedFormLength && lexicon.Forms.TryGet(text.AsSpan(formStart, token.End - formStart), out form);
    }

    private const int MinGluedFormLength = 2;

    /// <summary>The end of the token that starts at <paramref name="end"/> (searched from token <paramref name="from"/> on), or -1.</summary>
    private static int NextWordEnd(TokenList tokens, int from, int end)
    {
        for (var t = from; t < tokens.Count && tokens[t].Start <= end; t++)
            if (tokens[t].Start == end) return tokens[t].End;
        return -1;
    }

    /// <summary>
    /// An ambiguous form without a context word still names the body when the document names the same body with evidence
    /// elsewhere (one sense per discourse), or when an accepted listed name stands right beside it, joined by 、, 和, 与 or
    /// 及 (a coordination of firms: LG与三星、苹果; 比亚迪、宝马、大众 accepts 宝马, then 大众). Two ambiguous forms side by side
    /// prove nothing (大西洋、太平洋).
    /// </summary>
    private static void AddSupported(string text, List<(int Start, int Length, NameLexicon.Form Form)> found,
        List<(int Start, int Length, NameLexicon.Form Form)> pending)
    {
        var ends = found.Select(f => f.Start + f.Length).ToHashSet();
        var starts = found.Select(f => f.Start).ToHashSet();
        var names = found.Select(f => f.Form.Name).ToHashSet(StringComparer.Ordinal);
        for (var grew = true; grew;)
        {
            grew = false;
            // one pass keeps the mentions still pending in place, in their order (no Remove: linear on a long document)
            var kept = 0;
            for (var i = 0; i < pending.Count; i++)
            {
                var mention = pending[i];
                var (start, end) = (mention.Start, mention.Start + mention.Length);
                var beside = end + 1 < text.Length && IsCoordinator(text[end]) && starts.Contains(end + 1)
                    || start > 1 && IsCoordinator(text[start - 1]) && ends.Contains(start - 1);
                if (!beside && !names.Contains(mention.Form.Name))
                {
                    pending[kept++] = mention;
                    continue;
                }
                found.Add(mention);
                starts.Add(start);
                ends.Add(end);
                grew = true;
            }
            pending.RemoveRange(kept, pending.Count - kept);
        }
    }

    /// <summary>
    /// The names of short forms derived by rule that stand in a coordination right beside a listed form that is no such short
    /// form (网易、携程; 理想汽车、携程; 网易及携程): the list of firms says what the short form names, as its full name elsewhere
    /// in the text would, so its other mentions count too.
    /// </summary>
    private static IEnumerable<string> CoordinatedWithFullForms(string text, List<(int Start, int Length, NameLexicon.Form Form)> found)
    {
        var fullStarts = found.Where(f => !f.Form.Derived).Select(f => f.Start).ToHashSet();
        var fullEnds = found.Where(f => !f.Form.Derived).Select(f => f.Start + f.Length).ToHashSet();
        foreach (var (start, length, form) in found)
        {
            var end = start + length;
            if (form.Derived && (end + 1 < text.Length && IsCoordinator(text[end]) && fullStarts.Contains(end + 1)
                || start > 1 && IsCoordinator(text[start - 1]) && fullEnds.Contains(start - 1)))
                yield return form.Name;
        }
    }

    /// <summary>
    /// True when a word for bodies of the kind ends right before a listed full form of three or more characters (科创板公司|前沿生物):
    /// the apposition names it. A short or derived form is left alone, as a word for firms before it is as often the sentence's
    /// (公司|发展).
    /// </summary>
    private bool IsIntroduced(string text, int start, int end, NameLexicon.Form form) =>
        introducers is not null && end - start >= 3 && !form.Derived && introducers.TryLongestEndingAt(text, start, 2, out _, out _);

    /// <summary>
    /// A firm's name right before a Latin-letter model (比亚迪G6, 三星i9220, 苹果iPod) names the product, as a brand before a
    /// car model does (奔驰S500L), unless the letters are a business word (华为CEO) or a share class (鞍钢股份A股). Organisations
    /// are left alone (北京大学EMBA).
    /// </summary>
    private bool NamesModel(string text, int end) =>
        label == EntityLabel.Company && IsModelAfter(text, end) && !isContext(text, end);

    /// <summary>A Latin letter right after a name, other than a share class (A股, H股).</summary>
    internal static bool IsModelAfter(string text, int end) =>
        end < text.Length && char.IsAsciiLetter(text[end]) && !(end + 1 < text.Length && text[end + 1] == '股');

    private static bool IsCoordinator(char c) => c is '、' or '和' or '与' or '及';

    /// <summary>
    /// True when a head of its kind closes the listed form after a brand of two or more characters (联想|控股, 美的|集团): the
    /// head shows what the words before it name, as a context word after it would.
    /// </summary>
    private bool ClosedByHead(string text, int start, int end) =>
        heads.TryLongestEndingAt(text, end, 1, out var headStart, out _) && headStart - start >= 2;

    /// <summary>
    /// The end of a listed form of three or more characters that ends inside <paramref name="token"/>, a word that jieba's model
    /// for unknown words made by gluing the form's last characters to the next ones (中信|建投非|银 for 中信建投), or -1. Only a
    /// full form that is no common word counts (not an ambiguous or derived short form), as the word boundary is missing. A
    /// listed body's name may go on with a unit of its own (自然资源部|矿权司): it ends inside a word only before one function
    /// character that closes the word (工业和信息化|部将|对 for 工业和信息化部), and so does a firm's full form of three or more
    /// characters inside a word jieba knows (中国|交|建有 for 中国交建).
    /// </summary>
    private int GluedEnd(string text, int start, in Token token)
    {
        if (token.Length < 2) return -1;
        // a body's name followed by a function word that jieba glued to its head (工业和信息化|部将|对): the word's rest is that word
        var beforeFunctionCharacter = lexicon.Forms.TryGet(text.AsSpan(start, token.End - 1 - start), out var body) && !body.Ambiguous
            && !body.Derived && prefix.IsStopWord(text.AsSpan(token.End - 1, 1));
        if (label != EntityLabel.Company) return beforeFunctionCharacter ? token.End - 1 : -1;
        // so may a firm's full form of three or more characters (中国|交|建有|先进: 中国交建 and 有)
        if (beforeFunctionCharacter && token.End - 1 - start >= 3) return token.End - 1;
        if (!prefix.IsUnknownWord(token.Text)) return -1;
        for (var end = token.End - 1; end > token.Start; end--)
        {
            if (end - start >= 3 && lexicon.Forms.TryGet(text.AsSpan(start, end - start), out var form) && !form.Ambiguous && !form.Derived)
                return end;
        }
        return -1;
    }

    /// <summary>
    /// A listed firm's form that jieba's dictionary glues to a head of its kind in one word (英特尔公司, 微软公司): no form ends on
    /// a word boundary there, yet the head shows the firm, so the whole word is its name. A form that is common vocabulary
    /// (英特尔 and 微软 are words of jieba's) counts only where jieba tags the whole word an organisation's name (英特尔公司 nt),
    /// as its other words of such a form and a head are trades and titles (生物医药 n, 大众软件 l, a magazine); short forms
    /// derived by rule and listed places (连云港) are left out, before a head they are as often another firm or the place's trade.
    /// </summary>
    private bool TryGluedToHead(string text, in Token token, out int length, out NameLexicon.Form form)
    {
        if (label == EntityLabel.Company && token.Length >= 3)
        {
            for (var end = token.End - 1; end - token.Start >= 2; end--)
            {
                if (!heads.Contains(text.AsSpan(end, token.End - end))) continue;
                var name = text.AsSpan(token.Start, end - token.Start);
                if (lexicon.Forms.TryGet(name, out form) && (!form.Ambiguous || prefix.IsOrganizationWord(token.Text)) && !form.Derived && !(places is not null && places.Contains(name)))
                {
                    length = token.Length;
                    return true;
                }
            }
        }
        (length, form) = (0, default);
        return false;
    }

    /// <summary>
    /// The longest acceptable form that starts with token <paramref name="first"/> and ends where a token ends, as (length, form),
    /// or length 0: <paramref name="withEvidence"/> takes an ambiguous form only with evidence after it; <paramref name="withoutEvidence"/>
    /// also without (a listed place still needs a context word). Both come from one walk over the words within reach (the
    /// recogniser asked twice before): what needs no evidence is found at the same word as what has it, or before.
    /// </summary>
    private void Match(Document document, int first, out (int Length, NameLexicon.Form Form) withEvidence,
        out (int Length, NameLexicon.Form Form) withoutEvidence)
    {
        var text = document.Text;
        var tokens = document.Tokens;
        var start = tokens[first].Start;
        withEvidence = withoutEvidence = (0, default);
        // the lengths of the forms that start with this character: no form reaches a word that begins beyond the longest,
        // and most words leave no room for one that ends inside them (this loop runs for every word within reach of every
        // position a form may start at, so both tests are bit tests)
        var lengths = lexicon.Forms.LengthsStartingWith(text[start]);
        // the mask keeps lengths of 63 and more in its top bit: then only the table's own bound is known
        var longest = (lengths >> 63) != 0 ? lexicon.Forms.MaxLength : 63 - BitOperations.LeadingZeroCount(lengths);
        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].End - start <= lexicon.Forms.MaxLength && tokens[last + 1].Start - start < longest) last++;
        for (var t = last; t >= first; t--)
        {
            var token = tokens[t];
            var end = token.End;
            if (!lexicon.Forms.TryGet(text.AsSpan(start, end - start), out var form))
            {
                if (t == first || !SpanTable<NameLexicon.Form>.HasLengthBetween(lengths, token.Start + 1 - start, end - 1 - start)
                    || GluedEnd(text, start, token) is not (var glued and > 0)) continue;
                if (heads.TryLongestStartingAt(text, glued, out _, out _)) return;
                lexicon.Forms.TryGet(text.AsSpan(start, glued - start), out var gluedForm);
                withEvidence = (glued - start, gluedForm);
                if (withoutEvidence.Length == 0) withoutEvidence = withEvidence;
                return;
            }
            if (heads.TryLongestStartingAt(text, end, out _, out _)) return; // 天风|期货: a longer name
            var place = places is not null && places.Contains(text.AsSpan(start, end - start));
            var needsEvidence = place || form.Ambiguous && !ClosedByHead(text, start, end) && !IsIntroduced(text, start, end, form);
            if (needsEvidence && isContext(text, end)) needsEvidence = false;
            if (withoutEvidence.Length == 0 && !(place && needsEvidence)) withoutEvidence = (end - start, form);
            if (needsEvidence) continue;
            withEvidence = (end - start, form);
            return;
        }
    }
}
