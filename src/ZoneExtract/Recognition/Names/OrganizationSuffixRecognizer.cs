using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Recognition.Names;

/// <summary>
/// ORG by the head of the name (局, 委员会, 研究所, 大学, 医院, 实验室, 中心, 日报…) after a name-like prefix:
/// a place, a zone or a proper word (重庆市石墨烯技术创新中心, 贵阳高新区社会事务局, 海淀医院). A head word
/// that is itself an abbreviation longer than the suffix (药监局, 人社局) needs no proper word before it.
/// A zone inside the name is kept as a nested ZONE by the merger.
/// </summary>
internal sealed class OrganizationSuffixRecognizer(NameResources names) : IEntityRecognizer
{
    public EntityLabel Labels => EntityLabel.Organization;

    public int Precedence => RecognizerPrecedence.OrganizationSuffix;

    public void Recognize(Document document, List<Entity> candidates, CancellationToken cancellationToken)
    {
        var text = document.Text;
        var words = document.Words;
        var suffixes = names.Lexicons.OrganizationSuffixes;
        var tokens = document.Tokens;
        for (var k = 0; k < tokens.Count; k++)
        {
            var token = tokens[k];
            if (!suffixes.TryLongestEndingAt(text, token.End, 1, out var suffixStart, out _)) continue;
            // the head starts at the word boundary at or before the suffix (技术创新|中心 for 创新中心)
            var headStart = suffixStart;
            while (headStart > 0 && !words.IsBoundary(headStart)) headStart--;
            // a one-character head (局, 委, 厅, 署) closes a name only as a word of its own or in an abbreviation
            // of three or more characters (人社局, 发改委; jieba may cut it 人/社局): 格局, 部署, 大厅 are ordinary words
            if (token.End - suffixStart == 1 && token.Length == 2)
            {
                if (k == 0 || tokens[k - 1].Length != 1 || !NamePrefix.IsNameMaterial(tokens[k - 1].Text)
                    || names.Prefix.IsStopWord(tokens[k - 1].Text)) continue;
                headStart = tokens[k - 1].Start;
            }
            // 新格局, 大布局: the last two characters are an ordinary word, so the one-character head is no head
            if (token.End - suffixStart == 1 && (token.End < 2 || names.Common.Frequency(text.AsSpan(token.End - 2, 2)) >= CommonWords.Threshold)) continue;
            // the part of the head word before the suffix (药监 in 药监局) makes the name specific unless it is generic (技术创新中心)
            var extra = text.AsSpan(headStart, suffixStart - headStart);
            var specificHead = !extra.IsEmpty && NamePrefix.IsNameMaterial(extra) && !names.Prefix.IsGeneric(extra);
            var start = names.Prefix.FindStart(document, words, headStart, maxWords: 5, maxLength: 14, requireProperWord: !specificHead);
            // a head word that is a name by itself may stand alone: an abbreviation with a one-character head
            // (药监局, 发改委) or a word jieba knows whole (长江日报, 北京大学)
            var standsAlone = token.End - suffixStart == 1 ? token.End - headStart >= 3 : extra.Length >= 2;
            if (start < 0 && specificHead && standsAlone && !names.Prefix.IsStopWord(text.AsSpan(headStart, 1))) start = headStart;
            if (start < 0 || names.Lexicons.LegalFormOf(text.AsSpan(start, token.End - start)) is not null) continue; // 旭硝子株式会社 is a firm
            candidates.Add(new OrganizationEntity(start, token.End - start, document.Slice(start, token.End - start)));
        }
    }
}
