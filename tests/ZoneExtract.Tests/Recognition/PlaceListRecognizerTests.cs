using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Places;

namespace ZoneExtract.Tests.Recognition;

public class PlaceListRecognizerTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new PlaceListRecognizer(SharedExtractor.Resources.Places), text).Select(e => e.Text).ToArray();

    [TestCase("江阴市长王锡南表示", "江阴")]
    [TestCase("市经信委、璜土镇有关负责人", "璜土镇")]
    [TestCase("并曾经一度准备落户马来西亚。", "马来西亚")]
    [TestCase("中国将超过德国", "中国", "德国")]
    [TestCase("长三角许多小型电路板企业", "长三角")]
    [TestCase("建成后将成为北疆通往南疆东部的重要干线", "北疆", "南疆")] // parts of a province by its abbreviation and a direction
    [TestCase("苏北五市和皖北六市", "苏北", "皖北")]
    [TestCase("贵州省纳雍县龙场镇", "贵州省", "纳雍县", "龙场镇")]
    [TestCase("2011中国版权年会", "中国")] // after a bare figure a place stays
    [TestCase("南昌市新建区", "南昌市", "新建区")] // the official name stays a place
    [TestCase("铜仁市沿河土家族自治县", "铜仁市", "沿河土家族自治县")]
    public void Places_from_the_lists_are_found_on_word_boundaries(string text, params string[] expected) =>
        Assert.That(Places(text), Is.EqualTo(expected));

    [TestCase("和平发展是前进的方向")] // 和平区, 前进区: short forms that are common words stay words
    [TestCase("东风吹来红旗飘")] // 东风区, 红旗区
    [TestCase("新建工厂将生产多门冰箱")] // 新建区 of 南昌: jieba tags 新建 a place, news means "newly built"
    [TestCase("华北平原的河口湿地")]
    [TestCase("通过建设沿河生态带")] // 沿河土家族自治县's short form means "along the river" here
    [TestCase("流域治理及沿河风光带建设")]
    [TestCase("经济总量突破万亿元大关")] // 大关县's short form is the milestone after an amount
    [TestCase("交易量攀升突破了20万大关")]
    [TestCase("山脉环抱整个城区。")] // 城区 of 阳泉市 and others: the common word for a town's centre
    public void Common_words_that_are_also_short_forms_of_divisions_are_not_places(string text) =>
        Assert.That(Places(text), Is.Empty);

    private static readonly PlaceNames Divisions = new(new DataFiles(null));

    [TestCase("江阴市", "江阴")]
    [TestCase("浦东新区", "浦东")] // a district named as a new area
    [TestCase("清新区", "清新")] // 清新 and 区
    [TestCase("石柱土家族自治县", "石柱")]
    [TestCase("木垒哈萨克自治县", "木垒")] // written without 族
    [TestCase("青龙满族自治县", "青龙")]
    [TestCase("龙胜各族自治县", "龙胜")]
    [TestCase("双江拉祜族佤族布朗族傣族自治县", "双江")]
    [TestCase("鄂温克族自治旗", null)] // the ethnic name is the whole stem
    public void County_short_forms_end_before_the_first_ethnic_name(string county, string? shortForm) =>
        Assert.That(PlaceLexicon.ShortForm(county, Divisions), Is.EqualTo(shortForm));

    [TestCase("新疆巴里坤县", "巴里坤")] // 巴里坤哈萨克自治县
    [TestCase("广西龙胜的梯田", "龙胜")] // 龙胜各族自治县
    public void Autonomous_counties_are_found_under_their_short_form(string text, string expected) =>
        Assert.That(Places(text), Does.Contain(expected));

    [TestCase("2021年广东地区生产总值达到12.4万亿元", "广东")] // jieba: 广东地区|生产总值
    [TestCase("前三季度，北京地区生产总值同比增长10.7%", "北京")]
    [TestCase("全年河北地区生产总值40391.3亿元", "河北")]
    [TestCase("1-7月，西安全社会用电量同比增长8.5%", "西安")] // jieba: 西|安全|社会
    [TestCase("去年六安全年地区生产总值增长", "六安")] // 六|安全|年
    [TestCase("中山前三季度地区生产总值增长", "中山")] // 中|山前|三季度
    public void A_place_ends_before_the_statement_opener_that_jieba_glues_to_it(string text, string expected) =>
        Assert.That(Places(text), Is.EqualTo(new[] { expected }));

    [TestCase("北京地区的企业")] // 地区 not followed by 生产总值 stays in the word
    [TestCase("平安全年实现净利润")] // 平安 names no prefecture: 平|安全|年 stays
    public void A_place_glued_to_a_word_elsewhere_is_left_to_the_model(string text) =>
        Assert.That(Places(text), Is.Empty);

    [TestCase("鹿泉", true)] // 鹿泉区
    [TestCase("张家港", true)] // 张家港市, a person's name to jieba
    [TestCase("七里河", true)] // 七里河区
    [TestCase("化工", false)] // 化工镇, but the chemical industry in news
    [TestCase("产业", false)]
    public void A_short_form_names_a_division_unless_it_is_a_common_word(string name, bool names) =>
        Assert.That(SharedExtractor.Resources.Places.NamesDivision(name), Is.EqualTo(names));
}

public class CitiesAbroadTests
{
    private static string[] Places(string text) =>
        RecognizerHarness.RunSegmented(new PlaceListRecognizer(SharedExtractor.Resources.Places), text).Select(e => e.Text).ToArray();

    [TestCase("2023年胡志明市吸收外资将达74亿美元", "胡志明市")] // jieba 0.42 tags 胡志明市 a person's name
    [TestCase("公司在多伦多设立北美总部", "多伦多")]
    [TestCase("其次是胡志明市、河内等", "胡志明市")]
    [TestCase("项目位于约翰内斯堡以北", "约翰内斯堡")]
    public void Cities_abroad_are_places(string text, string expected) =>
        Assert.That(Places(text), Does.Contain(expected));

    [TestCase("据《洛杉矶时报》报道")] // a city that opens a paper's name is part of it
    [TestCase("《纽约邮报》称")]
    public void A_city_that_opens_a_title_is_no_place(string text) =>
        Assert.That(Places(text), Is.Empty);

    [Test]
    public void Cities_abroad_stay_out_of_the_list_the_name_model_reads() =>
        Assert.That(SharedExtractor.Resources.Places.All.Contains("胡志明市"), Is.False);
}
