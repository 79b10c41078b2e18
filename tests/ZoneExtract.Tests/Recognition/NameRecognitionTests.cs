namespace ZoneExtract.Tests.Recognition;

/// <summary>ORG and LOC by rules, and the one nesting the contract allows (ZONE inside ORG).</summary>
public class NameRecognitionTests
{
    private static Entity[] Entities(string text) => SharedExtractor.Instance.Extract(text).Entities.ToArray();

    [TestCase("湖南省交通运输厅发布通知。", "湖南省交通运输厅")]
    [TestCase("记者从宜宾市发改委获悉。", "宜宾市发改委")]
    [TestCase("患者被送往仁和医院救治。", "仁和医院")]
    [TestCase("中科院声学研究所参与研发。", "中科院声学研究所")]
    [TestCase("据长江日报报道。", "长江日报")]
    [TestCase("据南京海关9月17日通报。", "南京海关")]
    [TestCase("成都海关关税处副处长陈红表示。", "成都海关关税处")]
    [TestCase("国家统计局苏州调查队公布了数据。", "国家统计局苏州调查队")]
    [TestCase("湖南省家电行业协会会长王明表示。", "湖南省家电行业协会")] // jieba: 行业|协会会长
    [TestCase("日本驻广州总领事馆总领事出席。", "日本驻广州总领事馆")]
    [TestCase("中共重庆市委、重庆市人民政府印发实施意见。", "中共重庆市委")] // jieba: 中共|重庆市委
    [TestCase("共青团重庆市委举办活动。", "共青团重庆市委")]
    [TestCase("沙坪坝区委书记表示。", "沙坪坝区委")] // the county-level place holds the level: 沙坪坝区|委
    [TestCase("会上，宜宾市委书记作了讲话。", "宜宾市委")] // jieba: 宜宾|市委, and 市委 alone is an ordinary word
    [TestCase("中国储能产业技术联盟发布数据。", "中国储能产业技术联盟")]
    [TestCase("签约大会暨北京市石墨烯工程中心授牌仪式举行。", "北京市石墨烯工程中心")]
    [TestCase("成都市郫都区委常委会召开会议。", "成都市郫都区委")] // higher places before a committee's place
    [TestCase("江苏省南京市江宁区委书记表示。", "江苏省南京市江宁区委")]
    [TestCase("工业和信息化部运行监测协调局局长罗俊杰表示。", "工业和信息化部运行监测协调局")] // jieba: 协调|局局长
    [TestCase("住房和城乡建设部标准定额司有关负责人表示。", "住房和城乡建设部标准定额司")] // a listed body cut at its 和
    [TestCase("中国物流与采购联合会副会长蔡进表示。", "中国物流与采购联合会")] // two fields joined before the head
    [TestCase("美国证券与交易委员会对该公司展开调查。", "美国证券与交易委员会")]
    [TestCase("张元端中国房地产及住宅研究会名誉副会长。", "中国房地产及住宅研究会")] // the place opens the name, not the person
    [TestCase("广东省粤港澳合作促进会会长表示。", "广东省粤港澳合作促进会")]
    public void Organisation_heads_close_names(string text, string organisation)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(organisation));
    }

    // the first word of a line starts after a break that is no word: it is a word boundary all the same
    [TestCase("行业情况良好。\n中国汽车工业协会发布了数据。", "中国汽车工业协会")]
    [TestCase("消费复苏。\n　　清华大学经济管理学院教授钱明认为。", "清华大学经济管理学院")]
    [TestCase("投资增长。\n广东省体改研究会执行会长表示。", "广东省体改研究会")]
    public void A_name_opening_a_line_is_found(string text, string organisation)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(organisation));
    }

    [TestCase("记者从市发改委获悉，投资增长。", "市发改委")] // jieba: 记者|从市|发改委
    [TestCase("记者从省工信厅了解到，工业增长。", "省工信厅")]
    [TestCase("据县商务局统计，该县引进项目。", "县商务局")] // jieba: 据县|商务局
    [TestCase("经批准，由市住建委牵头实施。", "市住建委")]
    public void A_reporting_frame_before_a_body_stays_outside_its_name(string text, string organisation)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("世界银行日前发布报告，下调全球经济增长预期。", "世界银行")] // an organisation, though its name ends in 银行
    [TestCase("亚洲基础设施投资银行（亚投行）批准了新的贷款项目。", "亚洲基础设施投资银行", "亚投行")]
    [TestCase("经济合作与发展组织预计全球经济增速放缓。", "经济合作与发展组织")]
    [TestCase("美联储宣布加息75个基点。", "美联储")]
    public void International_organisations_are_named_by_their_list(string text, params string[] organisations)
    {
        var entities = Entities(text);
        Assert.That(entities.OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(organisations));
        Assert.That(entities.OfType<CompanyEntity>(), Is.Empty);
    }

    [TestCase("十三届全国人大常委会第二十九次会议表决通过。", "十三届全国人大常委会")] // the body of that term
    [TestCase("十四届全国人大二次会议在京开幕。", "十四届全国人大")]
    [TestCase("而新的一届中央政府对此很关注。", "中央政府")] // 一届: a new term, no ordinal
    public void The_term_before_an_elected_body_is_part_of_its_name(string text, string organisation)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("国家税务总局苏州市税务局第一稽查局查处了案件。", "国家税务总局苏州市税务局第一稽查局")] // 查处: the verb, no unit 处
    [TestCase("尽管美国政府当局还未决定。", "美国政府")] // 当局: a common word, no unit 局
    [TestCase("北京市教工委召开会议。", "北京市教工委")] // 工委 is a noun to jieba, but a committee
    [TestCase("原伊犁地区行政公署发布通知。", "伊犁地区行政公署")]
    [TestCase("企业家开始自发地和安平中学联系捐助事宜。", "安平中学")] // 联系: no unit 系
    [TestCase("2021年11月，上海证券交易所受理山外山科创板申报。", "上海证券交易所")] // 山科: a rare word, no unit 科
    public void A_verb_ending_in_a_unit_head_is_no_unit(string text, string organisation)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("比赛场地选在了常德市中心的网吧。")] // the centre of a city is a place
    [TestCase("推荐选择巴塞罗那市中心往返。")]
    [TestCase("新商场位于两条路交叉处，交通便利。")] // 处 with no body before it is the place where something is
    [TestCase("顾客可以到收银台处排队结账。")]
    [TestCase("她把护照交给了旅行社的工作人员。")] // a head word that is ordinary vocabulary names a kind of body
    [TestCase("他在游戏厅里接触了这款游戏。")]
    [TestCase("亦需为董事局拟备公司的会议议程。")] // a firm's board: 董事局 (n) is a kind of body
    [TestCase("他说自己在上海某大学读书。")] // jieba: 某大学, a determiner glued to the head
    [TestCase("双方谈判一度陷入僵局。")] // 僵局 (n, 274) is an ordinary noun: no bureau 局
    public void A_place_or_a_kind_of_body_is_no_organisation(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [TestCase("浙江省委与省政府办公厅联合发文。", "浙江省委", "省政府办公厅")] // a body before 与 is a second party, not a field
    [TestCase("清华大学与中国汽车工业协会签署协议。", "清华大学", "中国汽车工业协会")]
    public void Two_bodies_joined_by_a_conjunction_stay_two(string text, params string[] organisations)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(organisations));
    }

    [TestCase("日前，市科技局、市财政局联合印发通知。", "市科技局", "市财政局")] // generic department words after a level
    [TestCase("江苏省发展和改革委员会公布重大项目清单。", "江苏省发展和改革委员会")] // 和 inside the official name
    [TestCase("江苏省市场监督管理局发布抽检结果。", "江苏省市场监督管理局")]
    [TestCase("广州市黄埔区投资促进局组织企业参展。", "广州市黄埔区投资促进局")]
    [TestCase("今天上午，市住房和城乡建设委员会发布通知。", "市住房和城乡建设委员会")]
    [TestCase("杭州市余杭区发展和改革局公示项目。", "杭州市余杭区发展和改革局")] // the level closes the place (余杭|区)
    [TestCase("本报记者从市商务委获悉。", "市商务委")]
    [TestCase("四川省经济和信息化厅发布通知。", "四川省经济和信息化厅")]
    [TestCase("会议由省工商联主办。", "省工商联")] // a people's organisation at each level
    [TestCase("石家庄市住房保障和房产管理局副局长表示。", "石家庄市住房保障和房产管理局")]
    [TestCase("黄埔区投资促进局局长表示。", "黄埔区投资促进局")] // jieba: 促进|局局长, the title glued to the head
    [TestCase("广州开发区投资促进局发布政策。", "广州开发区投资促进局")] // a zone's department, the zone nested
    public void A_local_department_is_named_by_its_territory(string text, params string[] organisations)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(organisations));
    }

    [TestCase("各市科技局要抓好落实。")]
    [TestCase("全省财政局长会议召开。")]
    public void A_department_after_a_distributive_word_names_no_one_body(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Has.None.Match("^(各市|全省|市科技局|省财政局)"));
    }

    [TestCase("该县统计局数据显示，增长较快。", "县统计局")] // jieba: 该县|统计局
    [TestCase("该省保监局局长表示。", "省保监局")]
    [TestCase("本市商务局将牵头。", "市商务局")]
    public void A_pronoun_before_the_level_stays_outside_the_name(string text, string organisation)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { organisation }));
    }

    [TestCase("该公司已在上海证券交易所上市。", "上海证券交易所")]
    [TestCase("公司股票在北交所挂牌，另一家在港交所上市。", "北交所", "港交所")]
    [TestCase("上交所科创板、深交所创业板。", "上交所", "深交所")]
    [TestCase("郑商所和大商所调整保证金。", "郑商所", "大商所")]
    public void Exchanges_are_organisations_by_their_names_and_short_forms(string text, params string[] exchanges)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(exchanges));
    }

    [TestCase("。南开大学金融发展研究院院长田利辉表示。", "南开大学金融发展研究院")]
    [TestCase("来源：人民网福建频道。", "人民网福建频道")]
    [TestCase("商务部外资司司长表示。", "商务部外资司")]
    [TestCase("最高检检察委员会专职委员出席。", "最高检检察委员会")] // a body's committee (orgs9)
    [TestCase("国家统计局重庆调查总队联合发布数据。", "国家统计局重庆调查总队")]
    [TestCase("浙江大学、中科院上海有机所参加会议。", "浙江大学", "中科院上海有机所")] // an academy's institute by 所 alone
    [TestCase("中国社科院金融所发布报告。", "中国社科院金融所")]
    [TestCase("中国人民银行成都分行发布数据显示。", "中国人民银行成都分行")]
    [TestCase("清华大学深圳国际研究生院揭牌。", "清华大学深圳国际研究生院")]
    [TestCase("中国国际贸易促进委员会浙江省分会主办了活动。", "中国国际贸易促进委员会浙江省分会")] // a branch by its place
    [TestCase("中国人民银行杭州中心支行发布数据。", "中国人民银行杭州中心支行")] // a branch word right after the name
    [TestCase("中国科学院沈阳分院院长出席。", "中国科学院沈阳分院")] // a branch of the academy by its city
    [TestCase("上海市人民检察院第一分院提起公诉。", "上海市人民检察院第一分院")] // a procuratorate's numbered branch
    [TestCase("福安市公安局穆阳派出所接到了报警电话。", "福安市公安局穆阳派出所")] // a police station of a bureau
    [TestCase("武汉大学经济与管理学院教授指出。", "武汉大学经济与管理学院")] // 与 joining two fields of study
    [TestCase("中国人民大学国家发展与战略研究院发布报告。", "中国人民大学国家发展与战略研究院")]
    [TestCase("清华大学与商务部研究院合作。", "清华大学", "商务部研究院")] // 商务部 is a body of its own: no unit
    [TestCase("湖南证监局召开辖区上市公司座谈会。", "湖南证监局")]
    public void A_unit_written_after_an_organisation_is_part_of_it(string text, params string[] organisations)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(organisations));
    }

    [Test]
    public void An_organisation_absorbed_into_a_unit_does_not_grow_a_unit_of_its_own()
    {
        // 星澜部 takes the ten characters up to 院 (with the ORG 智能制造技术研究院 inside); that ORG must not then take 信息处
        string[] words = ["星澜部", "智能制造技术研究院", "信息处", "。"];
        var text = string.Concat(words);
        var tokens = new List<Token>();
        foreach (var word in words) tokens.Add(new Token(tokens.Sum(t => t.Length), word.Length, word, null));
        var document = new ZoneExtract.Recognition.Document(text, text, tokens, null, EntityLabel.All);
        var heads = new ZoneExtract.Recognition.Lexicon.SpanTable<bool>(new Dictionary<string, bool>(StringComparer.Ordinal) { ["院"] = true, ["处"] = true });
        Entity[] accepted = [new OrganizationEntity(0, 3, "星澜部"), new OrganizationEntity(3, 9, "智能制造技术研究院")];

        var extended = new ZoneExtract.Recognition.OrganizationUnits(heads, SharedExtractor.Resources.Names).Extend(document, accepted);

        Assert.That(extended.Select(e => e.Text), Is.EqualTo(new[] { "星澜部智能制造技术研究院" }));
    }

    [TestCase("据南方商报的报道，当地房价上涨。", "南方商报")] // the 的 of 据…的报道 is the phrase's
    [TestCase("根据路透社的报道，该公司计划裁员。", "路透社")] // 路透 is a proper noun to jieba, so 路透社 (n) names one body
    [TestCase("有业内人士对财联社记者表示。", "财联社")]
    [TestCase("分析师对《证券日报》记者分析。", "证券日报")]
    [TestCase("。澎湃新闻记者 邱海鸿", "澎湃新闻")]
    public void The_outlet_before_a_reporter_is_an_organisation(string text, string outlet)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(outlet));
    }

    [TestCase("有分析人士对南方商报见习记者表示，市场将回暖。", "南方商报")] // the reporter's qualifier stays outside
    [TestCase("据悉，环球时报驻京记者获悉此事。", "环球时报")] // 驻 and its place
    public void The_reporters_qualifier_is_no_part_of_the_outlet(string text, string outlet)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { outlet }));
    }

    [TestCase("据国外媒体报道，该公司将裁员。")] // media of a place are a kind of outlet
    [TestCase("据日本媒体报道，两国将举行会谈。")]
    public void Media_of_a_place_are_no_outlet(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [Test]
    public void A_flash_dispatch_ends_the_outlet_before_its_word() =>
        Assert.That(Entities("星城网快讯：当地发生地震。").OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { "星城网" }));

    [TestCase("招商局集团与深圳企业签署合作协议。")] // 招商局|集团: the head is inside a firm's name
    [TestCase("中国人寿研发中心二期项目开工。")]
    [TestCase("此前记者致电鞍钢股份董事会办公室时，其工作人员表示。")]
    public void A_unit_named_after_a_listed_firm_is_not_an_organisation(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [TestCase("中国银行研究院高级研究员梁婧表示。", "中国银行研究院")]
    [TestCase("根据赛迪顾问数字经济产业研究中心发布的报告。", "赛迪顾问数字经济产业研究中心")]
    [TestCase("腾讯公益慈善基金会宣布捐款。", "腾讯公益慈善基金会")] // a foundation is a body of its own
    [TestCase("万科公益基金会今天发布年报。", "万科公益基金会")]
    public void A_firms_research_institute_is_an_organisation_of_its_own(string text, string institute) =>
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(institute));

    [TestCase("在产业发展方面，国家超级计算长沙中心相继建成。", "国家超级计算长沙中心")]
    [TestCase("国家超级计算天津中心发布了新系统。", "国家超级计算天津中心")]
    public void A_national_centre_named_by_its_city_starts_at_the_nation(string text, string centre) =>
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { centre }));

    [TestCase("接下来我们有请全国工商联房地产商会秘书长钟彬。", "全国工商联房地产商会")] // jieba: 房地产商|会|秘书长
    public void A_head_split_by_the_segmenter_before_an_officer_closes_the_name(string text, string name) =>
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { name }));

    [TestCase("21世纪经济研究院研究员李鹏表示。", "21世纪经济研究院")]
    [TestCase("据21世纪经济研究院发布的报告。", "21世纪经济研究院")]
    public void A_name_opened_by_a_century_keeps_its_number(string text, string name) =>
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(name));

    [Test]
    public void A_head_word_after_its_possessive_names_no_organisation() =>
        Assert.That(Entities("授权上海市人民代表大会及其常务委员会制定法规。").OfType<OrganizationEntity>().Select(o => o.Text),
            Has.None.EqualTo("常务委员会"));

    [Test]
    public void A_listed_form_that_is_a_place_still_names_an_organisation() =>
        Assert.That(Entities("中关村管委会副主任表示。").OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { "中关村管委会" }));

    [TestCase("据海峡都市报报道，工厂已开工。", "海峡都市报")]
    [TestCase("据财联社此前报道，法案已通过。", "财联社")]
    [TestCase("　　中新网成都1月1日电 （记者 马林）当天开通。", "中新网")]
    [TestCase("标题\n　　中新社海口1月4日电 （记者 王晓斌）协定生效。", "中新社")]
    [TestCase("新华网纽约12月21日电（记者 张三）股市上涨。", "新华网")] // a foreign city, a place to jieba only
    [TestCase("　　证券时报网讯，据海南日报消息，进出口增长。", "证券时报网", "海南日报")]
    [TestCase("标题\n　　来源：华夏时报\n　　正文。", "华夏时报")] // a source line of a repost
    [TestCase("来源：国是直通车", "国是直通车")]
    public void Attributions_and_datelines_name_outlets(string text, params string[] outlets)
    {
        var recognizer = new ZoneExtract.Recognition.Names.AttributedOutletRecognizer(SharedExtractor.Resources.Names, SharedExtractor.Resources.MediaCues);
        Assert.That(RecognizerHarness.Run(recognizer, text).OrderBy(e => e.Start).Select(e => e.Text), Is.EqualTo(outlets));
    }

    [TestCase("据上海证券报报道，宁德时代拟投资50亿元。", "上海证券报")] // designated for disclosure by the CSRC; no cue is needed
    [TestCase("来源：上海证券报", "上海证券报")]
    [TestCase("证券日报消息，比亚迪将扩产。", "证券日报")]
    public void The_securities_newspapers_are_outlets_not_firms(string text, string newspaper)
    {
        var entities = Entities(text);
        Assert.That(entities.OfType<OrganizationEntity>().Select(o => o.Text), Does.Contain(newspaper));
        Assert.That(entities.OfType<CompanyEntity>().Select(c => c.Text), Does.Not.Contain(newspaper));
    }

    [TestCase("据统计，全年用电增长。")]
    [TestCase("据市场消息，价格上涨。")]
    [TestCase("本报讯，会议召开。")]
    [TestCase("今年一季度全市用电，增长较快。")]
    [TestCase("来源：《宁德市制造业发展规划》\n正文。")] // a document, not an outlet
    [TestCase("来源：上市公司回购本公司股票，二级市场增持。")] // a sentence, not a name
    public void Attribution_words_around_no_name_give_no_outlet(string text)
    {
        var recognizer = new ZoneExtract.Recognition.Names.AttributedOutletRecognizer(SharedExtractor.Resources.Names, SharedExtractor.Resources.MediaCues);
        Assert.That(RecognizerHarness.Run(recognizer, text), Is.Empty);
    }

    [Test]
    public void An_outlet_is_found_after_a_text_that_starts_with_a_reporter()
    {
        var recognizer = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources)
            .OfType<ZoneExtract.Recognition.Names.ReporterOutletRecognizer>().Single();
        var found = RecognizerHarness.Run(recognizer, "记者从工信部获悉。有业内人士对财联社记者表示。");
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "财联社" }));
    }

    [TestCase("　　华夏时报（www.chinatimes.net.cn）记者 王悦 北京报道", "华夏时报")] // the outlet's web address before 记者
    public void An_outlet_before_its_web_address_and_a_reporter_is_an_organisation(string text, string outlet) =>
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { outlet }));

    [TestCase("本报记者 叶伟")]
    [TestCase("有一名记者问。")]
    [TestCase("他告诉记者说。")]
    public void Generic_words_and_counts_before_a_reporter_are_not_outlets(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [TestCase("上海大学中国科学技术大学联合举办。", "上海大学", "中国科学技术大学")] // a university holds no other university
    [TestCase("由清华大学北京大学共同发起。", "清华大学", "北京大学")]
    public void Two_universities_written_in_a_row_stay_two(string text, string first, string second)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { first, second }));
    }

    [Test]
    public void Two_organisations_joined_by_a_conjunction_stay_two()
    {
        Assert.That(Entities("清华大学与北京大学联合发布。").OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { "清华大学", "北京大学" }));
    }

    [Test]
    public void An_organisation_after_an_outlet_and_its_reporter_is_no_unit_of_the_outlet()
    {
        Assert.That(Entities("。财联社记者从工信部官网获悉。").OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { "财联社", "工信部" }));
    }

    [Test]
    public void The_words_before_when_a_reporter_are_no_outlet()
    {
        var recognizer = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources)
            .OfType<ZoneExtract.Recognition.Names.ReporterOutletRecognizer>().Single();
        Assert.That(RecognizerHarness.RunSegmented(recognizer, "。此前当记者致电公司时，对方未回应。"), Is.Empty); // 当: when
    }

    [TestCase("。新闻办公室举行记者招待会。")] // 记者 inside the name of an event or a body is no byline
    [TestCase("。外交部例行记者会上。")]
    [TestCase("。国务院新闻办公室举行记者会。")]
    [TestCase("。新闻办公室举行记者见面会。")]
    [TestCase("。庆祝第二十三个中国记者节。")]
    public void Reporter_inside_a_press_conference_or_body_gives_no_outlet(string text)
    {
        var recognizer = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources)
            .OfType<ZoneExtract.Recognition.Names.ReporterOutletRecognizer>().Single();
        Assert.That(RecognizerHarness.RunSegmented(recognizer, text).Select(e => e.Text), Is.Empty);
    }

    [TestCase("经济发展迎来新格局。")]
    [TestCase("会议对工作作出安排部署。")]
    [TestCase("企业设立了研发中心。")]
    [TestCase("旭硝子株式会社是日本的百年老企业。")] // 社 closes 株式会社, a company's legal form
    [TestCase("这也是公司的长处。")]
    [TestCase("全球大变局下的中国金融改革。")]
    [TestCase("地点位于坦桑尼亚和肯尼亚交界处的马拉河。")] // 大|变局: an adjective and a rare noun ending in 局
    [TestCase("两个小时后又转移到长宁区遵义路天山路处的另一家招待所。")] // 处 after a road is the place there
    public void Ordinary_words_ending_in_an_organisation_head_are_not_organisations(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [TestCase("项目落地需要当地政府的支持。")]
    [TestCase("企业应当落实政府采购政策。")]
    [TestCase("展区由区县政府组织。")]
    [TestCase("全力支持地方政府的重点产业。")]
    public void A_government_with_no_place_before_it_is_not_an_organisation(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [TestCase("他现任广东省韶关人民广播电台节目主持人。", "广东省韶关人民广播电台")] // 现任 (a frequent word) before a place
    [TestCase("记者从杭州江干区公安分局了解到案情。", "杭州江干区公安分局")] // 分局 closes jieba's 公安分局, though 分局 alone is frequent
    [TestCase("各地患者也前来唐山市工人医院就诊。", "唐山市工人医院")] // (a venue after 前来, 唐山国际会展中心, is a place: OrganizationContextTests)
    [TestCase("传闻美国政府将调整补贴。", "美国政府")]
    [TestCase("投资者得益于广州开发区政府的扶持政策。", "广州开发区政府")]
    public void A_name_starts_at_its_territory(string text, string government)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { government }));
    }

    [TestCase("这里将成为全国的葡萄酒中心。")]
    [TestCase("商场设有消费者体验中心。")]
    [TestCase("配送企业联合起来在配送中心统一调度。")] // 配送 (a verb jieba counts 96 times) is vocabulary, not a name
    [TestCase("该国有37所公立大学和2所私立大学。")]
    [TestCase("更多的上游供应商会前来配套。")] // 供应商|会: 商会 split by the segmenter is no head
    public void A_generic_head_after_common_words_only_is_not_an_organisation(string text)
    {
        Assert.That(Entities(text).OfType<OrganizationEntity>(), Is.Empty);
    }

    [TestCase("。孟津表示，将扩大投资。")] // a district's short form led by a surname (孟)
    [TestCase("。江宁区表示，将扩大投资。")]
    public void A_county_before_a_verb_of_saying_is_no_speaker(string text)
    {
        var recognizer = new ZoneExtract.Recognition.Names.PersonSpeechRecognizer(SharedExtractor.Resources.Names, SharedExtractor.Resources.SpeechVerbs);
        Assert.That(RecognizerHarness.RunSegmented(recognizer, text), Is.Empty);
    }

    [Test]
    public void A_county_before_a_reporter_is_no_outlet()
    {
        var recognizer = new ZoneExtract.Recognition.Names.ReporterOutletRecognizer(SharedExtractor.Resources.Names, SharedExtractor.Resources.MediaCues);
        Assert.That(RecognizerHarness.RunSegmented(recognizer, "据鄞州区记者了解，项目已开工。"), Is.Empty);
    }

    [Test]
    public void A_zone_inside_an_organisation_is_kept_as_a_nested_zone()
    {
        var entities = Entities("成都高新区管委会发布政策。");
        var organisation = entities.OfType<OrganizationEntity>().Single();
        var zone = entities.OfType<ZoneEntity>().Single();
        Assert.That((organisation.Text, zone.Text), Is.EqualTo(("成都高新区管委会", "成都高新区")));
        Assert.That(zone.Start >= organisation.Start && zone.End <= organisation.End, Is.True);
    }

    [TestCase("西部（重庆）科学城管委会发布政策。", "西部（重庆）科学城管委会", "西部（重庆）科学城")] // the walk stops at the bracket
    [TestCase("中国（上海）自由贸易试验区临港新片区管委会发布政策。", "中国（上海）自由贸易试验区临港新片区管委会", "中国（上海）自由贸易试验区临港新片区")]
    public void A_zones_body_after_the_zones_full_name_is_an_organisation_holding_the_zone(string text, string body, string zone)
    {
        var entities = Entities(text);
        Assert.That(entities.OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { body }));
        Assert.That(entities.OfType<ZoneEntity>().Select(z => z.Text), Is.EqualTo(new[] { zone }));
    }

    [TestCase("公司董事长王振宇介绍了情况。", "王振宇")]
    [TestCase("本报记者 周晓 报道", "周晓")]
    [TestCase("院长助理欧阳明表示，医院将扩建。", "欧阳明")]
    [TestCase("省体改研究会执行会长彭澎对第一财经分析。", "彭澎")] // jieba: 会长|彭澎对|第一
    [TestCase("论坛共同轮值主席易纲致欢迎词。", "易纲")] // jieba: 主席|易纲致|欢迎词
    [TestCase("在市委常委、常务副市长莫桦的陪同下，考察了园区。", "莫桦")] // jieba: 副市长|莫桦|的: the possessive is no name
    [TestCase("在市委常委、副市长王刚的陪同下，参观了工厂。", "王刚")]
    [TestCase("县委书记杨懿文说，该合作协议的签订意义重大。", "杨懿文")] // jieba: 县委书记|杨懿|文说
    [TestCase("市长张建文说，项目已开工。", "张建文")]
    public void A_name_after_a_title_is_a_person(string text, string person)
    {
        Assert.That(Entities(text).OfType<PersonEntity>().Select(p => p.Text), Does.Contain(person));
    }

    [TestCase("仪式。县领导李洪波、常利民、杜宏亮见证签约。", "李洪波", "常利民", "杜宏亮")] // jieba: 县|领导|李洪波|、|常|利民|、|杜|宏亮|见证
    [TestCase("市领导王刚、李明出席了会议。", "王刚", "李明")]
    public void Names_listed_after_a_title_are_persons(string text, params string[] persons)
    {
        Assert.That(Entities(text).OfType<PersonEntity>().Select(p => p.Text), Is.SupersetOf(persons));
    }

    [TestCase("成立工作小组，由县分管领导任组长。", "任组长")] // 领导 alone is no title: the leaders in charge
    [TestCase("将有一部分的领导和管理干部调入总部。", "和管理")]
    [TestCase("局长张兴、江阴市有关负责人出席。", "江阴")] // a place after the separator is no listed official
    public void Words_after_a_bare_leadership_word_or_a_listed_place_are_no_persons(string text, string word)
    {
        Assert.That(Entities(text).OfType<PersonEntity>().Select(p => p.Text), Has.None.Contains(word));
    }

    [Test]
    public void A_leading_verb_glued_to_a_name_is_no_part_of_it()
    {
        // jieba: 主任|薛良率|临港|新城|管委会; the frame before the body stays outside the ORG too
        var entities = Entities("市委常委、临港新城管委会主任薛良率临港新城管委会、市经信委。");
        Assert.That(entities.OfType<PersonEntity>().Select(p => p.Text), Is.EqualTo(new[] { "薛良" }));
        Assert.That(entities.OfType<OrganizationEntity>().Select(o => o.Text), Is.EqualTo(new[] { "临港新城管委会", "临港新城管委会", "市经信委" }));
    }

    [TestCase("。⏎刘利嘉表示，知识产权保护是关键。", "刘利嘉")]
    [TestCase("“竞争压力很大。”何念文说。", "何念文")]
    public void A_name_before_a_verb_of_saying_at_a_clause_start_is_a_person(string text, string person)
    {
        Assert.That(Entities(text.Replace('⏎', '\n')).OfType<PersonEntity>().Select(p => p.Text), Does.Contain(person));
    }

    [TestCase("公司表示将继续投入。")]
    [TestCase("记者查询显示，排名变化很快。")]
    [TestCase("。高峰表示需求旺盛。")] // 高峰 is common vocabulary, though 高 is a surname
    public void Ordinary_words_before_a_verb_of_saying_or_after_a_title_are_not_people(string text)
    {
        var recognizers = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources)
            .Where(r => r is ZoneExtract.Recognition.Names.PersonSpeechRecognizer or ZoneExtract.Recognition.Names.PersonTitleRecognizer);
        Assert.That(recognizers.SelectMany(r => RecognizerHarness.RunSegmented(r, text)), Is.Empty);
    }

    [Test]
    public void A_person_named_once_with_a_title_is_the_same_person_at_later_mentions()
    {
        const string text = "总领事柏振宇出席仪式。\n据悉，柏振宇在讲话中谈及合作前景。";
        var starts = Entities(text).OfType<PersonEntity>().Where(p => p.Text == "柏振宇").Select(p => p.Start);
        Assert.That(starts, Is.EqualTo(new[] { 3, text.LastIndexOf("柏振宇", StringComparison.Ordinal) }));
    }

    [Test]
    public void Provinces_and_prefectures_are_locations()
    {
        var locations = Entities("项目分布在湖南省和黔东南。").OfType<LocationEntity>().Select(l => l.Text);
        Assert.That(locations, Is.SupersetOf(new[] { "湖南省", "黔东南" }));
    }

    [Test]
    public void No_span_gets_two_labels()
    {
        var entities = Entities("成都高新区管委会与睿康药业、湖南省交通运输厅在长沙签约。");
        foreach (var a in entities)
        foreach (var b in entities)
        {
            if (ReferenceEquals(a, b)) continue;
            var overlap = a.Start < b.End && b.Start < a.End;
            var nested = a is ZoneEntity && b is OrganizationEntity && a.Start >= b.Start && a.End <= b.End;
            Assert.That(!overlap || nested || (b is ZoneEntity && a is OrganizationEntity), $"{a} overlaps {b}");
        }
    }
}
