using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Lexicon;

/// <summary>
/// Names from public lists (listed companies, government bodies, universities, news outlets) under each form a text
/// may use, every form mapped to the listed name it stands for. A form is ambiguous when its list marks it or when
/// jieba's dictionary has it as a place (中关村); for lists of brands and exchange short names, also when jieba has it as
/// common vocabulary (机器人, 苹果) or it is made only of common words (建设工业). Such a form names the body only where
/// the words around it say so. Official names of bodies (人民网, 国家统计局) are made of ordinary words by design and are
/// not judged by vocabulary. A short form derived by
/// rule (天风 of 天风证券) names it only in a text that also uses a listed form.
/// </summary>
internal sealed class NameLexicon
{
    /// <summary>
    /// One list entry: the listed name, its other forms, whether they were derived by rule, and the forms the list marks
    /// ambiguous; a list that chose each form as naming one body by hand (中移动, 中建材) sets <paramref name="JudgedByVocabulary"/>
    /// false, so only its marks and places make a form ambiguous. A list of foreign firms by their Chinese names sets
    /// <paramref name="NameIsNoPlace"/>: jieba tags some transliterated names as places (阿斯利康), and such a list marks the
    /// forms that are really places itself; its short forms are still judged (关西 of 关西电力 is a region).
    /// </summary>
    public sealed record Entry(string Name, IReadOnlyList<string> OtherForms, bool OtherFormsDerived, IReadOnlySet<string> MarkedAmbiguous,
        bool JudgedByVocabulary = true, bool NameIsNoPlace = false);

    /// <summary>A form of a name: the listed name it stands for, whether it is also a common word, whether it was derived by rule.</summary>
    internal readonly record struct Form(string Name, bool Ambiguous, bool Derived);

    /// <summary>Builds the lexicon; a form claimed by two entries keeps the first.</summary>
    /// <param name="entries">The list.</param>
    /// <param name="common">jieba's word facts.</param>
    /// <param name="cutter">Cuts a form into words, for <paramref name="judgeByVocabulary"/>.</param>
    /// <param name="judgeByVocabulary">True when a form that is common vocabulary, or made only of it, is ambiguous.</param>
    public NameLexicon(IEnumerable<Entry> entries, CommonWords common, WordCutter cutter, bool judgeByVocabulary)
    {
        bool IsAmbiguous(string form, Entry entry) =>
            entry.MarkedAmbiguous.Contains(form) || common.IsPlaceName(form) && !(entry.NameIsNoPlace && form == entry.Name)
            || judgeByVocabulary && entry.JudgedByVocabulary && (common.IsCommonNonProperWord(form) || IsMadeOfCommonWords(form, common, cutter));

        var forms = new Dictionary<string, Form>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Name.Length >= 2) forms.TryAdd(entry.Name, new Form(entry.Name, IsAmbiguous(entry.Name, entry), Derived: false));
            foreach (var form in entry.OtherForms.Where(f => f.Length >= 2))
                forms.TryAdd(form, new Form(entry.Name, IsAmbiguous(form, entry), entry.OtherFormsDerived));
        }
        Forms = new SpanTable<Form>(forms);
        Starts = new KeyStarts(forms.Keys);
    }

    public SpanTable<Form> Forms { get; }

    /// <summary>Where a form may start: one look-up passes over most positions.</summary>
    public KeyStarts Starts { get; }

    private static bool IsMadeOfCommonWords(string form, CommonWords common, WordCutter cutter)
    {
        var words = new List<(int Start, int Length)>();
        cutter.Cut(form, words);
        return words.All(w => common.IsCommonNonProperWord(form.AsSpan(w.Start, w.Length)));
    }
}
