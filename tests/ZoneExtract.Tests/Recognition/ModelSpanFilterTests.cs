using ZoneExtract.Recognition.Lexicon;
using ZoneExtract.Recognition.Model;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The model-span filter's rules for frequent dictionary phrases and person shapes, on segmentations written for these tests.</summary>
public class ModelSpanFilterTests
{
    [OneTimeSetUp]
    public void LoadDictionary() => _ = SharedExtractor.Instance; // jieba's dictionary is read by the first extractor

    [TestCase("国计民生", EntityLabel.Company)]
    [TestCase("基础设施", EntityLabel.Company)]
    [TestCase("国计民生", EntityLabel.Person)]
    public void A_frequent_four_character_dictionary_phrase_is_no_new_name(string phrase, EntityLabel label)
    {
        Assert.That(IsNameShapedAlone(phrase, label), Is.False);
    }

    [TestCase("山东淄博", EntityLabel.Company)] // a province and a city in a row
    [TestCase("中国香港", EntityLabel.Company)] // a region after its country
    public void Places_in_a_row_are_no_company(string span, EntityLabel label)
    {
        Assert.That(IsNameShapedAlone(span, label), Is.False);
    }

    [TestCase("山东金乡")] // 金乡县, a county the province list leaves out
    [TestCase("上海永嘉")] // 永嘉县 of Zhejiang after a municipality
    [TestCase("中山温泉")] // 温泉县 of Xinjiang after a prefecture
    public void A_province_or_prefecture_before_a_county_is_no_company(string span)
    {
        Assert.That(IsNameShapedAlone(span, EntityLabel.Company), Is.False);
    }

    [TestCase("四川长虹")] // a province before a brand that names no county
    [TestCase("云南白药")]
    public void A_province_before_a_brand_stays_a_company(string span)
    {
        Assert.That(IsNameShapedAlone(span, EntityLabel.Company), Is.True);
    }

    [TestCase("科创", EntityLabel.Company)] // 科技创新, and a derived short form of 科创信息
    [TestCase("高新技术", EntityLabel.Company)]
    [TestCase("LED", EntityLabel.Company)] // a technology: LED照明, LED路灯
    [TestCase("低碳", EntityLabel.Company)]
    public void A_generic_modifier_alone_is_no_name(string word, EntityLabel label)
    {
        Assert.That(IsNameShapedAlone(word, label), Is.False);
    }

    [TestCase("阿里巴巴", EntityLabel.Company)] // tagged nrt: jieba knows it as a name
    [TestCase("三星电子", EntityLabel.Company)] // ends in the company head 电子
    [TestCase("人民日报", EntityLabel.Organization)] // ends in the organisation head 日报
    [TestCase("澜沧智造", EntityLabel.Company)] // not a dictionary word
    [TestCase("农行", EntityLabel.Company)] // frequent, but jieba tags it an abbreviation (j)
    [TestCase("建设银行", EntityLabel.Company)] // generic 建设 before the head, but jieba tags the whole word nt
    [TestCase("博彩公司", EntityLabel.Company)] // the head is 公司, not the unit head 司 (公司 is common, 博彩 is not)
    public void Named_dictionary_words_and_words_with_a_head_stay_names(string name, EntityLabel label)
    {
        Assert.That(IsNameShapedAlone(name, label), Is.True);
    }

    [TestCase("科学", EntityLabel.Organization)]
    [TestCase("国家", EntityLabel.Company)]
    public void A_frequent_ordinary_word_is_no_name(string word, EntityLabel label)
    {
        Assert.That(IsNameShapedAlone(word, label), Is.False);
    }

    [Test]
    public void A_generic_word_before_a_company_head_is_no_name_unless_jieba_knows_the_whole()
    {
        Assert.That(IsNameShapedAlone("建设公司", EntityLabel.Company), Is.False);
    }

    [TestCase("中资银行")] // jieba tags the whole nt, but 中资 is an ownership kind: a kind of bank, no firm
    [TestCase("外资银行")]
    public void An_ownership_kind_before_a_firm_head_is_no_company_though_jieba_tags_it_nt(string word)
    {
        Assert.That(IsNameShapedAlone(word, EntityLabel.Company), Is.False);
    }

    [TestCase("彼得·洛夫")]
    [TestCase("安娜·玛丽亚·桑托斯")]
    public void A_transliterated_name_joined_by_interpuncts_is_a_person(string name)
    {
        Assert.That(IsNameShapedAlone(name, EntityLabel.Person), Is.True);
    }

    [TestCase("温格")]         // two characters without a common surname, but all transliteration characters
    [TestCase("马尔科维奇")]   // five characters: longer than a Chinese name, a transliterated one
    public void A_transliterated_name_without_interpunct_is_a_person(string name)
    {
        Assert.That(IsNameShapedAlone(name, EntityLabel.Person), Is.True);
    }

    [TestCase("巴西")]       // transliteration characters, but a frequent dictionary word
    [TestCase("意大利人")]   // 意 is no transliteration character, and the word is in the dictionary
    public void Frequent_words_and_other_characters_are_no_transliterated_name(string name)
    {
        Assert.That(IsNameShapedAlone(name, EntityLabel.Person), Is.False);
    }

    [TestCase("彼得·")]   // the name stops before the interpunct
    [TestCase("·洛夫")]
    [TestCase("彼得··洛夫")]
    [TestCase("彼得·Lof")]
    [TestCase("阿尔贝托·弗朗西斯科·迪马")] // more than ten ideographs: a run-on, not a name
    public void An_interpunct_name_needs_ideograph_parts_on_both_sides(string name)
    {
        Assert.That(IsNameShapedAlone(name, EntityLabel.Person), Is.False);
    }

    [TestCase("美国FDA", EntityLabel.Company, false)] // a regulator is no business
    [TestCase("美国FDA", EntityLabel.Organization, true)] // but it is an agency
    [TestCase("欧盟CE", EntityLabel.Organization, false)] // a mark is neither
    [TestCase("欧盟CE", EntityLabel.Company, false)]
    [TestCase("美国AMD", EntityLabel.Company, true)] // a firm's acronym after its country stays a firm
    [TestCase("美国FDAX", EntityLabel.Company, true)] // the whole Latin run must be the acronym
    public void Regulator_acronyms_are_no_companies_and_certification_marks_no_names(string name, EntityLabel label, bool expected)
    {
        Assert.That(IsNameShapedAlone(name, label), Is.EqualTo(expected));
    }

    [TestCase("围绕|蕉城|、|福安|、|霞浦|等", "福安")] // a county (福安市) between places; also the short form of 福安药业
    [TestCase("围绕|蕉城|、|霞浦|、|福鼎|等", "福鼎")] // 福鼎市, which jieba tags a person
    public void A_county_listed_beside_another_place_is_no_company(string segmented, string word)
    {
        Assert.That(IsNameShapedIn(segmented, word, EntityLabel.Company), Is.False);
    }

    [TestCase("以及|中信|、|兴业|、|民生", "兴业")] // 兴业县, but a bank among banks
    [TestCase("据悉|福安|近况", "福安")] // no neighbouring place: the model's call stands
    public void A_county_short_form_without_a_neighbouring_place_may_be_a_company(string segmented, string word)
    {
        Assert.That(IsNameShapedIn(segmented, word, EntityLabel.Company), Is.True);
    }

    [TestCase("受理|山外|山科|创板|申报", false)] // 山外山科 ends inside the glued market board 科创板
    [TestCase("受理|山外山科|申报", true)] // the same characters as one word of their own
    public void A_span_ending_inside_a_glued_generic_word_is_no_name(string segmented, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, "山外山科", EntityLabel.Location), Is.EqualTo(expected));
    }

    [TestCase("是|余姚市|交通|工程", "余姚市交通", false)] // a topic after the place: the place list takes 余姚市
    [TestCase("为|合肥市|太阳能|光伏", "合肥市太阳能", false)]
    [TestCase("拉动|上海|经济|增长", "上海经济", false)]
    [TestCase("是|余姚|大道|的", "余姚大道", true)] // a road named after the place
    [TestCase("分别|是|广州|都市圈|、", "广州都市圈", true)] // a region grouped round the place
    [TestCase("位于|海淀|北部|的", "海淀北部", true)] // a part of the place, which public annotations keep whole
    [TestCase("投身|越南|丛林|时", "越南丛林", true)]
    [TestCase("年|广西|农村|交通|工作", "广西农村", false)] // the countryside is a class of settlement, not a part of 广西
    [TestCase("的|晓天镇|农村公路|建设", "晓天镇农村公路", false)]
    [TestCase("止于|来宾市|良江镇|南面|约", "来宾市良江镇南面", false)] // an address chain, then a side of it
    public void A_place_before_common_words_ends_where_they_start(string segmented, string span, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, EntityLabel.Location), Is.EqualTo(expected));
    }

    [TestCase("建设|农村公路网|今年", "农村公路网")] // a kind of road, named by no one
    [TestCase("是|城乡|结合部|的", "城乡结合部")]
    [TestCase("当前|镇|村|低效", "镇村")] // the towns and villages: no one place
    public void A_class_of_settlement_opens_no_place(string segmented, string span)
    {
        Assert.That(IsNameShapedIn(segmented, span, EntityLabel.Location), Is.False);
    }

    [TestCase("据悉|招标|公司|近况", "招标公司", false)] // a trade that is common vocabulary before the legal form: a kind of firm
    [TestCase("两大|石油|集团|近况", "石油集团", false)]
    [TestCase("据悉|龙头|公司|近况", "龙头公司", false)] // 龙头 is only a short form derived by rule (龙头股份)
    [TestCase("据悉|苹果|公司|近况", "苹果公司", true)] // a list gives 苹果 as a firm's own name
    [TestCase("据悉|博彩|公司|近况", "博彩公司", true)] // a rarer noun (63) is left to the model
    public void A_common_trade_noun_before_a_legal_form_is_a_kind_of_firm(string segmented, string span, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, EntityLabel.Company, SharedExtractor.Resources.Companies.Listed), Is.EqualTo(expected));
    }

    [TestCase("当|微软|把|这三样", "微软", EntityLabel.Company, true)] // a common word that a list gives as a firm's own name
    [TestCase("仅次于|三星|和|苹果|，", "苹果", EntityLabel.Company, true)]
    [TestCase("当|微软|把|这三样", "微软", EntityLabel.Organization, false)] // only a company
    [TestCase("据悉|龙头|近况", "龙头", EntityLabel.Company, false)] // a short form derived by rule (龙头股份)
    [TestCase("据悉|国家|近况", "国家", EntityLabel.Company, false)] // no firm's name
    public void A_common_word_is_a_company_only_as_a_listed_firm_s_own_name(string segmented, string span, EntityLabel label, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, label, SharedExtractor.Resources.Companies.Listed), Is.EqualTo(expected));
    }

    [TestCase("消费品|龙头|联合利华|也", "龙头联合利华", EntityLabel.Organization, false)] // the kind, then the firm
    [TestCase("光电|厂商|晶元|光电|等", "厂商晶元光电", EntityLabel.Company, false)]
    [TestCase("解决方案|公司|电子商务|中心|认为", "公司电子商务中心", EntityLabel.Organization, false)]
    [TestCase("风险部|和|公司|部|组成", "公司部", EntityLabel.Organization, true)] // a bank's department: no name after the noun
    [TestCase("认证|机构|中国|金融|认证|中心", "机构中国金融认证中心", EntityLabel.Organization, true)] // unit nouns are left alone
    public void A_noun_for_firms_opens_no_name(string segmented, string span, EntityLabel label, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, label), Is.EqualTo(expected));
    }

    [TestCase("全市|7|家协会|参加", "家协会", false)] // jieba glued the counter to the kind: seven associations
    [TestCase("共有|12|家商会|入驻", "家商会", false)]
    [TestCase("全市|家协会|参加", "家协会", true)] // no digits before: the counter rule has nothing to say
    public void A_counter_after_digits_opens_no_name_whatever_the_word_s_length(string segmented, string span, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, EntityLabel.Organization), Is.EqualTo(expected));
    }

    [TestCase("由最高法院党组副书记主持", "最高法院党组", EntityLabel.Organization, "最高法院")] // 党组 and the post after it are the person's title
    [TestCase("中国科协党组成员出席", "中国科协党组", EntityLabel.Organization, "中国科协")]
    [TestCase("中国科协党组召开会议", "中国科协党组", EntityLabel.Organization, "中国科协党组")] // no post after it: left to the model
    [TestCase("某某党组书记", "某某党组", EntityLabel.Person, "某某党组")] // only bodies lose it
    public void A_party_group_before_its_post_is_no_part_of_the_name(string text, string span, EntityLabel label, string expected)
    {
        var start = text.IndexOf(span, StringComparison.Ordinal);
        var length = ModelSpanFilter.WithoutPartyGroupBeforeItsPost(text, start, span.Length, label);
        Assert.That(text.Substring(start, length), Is.EqualTo(expected));
    }

    [TestCase("持有|易方达|基金|等|基金公司|的|股份", "易方达基金等基金公司", EntityLabel.Company, false)] // a list's item, then its kind
    [TestCase("华为|等|企业|参加", "华为等企业", EntityLabel.Company, false)]
    [TestCase("英格兰|高等教育|拨款|委员会", "英格兰高等教育拨款委员会", EntityLabel.Organization, true)] // 等 inside the word 高等教育
    public void The_list_particle_as_a_word_of_its_own_ends_a_name(string segmented, string span, EntityLabel label, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, label), Is.EqualTo(expected));
    }

    [TestCase("该|基金|持有|紫金矿业|股份|。", "紫金矿业股份", EntityLabel.Company, "紫金矿业")] // the firm's shares, held
    [TestCase("公司|拟|减持|格力电器|股份|。", "格力电器股份", EntityLabel.Company, "格力电器")]
    [TestCase("由|隆基|股份|发起", "隆基股份", EntityLabel.Company, "隆基股份")] // no verb before it: an exchange short name
    [TestCase("持有|紫金矿业|股份|。", "紫金矿业股份", EntityLabel.Organization, "紫金矿业股份")] // only companies
    public void Shares_after_a_verb_are_no_part_of_the_company(string segmented, string span, EntityLabel label, string expected)
    {
        var (text, words) = SegmentedText.Parse(segmented);
        var start = text.IndexOf(span, StringComparison.Ordinal);
        var length = new ModelSpanFilter(SharedExtractor.Resources.Names).WithoutSharesAfterVerb(text, words, start, span.Length, label);
        Assert.That(text.Substring(start, length), Is.EqualTo(expected));
    }

    [TestCase("截至|年底|,|江苏|高速公路|里程", "江苏高速公路", "江苏")] // the province's highways
    [TestCase("使|大伙房|水源|区|河道|逐渐", "大伙房水源区河道", "大伙房水源区")] // the area's channels
    [TestCase("工人|在|长深|高速公路|扩建", "长深高速公路", "长深高速公路")] // a named road: its first part is no place
    [TestCase("确保|余梁|公路|建成", "余梁公路", "余梁公路")]
    public void A_network_word_after_a_place_is_no_part_of_it(string segmented, string span, string expected)
    {
        var (text, words) = SegmentedText.Parse(segmented);
        var start = text.IndexOf(span, StringComparison.Ordinal);
        var length = new ModelSpanFilter(SharedExtractor.Resources.Names).WithoutNetworkAfterPlace(text, words, start, span.Length, EntityLabel.Location);
        Assert.That(text.Substring(start, length), Is.EqualTo(expected));
    }

    [TestCase("双方|在|销售|、|土储|、|融资|方面", "土储", false)] // business terms in a list: a clipped term
    [TestCase("旅游|景点|还是|餐厅|、|KTV|等地", "KTV", false)]
    [TestCase("三星|、|蔚小理|、|比亚迪|等", "蔚小理", true)] // beside firms' names
    [TestCase("其中|权益|土储|达到", "土储", true)] // no list: left to the model
    public void An_unknown_word_listed_beside_business_terms_is_no_company(string segmented, string span, bool expected)
    {
        Assert.That(IsNameShapedIn(segmented, span, EntityLabel.Company), Is.EqualTo(expected));
    }

    /// <summary>The filter's verdict on the first <paramref name="word"/> of a text given as words joined by |.</summary>
    private static bool IsNameShapedIn(string segmented, string word, EntityLabel label, NameLexicon? listedCompanies = null)
    {
        var (text, words) = SegmentedText.Parse(segmented);
        return new ModelSpanFilter(SharedExtractor.Resources.Names, listedCompanies)
            .IsNameShaped(text, words, text.IndexOf(word, StringComparison.Ordinal), word.Length, label);
    }

    /// <summary>The filter's verdict on <paramref name="word"/> as the single word between two others.</summary>
    private static bool IsNameShapedAlone(string word, EntityLabel label)
    {
        var text = "据悉" + word + "近况";
        var tokens = new[] { new Token(0, 2, "据悉", null), new Token(2, word.Length, word, null), new Token(2 + word.Length, 2, "近况", null) };
        return new ModelSpanFilter(SharedExtractor.Resources.Names).IsNameShaped(text, new TokenBoundaries(text.Length, tokens), 2, word.Length, label);
    }
}
