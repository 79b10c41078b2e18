using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Segmentation;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// Organisations from public lists: the central government's bodies with their official short forms
/// (government-bodies.tsv: 工业和信息化部 → 工信部; a ministry also under its official name, 中华人民共和国商务部), the Ministry of Education's universities (universities.tsv) and the
/// Cyberspace Administration's news outlets (news-outlets.tsv: 人民网, 新华网, with a second name in brackets; with the securities
/// newspapers the CSRC designates for disclosure, disclosure-newspapers.tsv: 上海证券报) and the securities
/// and futures exchanges (stock-exchanges.tsv: 上海证券交易所 → 上交所) and the international organisations the news names
/// (international-organisations.tsv: 世界银行, 亚洲基础设施投资银行 → 亚投行, 美联储) and the eight democratic parties
/// (democratic-parties.tsv: 中国民主促进会 → 民进). The forms
/// under which the news names the top bodies and the regulators (government-body-news-forms.tsv: 国务院, 中国证监会,
/// 国家发展改革委) come first, so that a form is not claimed by a longer body's short form.
/// </summary>
internal static class OrganizationLexicon
{
    public static NameLexicon Load(DataFiles data, CommonWords common, WordCutter cutter)
    {
        var none = new HashSet<string>(StringComparer.Ordinal);
        var newsForms = data.ReadRecords("government-body-news-forms.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        var bodies = data.ReadRecords("government-bodies.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], [.. Words(r[1]), .. OfficialForms(r)], OtherFormsDerived: false, none));
        var former = data.ReadRecords("former-government-bodies.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        var universities = data.ReadRecords("universities.tsv").Select(r => new NameLexicon.Entry(r[0], [], OtherFormsDerived: false, none));
        var outlets = data.ReadRecords("news-outlets.tsv", columns: 2).Concat(data.ReadRecords("disclosure-newspapers.tsv", columns: 2))
            .Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        var exchanges = data.ReadRecords("stock-exchanges.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        var international = data.ReadRecords("international-organisations.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        var parties = data.ReadRecords("democratic-parties.tsv", columns: 2).Select(r => new NameLexicon.Entry(r[0], Words(r[1]), OtherFormsDerived: false, none));
        return new NameLexicon(newsForms.Concat(bodies).Concat(former).Concat(universities).Concat(outlets).Concat(exchanges).Concat(international).Concat(parties),
            common, cutter, judgeByVocabulary: false);
    }

    /// <summary>
    /// The State Council's component departments carry the state's name in their official names (中华人民共和国科学技术部,
    /// 中华人民共和国商务部), as written in their own documents and in laws.
    /// </summary>
    private static IEnumerable<string> OfficialForms(string[] record) =>
        record.Length > 2 && record[2] == "state-council-ministry" && !record[0].StartsWith(State, StringComparison.Ordinal) ? [State + record[0]] : [];

    private const string State = "中华人民共和国";

    private static string[] Words(string column) => column.Split([' ', ';', '；'], StringSplitOptions.RemoveEmptyEntries);
}
