using CsCheck;

namespace ZoneExtract.Tests.Robustness;

/// <summary>Generators of hostile text: the pieces scrapers, PDFs and OCR produce, mixed at random.</summary>
internal static class AdversarialText
{
    /// <summary>Fragments that stress numerals, dates, units, brackets and invisible characters.</summary>
    private static readonly string[] Fragments =
    [
        "亿", "万", "千", "百", "十", "元", "美元", "人民币", "块钱", "%", "％", "百分之", "个百分点", "点",
        "年", "月", "日", "季度", "前三", "上半年", "今年", "去年", "以来", "年底", "旬", "至", "到", "-", "—", "～", "~",
        "余", "多", "几", "数", "两", "〇", "零", "壹", "貳", "負", "负", "-", "+", ".", "..", "．", "，", "。",
        "0", "9", "１２", "2020", "13", "31", "99999999999999999999999999999", "0.0000000000000000000000000001",
        "(", ")", "（", "）", "“", "”", "「", "」", "《", "》", "【", "】", "\"", "'",
        "\0", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u00AD", "\u0301", "\u0308", "\u3000", "\t", "\n", "\r\n", "\r", "\u2028",
        "\uD800", "\uDC00", "𠀀", "😀", "é", "ß", "Ω", "ا", "ह", "가", "カ",
        "重庆高新区", "西部(重庆)科学城", "华润微电子", "有限公司", "212亿元", "6.4%", "今年1-7月", "10月30日",
        // the triggers of the document-level and list rules: aliases, outlets, speakers, units, listed names, zone short forms
        "（以下简称“", "简称", "下称", "记者", "据", "对", "表示", "说", "大学", "研究院", "司", "系", "频道", "两江新区", "两江",
        "宁德时代", "格力", "苹果", "股价", "工信部", "人民网", "首钢公司", "首钢", "集团", "新城", "产业集聚区", "同比增长", "地区生产总值",
    ];

    private static readonly Gen<string> Fragment = Gen.OneOf(
        Gen.OneOf(Fragments),
        Gen.Char.Select(c => c.ToString()),
        Gen.Char['\u4E00', '\u9FA5'].Array[1, 8].Select(chars => new string(chars)),
        Gen.Char['0', '9'].Array[1, 40].Select(chars => new string(chars)));

    /// <summary>Up to 60 fragments joined: mixed scripts, lone surrogates, controls, numerals and units.</summary>
    public static readonly Gen<string> Text = Fragment.Array[0, 60].Select(string.Concat);
}
