using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Organisations from public lists: the central government's bodies with their official short forms
/// (government-bodies.tsv: 工业和信息化部 → 工信部), the Ministry of Education's universities (universities.tsv) and the
/// Cyberspace Administration's news outlets (news-outlets.tsv: 人民网, 新华网, with a second name in brackets).
/// </summary>
internal static class OrganizationLexicon
{
    public static NameLexicon Load(DataFiles data, CommonWords common, WordCutter cutter)
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        var bodies = data.ReadRecords("government-bodies.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        var universities = data.ReadRecords("universities.tsv").Select(r => new NameLexicon.Entry(r[0], [], OtherFormsDerived: false, none));
        var outlets = data.ReadRecords("news-outlets.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        return new NameLexicon(bodies.Concat(universities).Concat(outlets), common, cutter, judgeByVocabulary: false);
    }

    private static string[] Words(string column) => column.Split([' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries);
}
