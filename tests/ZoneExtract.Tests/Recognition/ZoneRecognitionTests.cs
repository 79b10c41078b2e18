using ZoneExtract.Recognition.Zones;

namespace ZoneExtract.Tests.Recognition;

/// <summary>ZONE recognition on sentences written for these tests: gazetteer forms, patterns, brackets, quotes, generic mentions.</summary>
public class ZoneRecognitionTests
{
    private static ZoneEntity[] Zones(string text) => SharedExtractor.Instance.Extract(text).Zones.ToArray();

    [TestCase("成都高新区今年引进项目30个。", "成都高新区", "成都高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("记者走访了西安国家高新区的企业。", "西安国家高新区", "西安高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("芜湖国家级高新区新增企业。", "芜湖国家级高新区", "芜湖高新技术产业开发区", ZoneKind.HighTechZone)] // as 国家级经开区
    [TestCase("武汉东湖新技术开发区发布新政。", "武汉东湖新技术开发区", "武汉东湖新技术开发区", ZoneKind.HighTechZone)]
    [TestCase("张江高新区集聚了大量芯片企业。", "张江高新区", "上海张江高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("项目落在长沙经开区。", "长沙经开区", "长沙经济技术开发区", ZoneKind.EconomicDevelopmentZone)]
    [TestCase("西青经开区与企业签约。", "西青经开区", "天津西青经济技术开发区", ZoneKind.EconomicDevelopmentZone)]
    [TestCase("两江新区的汽车产业持续增长。", "两江新区", "重庆两江新区", ZoneKind.NewArea)]
    [TestCase("成都天府新区与企业签约。", "成都天府新区", "四川天府新区", ZoneKind.NewArea)]
    [TestCase("陕西西安高新区发布新政。", "陕西西安高新区", "西安高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("该企业入驻四川自贸试验区。", "四川自贸试验区", "中国(四川)自由贸易试验区", ZoneKind.FreeTradeZone)]
    [TestCase("中国（湖北）自由贸易试验区挂牌。", "中国（湖北）自由贸易试验区", "中国(湖北)自由贸易试验区", ZoneKind.FreeTradeZone)]
    [TestCase("湖北自贸区武汉片区新增企业。", "湖北自贸区武汉片区", "中国(湖北)自由贸易试验区武汉片区", ZoneKind.FreeTradeZone)]
    [TestCase("苏南自创区建设提速。", "苏南自创区", "苏南国家自主创新示范区", ZoneKind.DemonstrationZone)]
    [TestCase("哈大齐自创区揭牌。", "哈大齐自创区", "哈大齐国家自主创新示范区", ZoneKind.DemonstrationZone)]
    [TestCase("拉萨高新区新增企业。", "拉萨高新区", "拉萨高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("企业落户四川自贸试验区天府新区片区。", "四川自贸试验区天府新区片区", "中国(四川)自由贸易试验区成都天府新区片区", ZoneKind.FreeTradeZone)]
    [TestCase("广东自贸区前海蛇口片区扩容。", "广东自贸区前海蛇口片区", "中国(广东)自由贸易试验区深圳前海蛇口片区", ZoneKind.FreeTradeZone)]
    [TestCase("南沙自贸片区新增企业。", "南沙自贸片区", "中国(广东)自由贸易试验区广州南沙新区片区", ZoneKind.FreeTradeZone)] // an area alone
    [TestCase("研究选取了深圳前海蛇口自贸区的数据。", "深圳前海蛇口自贸区", "中国(广东)自由贸易试验区深圳前海蛇口片区", ZoneKind.FreeTradeZone)] // and with 自贸区
    [TestCase("南沙片区外资企业增加300家。", "南沙片区", "中国(广东)自由贸易试验区广州南沙新区片区", ZoneKind.FreeTradeZone)] // by its own name and 片区
    [TestCase("广东自贸区南沙片区新设企业。", "广东自贸区南沙片区", "中国(广东)自由贸易试验区广州南沙新区片区", ZoneKind.FreeTradeZone)]
    [TestCase("下一步，临港新片区管委会将出台措施。", "临港新片区", "中国(上海)自由贸易试验区临港新片区", ZoneKind.FreeTradeZone)] // a new area by its own name
    [TestCase("去年，\n浙江嘉善经济技术开发区引进项目。", "浙江嘉善经济技术开发区", "嘉善经济技术开发区", ZoneKind.EconomicDevelopmentZone)] // a place at a line's start
    [TestCase("寿县经开区今年引进项目。", "寿县经开区", "安徽寿县经济开发区", ZoneKind.EconomicDevelopmentZone)] // a provincial zone of the statistics list
    // zones of the 2018 catalogue: provincial ones without their province, customs areas, other kinds
    [TestCase("项目落户鹿泉经济开发区。", "鹿泉经济开发区", "河北鹿泉经济开发区", ZoneKind.EconomicDevelopmentZone)]
    [TestCase("分宜工业园区新签约项目。", "分宜工业园区", "江西分宜工业园区", ZoneKind.Park)]
    [TestCase("北京天竺综保区进口增长。", "北京天竺综保区", "北京天竺综合保税区", ZoneKind.BondedZone)]
    [TestCase("上海松江出口加工区扩区。", "上海松江出口加工区", "上海松江出口加工区", ZoneKind.BondedZone)]
    [TestCase("大连金石滩国家旅游度假区迎客。", "大连金石滩国家旅游度假区", "大连金石滩国家旅游度假区", ZoneKind.DevelopmentZone)]
    [TestCase("中哈霍尔果斯国际边境合作中心客流回升。", "中哈霍尔果斯国际边境合作中心", "中哈霍尔果斯国际边境合作中心", ZoneKind.Other)]
    // a customs area by the name before its kind without its city, though that name is no place (外高桥: a common noun to jieba and a listed firm)
    [TestCase("在外高桥保税区注册的贸易企业达到9000家。", "外高桥保税区", "上海外高桥保税区", ZoneKind.BondedZone)]
    [TestCase("前湾保税港区冷链物流项目投用。", "前湾保税港区", "青岛前湾保税港区", ZoneKind.BondedZone)]
    [TestCase("两路寸滩保税港区转型升级。", "两路寸滩保税港区", "重庆两路寸滩保税港区", ZoneKind.BondedZone)]
    // zones that national plans name outside the national lists, under their official name and the plans' short forms
    [TestCase("前海深港现代服务业合作区实际使用外资增长。", "前海深港现代服务业合作区", "前海深港现代服务业合作区", ZoneKind.DevelopmentZone)]
    [TestCase("深圳建设中国特色社会主义先行示范区三周年。", "中国特色社会主义先行示范区", "中国特色社会主义先行示范区", ZoneKind.DemonstrationZone)]
    [TestCase("浙江高质量发展建设共同富裕示范区取得进展。", "共同富裕示范区", "共同富裕示范区", ZoneKind.DemonstrationZone)]
    [TestCase("山东新旧动能转换综合试验区建设取得成效。", "山东新旧动能转换综合试验区", "山东新旧动能转换综合试验区", ZoneKind.DevelopmentZone)]
    [TestCase("支持宁夏建设黄河流域生态保护和高质量发展先行区。", "黄河流域生态保护和高质量发展先行区", "黄河流域生态保护和高质量发展先行区", ZoneKind.DevelopmentZone)]
    [TestCase("乐城先行区的特许药械政策持续释放红利。", "乐城先行区", "博鳌乐城国际医疗旅游先行区", ZoneKind.DevelopmentZone)]
    [TestCase("江东新区的总部经济加快发展。", "江东新区", "海口江东新区", ZoneKind.NewArea)]
    [TestCase("中新天津生态城引进企业。", "中新天津生态城", "中新天津生态城", ZoneKind.NewArea)]
    [TestCase("以特高压骨干电网为支撑的中新生态城智能电网建成。", "中新生态城", "中新天津生态城", ZoneKind.NewArea)] // news' short form
    [TestCase("中德生态园已经引进项目。", "中德生态园", "中德生态园", ZoneKind.Park)] // 生态园, a bilateral park's head
    [TestCase("企业落户衡阳白沙洲工业园区。", "衡阳白沙洲工业园区", "白沙洲工业园", ZoneKind.Park)] // listed as 工业园, written with jieba's 工业园区
    public void Gazetteer_forms_carry_the_official_name(string text, string span, string canonical, ZoneKind kind)
    {
        var zone = Zones(text).Single();
        Assert.That((zone.Text, zone.CanonicalName, zone.Kind), Is.EqualTo((span, canonical, kind)));
        Assert.That(text.Substring(zone.Start, zone.Length), Is.EqualTo(span));
    }

    [TestCase("江苏无锡惠山经济开发区", "economic-development", "江苏无锡惠山经济开发区 无锡惠山经济开发区 惠山经济开发区 江苏无锡惠山经开区 无锡惠山经开区 惠山经开区")]
    [TestCase("北京天竺综合保税区", "comprehensive-bonded", "北京天竺综合保税区 天竺综合保税区 北京天竺综保区 天竺综保区")]
    [TestCase("江西分宜工业园区", "industrial-park", "江西分宜工业园区 分宜工业园区 江西分宜工业园 分宜工业园")]
    public void A_catalogued_zone_also_goes_without_its_province_and_prefecture(string official, string kind, string forms) =>
        Assert.That(new ZoneNameForms(SharedExtractor.Resources.Names.Places).Catalogued(official, kind), Is.EquivalentTo(forms.Split(' ')));

    [TestCase("上海外高桥保税区", "上海外高桥保税区 外高桥保税区")] // a customs area: its own name before the kind
    [TestCase("厦门象屿保税物流园区", "厦门象屿保税物流园区 象屿保税物流园区")]
    [TestCase("汕头经济特区保税区", "汕头经济特区保税区")] // a zone word before the kind is no name of its own
    [TestCase("兰州新区综合保税区", "兰州新区综合保税区 兰州新区综保区")]
    [TestCase("丹东边境经济合作区", "丹东边境经济合作区")] // 边境 is part of the kind
    public void A_customs_area_goes_without_its_city_when_its_own_name_remains(string official, string forms) =>
        Assert.That(SharedExtractor.Resources.Zones.FormsOf(official), Is.EquivalentTo(forms.Split(' ')));

    [TestCase("成都天府新区片区", new[] { "成都天府新区片区", "天府新区片区" })]
    [TestCase("天津港片区", new[] { "天津港片区" })]
    [TestCase("大连片区", new[] { "大连片区" })]
    public void A_free_trade_area_also_goes_without_its_leading_city_when_a_name_remains(string area, string[] forms)
    {
        Assert.That(new ZoneNameForms(SharedExtractor.Resources.Names.Places).FreeTradeArea(area), Is.EqualTo(forms));
    }

    [TestCase("他们在光明科学城建设实验室。", "光明科学城", ZoneKind.ScienceCity)]
    [TestCase("企业落户龙泉驿汽车产业园。", "龙泉驿汽车产业园", ZoneKind.Park)]
    [TestCase("东部(宁波)科技城吸引人才。", "东部(宁波)科技城", ZoneKind.TechnologyCity)]
    [TestCase("东部（宁波）科技城吸引人才。", "东部（宁波）科技城", ZoneKind.TechnologyCity)]
    [TestCase("中国（绵阳）科技城今年营业收入增长。", "中国（绵阳）科技城", ZoneKind.TechnologyCity)] // a generic word before a bracketed city
    [TestCase("中德（沈阳）高端装备制造产业园新签约项目。", "中德（沈阳）高端装备制造产业园", ZoneKind.Park)] // words between the bracket and the suffix
    [TestCase("中韩（长春）国际合作示范区引进企业。", "中韩（长春）国际合作示范区", ZoneKind.DemonstrationZone)] // 合作 ends an ordinary name's walk
    [TestCase("中国（南京）软件谷今年收入增长。", "中国（南京）软件谷", ZoneKind.Valley)]
    [TestCase("企业落户中新（苏州）工业园区。", "中新（苏州）工业园区", ZoneKind.Park)] // 中 and a country's first character: the two parties
    [TestCase("企业扎根于中国药谷。", "中国药谷", ZoneKind.Valley)]
    [TestCase("“中国声谷”入驻企业超1000家。", "中国声谷", ZoneKind.Valley)] // 合肥's speech industry base
    [TestCase("该项目落户成都天府创新谷。", "成都天府创新谷", ZoneKind.Valley)] // 创新 would end the valley walk
    [TestCase("青岛蓝色硅谷核心区引进项目。", "青岛蓝色硅谷", ZoneKind.Valley)] // a city before a valley's two words is the zone's
    [TestCase("公司搬进了“云智谷”。", "云智谷", ZoneKind.Valley)]
    [TestCase("企业进驻光谷软件园。", "光谷软件园", ZoneKind.Park)] // a valley's park, named after it (zones13)
    [TestCase("光谷光电子信息产业园引进企业。", "光谷光电子信息产业园", ZoneKind.Park)]
    [TestCase("加快建设世界计算·长沙智谷，推动计算力成为生产力。", "世界计算·长沙智谷", ZoneKind.Valley)] // a brand-like prefix joined by a middle dot
    [TestCase("当地建成“星河软件园”。", "星河软件园", ZoneKind.Park)]
    [TestCase("抚顺石化新城投资20亿元。", "抚顺石化新城", ZoneKind.NewArea)]
    [TestCase("集聚效应得益于泉州星澜工业园的政策。", "泉州星澜工业园", ZoneKind.Park)] // ordinary words before the place are outside
    [TestCase("成都天府国际空港新城建设提速。", "成都天府国际空港新城", ZoneKind.NewArea)] // the city before a long name is the zone's
    [TestCase("管委会主任柯建率临港新城代表团来访。", "临港新城", ZoneKind.NewArea)]
    [TestCase("副主任吕良率滨江新城考察团来访。", "滨江新城", ZoneKind.NewArea)] // a title and a person before the place are outside
    [TestCase("项目落户高新区中牟园区。", "高新区中牟园区", ZoneKind.HighTechZone)] // a named part names the zone
    [TestCase("罗湖工业区企业复工。", "罗湖工业区", ZoneKind.Park)] // 工业区: a zone type of the 2018 catalogue
    [TestCase("企业进驻南通物流园区。", "南通物流园区", ZoneKind.Park)]
    [TestCase("今年以来，海南自贸港持续释放引资磁力。", "海南自贸港", ZoneKind.FreeTradeZone)] // 自贸港: the short form of 自由贸易港
    // zone types named in State Council and provincial approvals that news writes after a name
    [TestCase("平潭综合实验区出台新政。", "平潭综合实验区", ZoneKind.DevelopmentZone)]
    [TestCase("成都天府国际生物城签约项目12个。", "成都天府国际生物城", ZoneKind.TechnologyCity)]
    [TestCase("西安国际港务区开行中欧班列。", "西安国际港务区", ZoneKind.DevelopmentZone)]
    [TestCase("大连高新园区新增企业。", "大连高新园区", ZoneKind.HighTechZone)]
    [TestCase("他的公司落户在义乌创意园。", "义乌创意园", ZoneKind.Park)]
    [TestCase("郑州航空港区今年进出口增长。", "郑州航空港区", ZoneKind.DevelopmentZone)]
    [TestCase("瑞丽国家重点开发开放试验区边境贸易增长。", "瑞丽国家重点开发开放试验区", ZoneKind.DevelopmentZone)] // 开发 and 开放 would end the walk
    [TestCase("湘南湘西承接产业转移示范区获批。", "湘南湘西承接产业转移示范区", ZoneKind.DemonstrationZone)] // 承接 would end the walk
    [TestCase("青海柴达木循环经济试验区工业增加值增长。", "青海柴达木循环经济试验区", ZoneKind.DevelopmentZone)] // and 循环
    [TestCase("长沙临空经济示范区今年新增企业。", "长沙临空经济示范区", ZoneKind.DemonstrationZone)]
    [TestCase("怀化市大学生创业园即将开张。", "怀化市大学生创业园", ZoneKind.Park)]
    [TestCase("罗先生家住南岸经开区青龙路。", "南岸经开区", ZoneKind.EconomicDevelopmentZone)] // a locality word that names a district (南岸区)
    [TestCase("县里正在培育市级渠南工业园。", "渠南工业园", ZoneKind.Park)] // the level ranks the zone, it does not name it
    [TestCase("苏锡通科技产业园区内的企业超过5000家。", "苏锡通科技产业园区", ZoneKind.Park)] // jieba's 产业园|区内
    [TestCase("某公司成功承揽乾州新区山头绿化工程。", "乾州新区", ZoneKind.NewArea)] // a verb before the place is outside, however rare
    [TestCase("格林美在荆门高新技术产业园区投资建设的项目已经投产。", "荆门高新技术产业园区", ZoneKind.HighTechZone)] // jieba's 格林|美在: the preposition glued to the firm's last character
    [TestCase("广东省潮商会拟集体投资增城工业园。", "增城工业园", ZoneKind.Park)] // a place stays, though jieba tags 增城 a verb
    [TestCase("工厂位于中山市三角镇高平工业区。", "中山市三角镇高平工业区", ZoneKind.Park)] // a town whose name is a common word (三角)
    [TestCase("警方判断肇事车辆经常在小榄工业区附近活动。", "小榄工业区", ZoneKind.Park)] // a town's name (小榄镇), though jieba calls 小榄 a noun
    [TestCase("杭州跨境电商综试区进出口额增长20%。", "杭州跨境电商综试区", ZoneKind.DevelopmentZone)] // a cross-border e-commerce pilot zone
    [TestCase("宁波跨境电子商务综合试验区新增企业。", "宁波跨境电子商务综合试验区", ZoneKind.DevelopmentZone)]
    [TestCase("郑州综试区进口增长。", "郑州综试区", ZoneKind.DevelopmentZone)]
    [TestCase("西咸空港经济区引进项目。", "西咸空港经济区", ZoneKind.DevelopmentZone)] // a place and what the zone is
    [TestCase("企业落户八一工业园区。", "八一工业园区", ZoneKind.Park)] // a numbered name is no common vocabulary
    [TestCase("泰兴化工园区新签约项目。", "泰兴化工园区", ZoneKind.Park)] // 化工园区, matched over jieba's 化工|园区
    [TestCase("企业落户泰兴精细化工园区。", "泰兴精细化工园区", ZoneKind.Park)]
    [TestCase("家具先出口到上海保税物流区，再进口到国内。", "上海保税物流区", ZoneKind.BondedZone)] // news' short form of 保税物流园区 // the suffix inside jieba's word: the whole word is the name's
    [TestCase("TCL新疆产业园开工。", "TCL新疆产业园", ZoneKind.Park)] // a firm and a place: the area the firm develops
    [TestCase("通化医药园区被省政府批复为省级高新技术产业开发区。", "通化医药园区", ZoneKind.Park)] // a place and a trade before 园区
    [TestCase("在未来武汉汉川家具园区将有10万人入住。", "武汉汉川家具园区", ZoneKind.Park)]
    [TestCase("通化医药园区经济总量稳步增长。", "通化医药园区", ZoneKind.Park)] // a park named by its place keeps its economy
    [TestCase("4月27日,火炬开发区召开一季度经济形势分析会。", "火炬开发区", ZoneKind.DevelopmentZone)] // the Torch Programme's name: 中山's zone
    [TestCase("项目落户东丰县经济开发区。", "东丰县经济开发区", ZoneKind.EconomicDevelopmentZone)] // not the listed 丰县经济开发区 (江苏)
    [TestCase("项目落户灌南县经济开发区。", "灌南县经济开发区", ZoneKind.EconomicDevelopmentZone)] // not the listed 南县经济开发区 (湖南)
    [TestCase("庄渊棋和深圳IC产业基地的企业签约。", "深圳IC产业基地", ZoneKind.IndustrialBase)] // a place and a trade's acronym
    // a name that jieba holds in one word with its suffix: no word before it names the zone
    [TestCase("天津开发区邀国际买家来采购。", "天津开发区", ZoneKind.DevelopmentZone)] // 天津开发区, one word to jieba, at a line's start
    [TestCase("记者从武汉东湖开发区获悉。", "武汉东湖开发区", ZoneKind.DevelopmentZone)]
    [TestCase("企业落户泰达开发区。", "泰达开发区", ZoneKind.DevelopmentZone)] // a proper noun to jieba (泰达, nz)
    [TestCase("郑东新区金融岛建设提速。", "郑东新区", ZoneKind.NewArea)] // jieba's 郑东新|区
    [TestCase("深汕特别合作区签约项目。", "深汕特别合作区", ZoneKind.DevelopmentZone)] // 特别, an adverb to jieba, is the kind's
    [TestCase("北京大学科技园入驻企业增加。", "北京大学科技园", ZoneKind.Park)] // a national university science park
    // the national level between the place and the words that describe the zone, words that end an ordinary walk included
    [TestCase("该项目位于江阴国家火炬计划特钢精品产业基地。", "江阴国家火炬计划特钢精品产业基地", ZoneKind.IndustrialBase)]
    [TestCase("无锡国家传感网创新示范区建设加快。", "无锡国家传感网创新示范区", ZoneKind.DemonstrationZone)]
    [TestCase("常州国家火炬计划新材料产业基地投产。", "常州国家火炬计划新材料产业基地", ZoneKind.IndustrialBase)] // jieba's 新|材料: a qualifier, no function word
    // a name jieba cut into characters it did not know, after a place that anchors them
    [TestCase("遵义市新蒲新区引进项目。", "遵义市新蒲新区", ZoneKind.NewArea)]
    [TestCase("项目落户柳州市阳和工业新区。", "柳州市阳和工业新区", ZoneKind.NewArea)] // 和 inside the name
    [TestCase("扬州国家半导体照明工程产业化基地已集聚LED企业50家。", "扬州国家半导体照明工程产业化基地", ZoneKind.IndustrialBase)]
    [TestCase("深圳经济特区成立40周年。", "深圳经济特区", ZoneKind.DevelopmentZone)] // jieba's one nt word
    [TestCase("喀什经济特区建设加快推进。", "喀什经济特区", ZoneKind.DevelopmentZone)]
    [TestCase("中以(上海)创新园正式开园。", "中以(上海)创新园", ZoneKind.Park)] // a bilateral park's head after the two parties
    [TestCase("中法(武汉)生态示范城项目推进。", "中法(武汉)生态示范城", ZoneKind.NewArea)]
    [TestCase("西安高新开发区新增企业500家。", "西安高新开发区", ZoneKind.HighTechZone)] // jieba's 高新, an adverb
    [TestCase("项目落户南宁高新开发区。", "南宁高新开发区", ZoneKind.HighTechZone)]
    [TestCase("温州市金融综合改革试验区获批。", "温州市金融综合改革试验区", ZoneKind.DevelopmentZone)] // 改革 ended the walk
    [TestCase("青岛古镇口军民融合创新示范区今年引进项目。", "青岛古镇口军民融合创新示范区", ZoneKind.DemonstrationZone)] // 融合 ended the walk
    [TestCase("福建省平潭综合试验区获得支持。", "福建省平潭综合试验区", ZoneKind.DevelopmentZone)] // 综合 ended the walk
    [TestCase("深圳湾科技生态园二期项目建成投用。", "深圳湾科技生态园", ZoneKind.Park)] // not the firm 深圳湾科技
    [TestCase("嘉兴外向型产业园加快建设。", "嘉兴外向型产业园", ZoneKind.Park)] // a word of type after a place: the place names the zone
    public void Patterns_find_names_no_list_has(string text, string span, ZoneKind kind)
    {
        var zone = Zones(text).Single();
        Assert.That((zone.Text, zone.Kind, zone.CanonicalName), Is.EqualTo((span, kind, (string?)null)));
    }

    // a high-tech zone's park named by its district and 园, a word of its own (一区多园)
    [TestCase("佛山高新区南海园发展迅速。", "佛山高新区南海园")]
    [TestCase("兰州高新区七里河园区开工。", "兰州高新区七里河园区")]
    // a county between a province or prefecture and the name, though jieba tags it a person's name (德清, 安吉: nr)
    [TestCase("近日，浙江德清莫干山高新区举行项目签约仪式。", "浙江德清莫干山高新区")]
    [TestCase("湖州德清莫干山高新区召开大会。", "湖州德清莫干山高新区")]
    [TestCase("浙江安吉天子湖现代工业园加快建设。", "浙江安吉天子湖现代工业园")]
    public void A_county_after_a_province_or_prefecture_belongs_to_the_zone(string text, string span) =>
        Assert.That(Zones(text).Single().Text, Is.EqualTo(span));

    // a verb of naming ends the name on its left, though jieba tags 又称 and 被誉为 nouns
    [TestCase("北京经济技术开发区又称亦庄开发区。", "亦庄开发区")]
    [TestCase("东莞松山湖被誉为松山湖科技园。", "松山湖科技园")]
    public void A_verb_of_naming_is_no_part_of_the_zone(string text, string span) =>
        Assert.That(Zones(text).Select(zone => zone.Text), Does.Contain(span).And.None.Contains("称").And.None.Contains("誉"));

    // a province, city or district whose first character jieba cut off (和|上|海洋|山, 新|吴区): the place starts the name
    [TestCase("该企业和上海洋山特殊综合保税区签约。", "上海洋山特殊综合保税区")]
    [TestCase("货物从上海洋山特殊综合保税区出口。", "上海洋山特殊综合保税区")]
    [TestCase("无锡新吴区硕放工业园企业座谈会召开。", "无锡新吴区硕放工业园")] // a district too (新|吴区|硕放)
    [TestCase("无锡市新吴区鸿山工业园新开工项目12个。", "无锡市新吴区鸿山工业园")] // glued to the name (新|吴区鸿山)
    [TestCase("东莞市长安镇上沙工业区的一家工厂起火。", "东莞市长安镇上沙工业区")] // a town's suffix glued to the name (长安|镇上|沙)
    [TestCase("塘厦第一工业区是最早兴建的工业区。", "塘厦第一工业区")] // a town's numbered area: the walk stopped at the number
    [TestCase("1992年，塘厦128工业区投入使用。", "塘厦128工业区")]
    [TestCase("1991年北京市政府决定建设北京市亦庄工业小区。", "北京市亦庄工业小区")] // the early 1990s' kind
    public void A_place_cut_by_the_segmenter_still_starts_the_zone(string text, string span) =>
        Assert.That(Zones(text).Single().Text, Is.EqualTo(span));

    // kinds of national and provincial approvals whose own words (旅游, 发展, 合作, 承接: verbs to jieba) ended the walk;
    // a listed zone's stem that is a national class, or that goes on with the official name, is no short form there
    [TestCase("文化和旅游部支持广西防城港边境旅游试验区建设。", "广西防城港边境旅游试验区")]
    [TestCase("会议听取了桂林国家可持续发展议程创新示范区工作汇报。", "桂林国家可持续发展议程创新示范区")]
    [TestCase("成都市青白江区工业集中发展区，今年新引进项目15个。", "成都市青白江区工业集中发展区")] // 成都's kind (集中|发展: verbs)
    [TestCase("福建漳州海峡两岸农业合作试验区建设取得新进展。", "福建漳州海峡两岸农业合作试验区")]
    [TestCase("宁东能源化工基地管委会负责人介绍了情况。", "宁东能源化工基地")] // inside the ORG: the contract's one nesting
    [TestCase("河北唐山国家农业科技园区入选后，科技部公布第八批国家农业科技园区名单。", "河北唐山国家农业科技园区")]
    [TestCase("国务院批复皖江城市带承接产业转移示范区规划。皖江城市带是产业转移的重点区域。", "皖江城市带承接产业转移示范区")]
    [TestCase("随州市曾都区省级承接应急产业转移示范区完成认定。", "随州市曾都区省级承接应急产业转移示范区")]
    [TestCase("名单包括恩施高新区省级承接现代中药产业转移示范区。", "恩施高新区省级承接现代中药产业转移示范区")]
    // an autonomous prefecture's short form with 州 before the county places the zone like the prefecture's name (恩施州 of
    // 恩施土家族苗族自治州, 黔东南州): 湖北's list of 2022
    [TestCase("名单包括恩施州宣恩县省级承接硒食品产业转移示范区。", "恩施州宣恩县省级承接硒食品产业转移示范区")]
    [TestCase("黔东南州凯里经济开发区新签约项目12个。", "黔东南州凯里经济开发区")]
    // a prefecture alone before the kind, though jieba tags it a verb (开封 v): 河南's 开封新区 (2014)
    [TestCase("这里是开封新区的核心区域。", "开封新区")]
    // a county-level district's short form right before a listed zone (浦东 of 浦东新区): news' name of the zone
    [TestCase("浦东陆家嘴金融贸易区是国务院批准设立的国家级金融贸易区。", "浦东陆家嘴金融贸易区")]
    [TestCase("滨海天津港保税区进出口增长。", "滨海天津港保税区")]
    // a port's or airport's word after the place is the kind of zone (临港经济区), no region like 长三角|经济区
    [TestCase("管委会负责人表示，上海临港经济区也在加快建设。", "上海临港经济区")]
    [TestCase("郑州临空经济区引进项目。", "郑州临空经济区")]
    // a trade in brackets inside the kind word: the sector parks of the national eco-industrial demonstration list
    [TestCase("包头国家生态工业(铝业)示范园区是首批示范园区之一。", "包头国家生态工业(铝业)示范园区")]
    [TestCase("贵港国家生态工业（制糖）示范园区建设通过国家验收。", "贵港国家生态工业（制糖）示范园区")] // full-width brackets, kept in the span
    [TestCase("哈尔滨工业大学国家大学科技园与地方政府签约。", "哈尔滨工业大学国家大学科技园")] // named by its university
    public void A_kind_of_the_approvals_heads_one_zone(string text, string span) =>
        Assert.That(Zones(text).Single().Text, Is.EqualTo(span));

    // a block of a named zone named by its direction (a zone built in several blocks): one ZONE, no LOC 南区
    [TestCase("成都高新区南区新增企业1.2万家。", "成都高新区南区")]
    [TestCase("今年以来，天津经开区西区新落地项目30个。", "天津经开区西区")]
    [TestCase("天津经济技术开发区西区是其重要组成部分。", "天津经济技术开发区西区")]
    [TestCase("项目位于合肥经开区南区。", "合肥经开区南区")]
    public void A_part_named_by_its_direction_belongs_to_the_zone(string text, string span)
    {
        var entities = SharedExtractor.Instance.Extract(text).Entities;
        Assert.That(entities.Where(e => e.Label is EntityLabel.Zone or EntityLabel.Location).Select(e => e.Text), Is.EqualTo(new[] { span }));
    }

    // the parks of one zone listed one after the other with the same area word: each is a zone
    [TestCase("中关村科技园区海淀园、丰台园和昌平园实现收入增长。", new[] { "中关村科技园区海淀园", "丰台园", "昌平园" })]
    [TestCase("佛山高新区南海园、顺德园、禅城园发展迅速。", new[] { "佛山高新区南海园", "顺德园", "禅城园" })]
    [TestCase("兰州高新区七里河园区和安宁园区开工。", new[] { "兰州高新区七里河园区", "安宁园区" })]
    public void Parks_listed_after_a_zones_named_part_are_zones(string text, string[] spans) =>
        Assert.That(SharedExtractor.Instance.Extract(text).Entities.Where(e => e.Label is EntityLabel.Zone or EntityLabel.Location).Select(e => e.Text),
            Is.EqualTo(spans));

    [Test] // a place alone after the park is no park
    public void A_place_after_a_zones_named_part_is_no_park() =>
        Assert.That(Zones("佛山高新区南海园和顺德的企业发展迅速。").Select(z => z.Text), Is.EqualTo(new[] { "佛山高新区南海园" }));

    [TestCase("高新区东区将继续优化营商环境。")] // a suffix alone names no zone, with or without a direction
    [TestCase("在西安高新区东区域布局项目。")] // 东|区域: no part named
    public void A_direction_after_an_unnamed_zone_or_before_a_longer_word_is_no_part(string text) =>
        Assert.That(Zones(text).Select(z => z.Text), Has.None.EndsWith("东区"));

    // a catalogued zone under its county's short form, though jieba holds the form as a common word (石首, 当阳, 乳源)
    [TestCase("记者走进石首经济开发区。", "石首经济开发区", "湖北石首经济开发区")]
    [TestCase("公司与当阳经开区签署投资协议。", "当阳经开区", "湖北当阳经济开发区")]
    [TestCase("今年以来，乳源经开区新签约项目20个。", "乳源经开区", "广东乳源经济开发区")]
    [TestCase("四川南部经济开发区今年引进项目。", "四川南部经济开发区", "四川南部经济开发区")] // 南部 of 南部县 after its province
    // a provincial zone of the statistics list under its title without its province (jieba cuts 曾都 into 曾|都, two adverbs)
    [TestCase("项目落户随州市曾都经济开发区。", "随州市曾都经济开发区", "湖北曾都经济开发区")]
    // a provincial high-tech park under its own kind word without the province (江西余干高新技术产业园区)
    [TestCase("今年以来，余干高新技术产业园区新签约项目。", "余干高新技术产业园区", "江西余干高新技术产业园区")]
    // platforms that the national plans name by their own names
    [TestCase("推进深港科技创新合作区建设。", "深港科技创新合作区", "河套深港科技创新合作区")]
    [TestCase("打造广州南沙粤港澳全面合作示范区。", "广州南沙粤港澳全面合作示范区", "广州南沙粤港澳全面合作示范区")]
    [TestCase("中国－上海合作组织地方经贸合作示范区位于青岛。", "中国－上海合作组织地方经贸合作示范区", "中国-上海合作组织地方经贸合作示范区")]
    [TestCase("去年，上合示范区进出口额增长38%。", "上合示范区", "中国-上海合作组织地方经贸合作示范区")]
    // the first industrial-transfer demonstration zone, whose 城市|带 ended the walk (2011 news)
    [TestCase("皖江城市带承接产业转移示范区引进项目500个。", "皖江城市带承接产业转移示范区", "皖江城市带承接产业转移示范区")]
    [TestCase("皖江示范区新引进亿元以上项目300个。", "皖江示范区", "皖江城市带承接产业转移示范区")]
    public void A_listed_zone_found_by_a_form_of_this_round_keeps_its_official_name(string text, string span, string canonical)
    {
        var zone = Zones(text).Single();
        Assert.That((zone.Text, zone.CanonicalName), Is.EqualTo((span, (string?)canonical)));
    }

    [TestCase("高新区将继续优化营商环境。")]
    [TestCase("今年全省新建经济开发区5个。")] // 新建 of 江西新建经济开发区 (新建区) is "newly built" here
    [TestCase("园区企业和直管园企业同步复工。")]
    [TestCase("全市各类开发区和产业园加快建设。")]
    [TestCase("经济运行跌入低谷后回升。")]
    [TestCase("这段录像被称为“赫尔曼德河山谷”。")] // a quoted valley of the land: 山 is no field of innovation
    [TestCase("国家级高新区数量增加。")]
    [TestCase("我们在新区域布局项目。")]
    [TestCase("建设若干具有影响力的高科技园区。")] // 高|科技园区: one character is a modifier, not a name
    [TestCase("周边工业区的企业纷纷迁出。")] // a locality word is no name
    [TestCase("一些西部工业区正在招商。")]
    [TestCase("该市积极创建国家军民融合创新示范区。")] // the kind alone
    [TestCase("项目位于县城南部经济开发区，总投资5亿元。")] // a locality after a word places the zone: 南部 is no county there
    [TestCase("RCEP是全球最大自贸区。")] // a superlative is no name
    [TestCase("这是全国第一个国家级高新技术开发区。")] // an ordinal and a level word are no name
    [TestCase("他向呼市公安局开发区分局报案。")] // a body's name before the suffix is no zone's name
    [TestCase("随着中国-东盟自贸区建设推进，双边贸易增长。")] // two parties joined by a dash: a trade agreement's area
    [TestCase("冀中能源峰峰集团新城花园小区建设完工。")] // a firm's legal form before the suffix: the firm's estate
    [TestCase("洋山是全国唯一的特殊综合保税区。")] // an adjective describes a kind of zone
    [TestCase("两地均为临空经济示范区。")] // the kind alone (临空 would have been read as a name)
    [TestCase("当地建立了大学生创业园，以创业带动就业。")] // a kind of park named by whom it serves
    [TestCase("重庆市统筹城乡综合配套改革试验区获批。")] // a city's reform designation: no 配套改革试验区 cut out of it
    [TestCase("古雷是国家七大石化产业基地之一。")] // common words after a count: a kind that is counted
    [TestCase("我国设立了五个经济特区。")] // counted: the kind
    [TestCase("高新区南海园林局发布通知。")] // 园 opening 园林 is no park of the zone (the bare 高新区 is none)
    [TestCase("该村建设农业生态园，吸引游客。")] // without two parties 生态园 is a garden or a farm
    [TestCase("当地规划建设锂电产业园，总投资50亿元。")] // a trade jieba holds a few times as nz (锂电): no name
    [TestCase("该市正在建设汽摩产业基地。")]
    [TestCase("发展战略性新兴产业高新区是重要举措。")] // 新兴产业, nt 3 times
    [TestCase("这里是国家级石化产业基地。")] // or after a level: a kind that is ranked
    [TestCase("会议在科技创新片区举行。")] // an area alone needs a place's name (北京's 科技创新片区 is named by its kind)
    [TestCase("公司大连片区的销售增长。")] // a city's name and 片区: a firm's or a body's regional division
    [TestCase("国务院同意在27个城市设立第五批跨境电商综试区。")] // a kind that is counted
    [TestCase("新的模具工业园区正在加紧建立。")] // a trade in common words describes a park, it does not name one
    [TestCase("合肥将建设具有国际影响力的太阳能光伏新能源产业基地。")]
    [TestCase("三江正在积极构建全国重要茶叶产业基地。")]
    [TestCase("货物在保税区与境内保税区外之间进出。")] // a locality word before a bonded zone
    [TestCase("该厂是整个工业区面积最大的一家。")] // a determiner before a park
    [TestCase("推进低碳社区、高品质饮用水示范区等建设。")] // what a demonstration zone shows, in common words
    [TestCase("海南要充分利用自贸港零关税优势。")] // and a free trade port, after a phrase jieba calls a noun
    [TestCase("各地政府开发区不明说。")] // a body and a development zone
    [TestCase("打造滨江企业总部集聚区。")]
    [TestCase("这条铁路将连接长三角经济区和珠三角经济区。")] // a region's economy under a regional plan
    [TestCase("计划建设1000座新能源示范区。")] // a measure word after a number counts zones
    [TestCase("国务院批准海峡西岸经济区发展规划，研究支持中原经济区建设。")]
    [TestCase("全国跨境电商综试区已达132个。")]
    [TestCase("企业生产精细化工产品，一批化工园区通过认定。")] // the kind alone
    [TestCase("这里是中国首个区块链产业园。")] // an ordinal before a new trade jieba lacks: the first of a kind
    [TestCase("全国第一个区块链产业园落户。")]
    [TestCase("这是珠三角地区四大照明LED集聚区之一。")] // a trade's acronym names no area
    [TestCase("当地正在建设LED产业基地。")]
    [TestCase("长春、通化、敦化和白山4个医药园区共实现产值。")] // counted: a kind, no name
    [TestCase("河北黄骅、泊头、安徽芜湖等模具园区都有所扩大。")] // a trade alone before 园区
    [TestCase("该园区引进项目20个，园区内企业增长。")]
    [TestCase("该工程用于上海浦东迪斯尼乐园园区的自来水供应。")] // a park's grounds
    [TestCase("冒着高温跑遍世博园区才盖好的。")] // and jieba's 世博园|区
    [TestCase("他说长安镇上的工业区很大。")] // a town's suffix glued to a function word: the town's area, no name
    [TestCase("赛迪顾问园区经济研究中心发布百强榜单。")] // 园区经济, the field of park economy, in a research body's name
    [TestCase("技术开发区和工业园区都在建设。")] // common vocabulary in one word with the suffix: a kind
    [TestCase("认定为国家大学科技园。")]
    [TestCase("江苏省内各开发区加快发展。")] // characters that are all function words
    [TestCase("成都市将在高新区建设。")] // a preposition first
    [TestCase("抚吉高速是江西省对接海西经济区的跨省主通道之一。")] // a prefecture's name alone before 经济区: the region of a plan
    [TestCase("极可能搬至南京市某一工业园区内。")] // a zone the writer does not name
    [TestCase("厦门、上海、大连、南昌、深圳是首批国家半导体照明工程产业化基地。")] // counted and national: the kind
    [TestCase("2005年，世纪晶源和国家化合物半导体产业基地应运而生。")] // a conjunction before 国家, no place
    [TestCase("第五批综合试验区名单公布。")] // the kind counted
    [TestCase("建设科技生态园。")]
    [TestCase("已逐步成长为一个科创智创型活力新区。")] // a word of type: what sort of zone, not which
    [TestCase("打造科技型新区和都市型产业园区。")]
    [TestCase("下来将对当前镇村低效工业园改造存在的问题进行研究。")] // the towns' and villages' parks, a level
    [TestCase("加快镇街工业园建设。")]
    [TestCase("全市镇村工业集聚区发展较快。")]
    [TestCase("该县被市政府确定为全市“现代农业示范区”。")] // a title conferred, quoted: the class the title makes
    [TestCase("园区获评省级“特色产业园区”。")]
    [TestCase("5个专业园区晋升为产业集聚区。")] // a word and 为: the class they were raised to
    [TestCase("7个产业集聚区被调整为专业园区。")]
    [TestCase("不再享受省定产业集聚区有关支持政策。")] // 省定 "province-designated", a level
    [TestCase("这是全镇第二个工业区。")] // an ordinal with a measure word counts
    [TestCase("各县纷纷建设工业小区。")]
    [TestCase("其后依次为浙江省、广东省,入榜园区数量分别为9席、8席。")] // 入 and its object, a verb jieba lacks: the ranked parks
    public void Generic_mentions_are_not_zones(string text)
    {
        Assert.That(Zones(text), Is.Empty);
    }

    [TestCase("郑州经开区中牟园区新签约项目。", "郑州经开区中牟园区")] // the zone and its part, named by a county
    [TestCase("两江新区鱼复工业园区新签约项目。", "两江新区", "鱼复工业园区")] // a part with a zone word of its own
    [TestCase("在杭州高新区国家动画产业基地里，记者找到了一个样本。", "杭州高新区", "国家动画产业基地")] // common words after a zone: the zone places it
    [TestCase("这家企业落户杭州高新区，动画产业基地也在建设。", "杭州高新区")] // not across a pause
    public void A_zone_and_its_named_part(string text, params string[] spans) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(spans));

    [Test]
    public void A_quoted_name_after_a_zone_is_a_second_zone_without_the_quotes()
    {
        var zones = Zones("南部(广州)科学城“智创谷”年底开园。");
        Assert.That(zones.Select(z => z.Text), Is.EqualTo(new[] { "南部(广州)科学城", "智创谷" }));
    }

    [TestCase("今年中关村企业总收入增长。")]
    [TestCase("中关村管委会发布新政。")]
    [TestCase("项目落户中关村，年内投产。")]
    [TestCase("会议指出，\n中关村管委会将出台措施。")] // a line's first word
    public void A_zone_goes_by_its_own_name_alone(string text)
    {
        var zone = Zones(text).Single();
        Assert.That((zone.Text, zone.CanonicalName), Is.EqualTo(("中关村", "中关村国家自主创新示范区")));
    }

    [TestCase("目前，前海已累计注册港资企业1.2万家。", "前海", "前海深港现代服务业合作区", ZoneKind.DevelopmentZone)]
    [TestCase("前海管理局日前发布数据。", "前海", "前海深港现代服务业合作区", ZoneKind.DevelopmentZone)] // a word ending in a body's head
    [TestCase("今年以来横琴新增澳资企业600余家。", "横琴", "横琴粤澳深度合作区", ZoneKind.DevelopmentZone)]
    [TestCase("央企在雄安设立的机构超过100家。", "雄安", "河北雄安新区", ZoneKind.NewArea)]
    [TestCase("张江聚集了一批创新药企业。", "张江", "上海张江高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("漕河泾今年新增外资研发中心5家。", "漕河泾", "上海漕河泾新兴技术开发区", ZoneKind.DevelopmentZone)]
    [TestCase("亦庄已集聚高端制造企业500家。", "亦庄", "北京经济技术开发区", ZoneKind.EconomicDevelopmentZone)]
    [TestCase("松山湖今年新增高新技术企业200家。", "松山湖", "东莞松山湖高新技术产业开发区", ZoneKind.HighTechZone)]
    [TestCase("位于泰州的中国医药城集聚了1000多家医药企业。", "中国医药城", "泰州医药高新技术产业开发区", ZoneKind.HighTechZone)] // a brand its bodies carry
    [TestCase("企业落户麓谷，享受政策支持。", "麓谷", "长沙高新技术产业开发区", ZoneKind.HighTechZone)]
    public void Zones_of_other_lists_go_by_their_own_names_too(string text, string span, string canonical, ZoneKind kind)
    {
        var zone = Zones(text).Single();
        Assert.That((zone.Text, zone.CanonicalName, zone.Kind), Is.EqualTo((span, canonical, kind)));
    }

    [TestCase("保监会与北京市中关村管委会举办大会，中关村部分企业签署协议。", new[] { "北京市中关村", "中关村" })] // named before: 中关村|部分
    [TestCase("中关村部分企业签署协议。", new string[0])] // not named before: the name may open another's (中关村|部分)
    [TestCase("中关村管委会给予支持，这是中关村地区第一个民办科技开发机构。", new[] { "中关村" })] // a locality after it: the place
    [TestCase("中关村管委会表示，将推动中关村智能等孵化器落地。", new[] { "中关村" })] // a generic word after it: a platform's name
    public void Once_named_an_own_name_before_a_common_word_is_the_zone(string text, string[] spans) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(spans));

    [TestCase("江苏（无锡）国家级车联网先导区建设提速。", new[] { "江苏（无锡）国家级车联网先导区" })] // the MIIT's pilot areas
    [TestCase("深圳人工智能创新应用先导区获批。", new[] { "深圳人工智能创新应用先导区" })]
    [TestCase("工信部支持创建国家级车联网先导区。", new string[0])] // the kind alone
    [TestCase("温州海洋经济发展示范区新引进项目30个。", new[] { "温州海洋经济发展示范区" })] // and the NDRC's marine economy zones
    [TestCase("全国14个海洋经济发展示范区。", new string[0])]
    [TestCase("上海化工区今年产值增长。", new[] { "上海化工区" })] // chemical parks by news' short forms (jieba: 上海化工, a firm)
    [TestCase("惠州大亚湾石化区产值突破千亿。", new[] { "惠州大亚湾石化区" })]
    [TestCase("古雷石化基地开工。", new[] { "古雷石化基地" })]
    [TestCase("该市化工园关停。", new string[0])]
    public void The_ministries_pilot_areas_are_zones_by_their_place(string text, string[] spans) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(spans));

    [TestCase("前海人寿宣布增持。")] // a firm named after the zone
    [TestCase("张江高科发布公告。")]
    [TestCase("张江镇人民政府发布通知。")] // the town of the same name
    [TestCase("该区被称为“合肥版中关村”。")] // another place's "version" of the zone: a figure of speech
    [TestCase("亦庄镇政府发布通知。")] // a division's suffix after the name, though a body's head ends the word
    public void An_own_name_inside_another_name_is_no_zone(string text) => Assert.That(Zones(text), Is.Empty);

    [TestCase("企业落户北京中关村，年内投产。", new[] { "北京中关村" })] // a city before the own name is the zone's
    [TestCase("中关村科学城引进项目。", new[] { "中关村科学城" })] // the own name starts a longer zone
    [TestCase("中关村海淀园今年营收增长。", new[] { "中关村海淀园" })] // or one of its parks: a district and 园
    [TestCase("中关村生命科学园引进企业。", new[] { "中关村生命科学园" })] // a field and 园
    [TestCase("重庆高新区推动中关村智能等孵化器落地。", new[] { "重庆高新区" })] // or a platform's name
    [TestCase("这是中关村地区第一个民办科技开发机构。", new string[0])] // or names a place
    public void A_zone_s_own_name_before_another_name_word_is_not_the_zone(string text, string[] spans) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(spans));

    [Test]
    public void A_place_and_a_level_before_a_suffix_are_a_class_of_zones()
    {
        var zones = Zones("宁波杭州湾新区和绍兴滨海新区都是浙江省级新区。");
        Assert.That(zones.Select(z => z.Text), Is.EqualTo(new[] { "宁波杭州湾新区", "绍兴滨海新区" }));
    }

    [TestCase("苏州工业园区股份有限公司发布公告。", "苏州工业园区股份有限公司")]
    [TestCase("天津经济技术开发区投资有限公司发行债券。", "天津经济技术开发区投资有限公司")]
    [TestCase("上海张江高科技园区开发股份有限公司发布年报。", "上海张江高科技园区开发股份有限公司")]
    public void A_zone_inside_a_firm_s_registered_name_is_part_of_one_company(string text, string firm)
    {
        var result = SharedExtractor.Instance.Extract(text);
        Assert.That((result.Zones.Count(), result.Entities.Where(e => e.Label == EntityLabel.Company).Select(e => e.Text)),
            Is.EqualTo((0, new[] { firm })));
    }

    [TestCase("电子城高新技术产业园区新增企业。", "电子城高新技术产业园区")] // 电子城, a listed firm and a rare noun to jieba
    [TestCase("外高桥保税区新增企业。", "外高桥保税区")]
    public void A_firm_named_after_its_zone_before_a_kind_no_firm_owns_names_the_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    [TestCase("打造绿色经开区，建设生物高新区。")] // frequent words that are brands too describe a kind
    public void A_frequent_word_that_is_a_brand_before_a_kind_names_no_zone(string text) =>
        Assert.That(Zones(text), Is.Empty);

    [TestCase("腾讯智慧产业总部、百度云手机产业基地相继落户长沙。")] // a firm's own base, the firm glued to its product by jieba
    [TestCase("华为产业园今年投产。")]
    public void A_listed_firm_s_own_park_or_base_is_no_zone(string text) =>
        Assert.That(Zones(text), Is.Empty);

    [Test]
    public void The_zone_named_outside_the_firm_s_name_stays_a_zone()
    {
        var zones = Zones("重庆两江新区开发投资集团有限公司在两江新区投资。");
        Assert.That(zones.Select(z => z.Text), Is.EqualTo(new[] { "两江新区" }));
    }

    [TestCase("湖北自贸试验区挂牌以来，武汉片区、襄阳片区和宜昌片区累计新增企业3万家。", "湖北自贸试验区", "武汉片区", "襄阳片区", "宜昌片区")]
    [TestCase("福建自贸试验区厦门片区、福州片区和平潭片区新增企业。", "福建自贸试验区厦门片区", "福州片区", "平潭片区")]
    [TestCase("公司大连片区的销售增长，武汉片区也不错。")] // no zone named: a firm's regional divisions
    public void An_area_named_by_its_city_is_the_area_where_the_text_names_its_zone(string text, params string[] spans) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(spans));

    [TestCase("中越东兴-芒街跨境经济合作区建设取得进展。", "中越东兴-芒街跨境经济合作区")]
    [TestCase("中越河口—老街跨境经济合作区正式启动。", "中越河口—老街跨境经济合作区")] // 老街, a common word, named nothing alone
    [TestCase("凭祥-同登跨境经济合作区加快建设。", "凭祥-同登跨境经济合作区")]
    [TestCase("在磨憨-磨丁经济合作区投资的企业增加。", "磨憨-磨丁经济合作区")] // a town jieba cut into characters
    public void A_cross_border_zone_is_named_by_the_towns_on_both_sides(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    [TestCase("粤港澳大湾区-东盟经济合作区论坛召开。")]
    [TestCase("2011-2015年经济合作区建设规划出台。")]
    public void A_dash_before_a_cooperation_zone_without_two_towns_names_none(string text) =>
        Assert.That(Zones(text), Is.Empty);

    [TestCase("他毫不犹豫地选择了硅谷IT巨头。")] // 硅谷 alone is California's
    [TestCase("该中心和美国硅谷研发机构合作。")] // a valley inside jieba's word of another name (美国硅谷, nz)
    [TestCase("酒店背依狮子峰，离云谷索道站1公里。")] // 云谷索道: a scenic spot's cableway
    public void A_valley_alone_or_inside_another_name_is_no_zone(string text) =>
        Assert.That(Zones(text), Is.Empty);

    // a square, road or street named after the valley is a place (zones13: 光谷广场, 光谷步行街 on 2019-2024 Wuhan pages)
    [TestCase("光谷步行街入选全国夜消费商圈前三名。")]
    [TestCase("区域内有光谷广场和金融港，交通便利。")]
    [TestCase("企业总部位于光谷大道。")]
    public void A_valley_before_a_square_or_road_word_names_the_place_not_the_zone(string text) =>
        Assert.That(Zones(text), Is.Empty);

    // so is a road or station named after a zone (zones14: 新城大道 of a 2011 eb page, whose section jieba glued to 大道北)
    [TestCase("目前，续建道路新城大道北延及坎墩环镇北路东段工程已全线贯通。")]
    [TestCase("车辆沿滨江新城大道向东行驶。")]
    [TestCase("乘客可在西永微电园站换乘。")]
    public void A_zone_before_a_road_or_station_word_names_the_place_not_the_zone(string text) =>
        Assert.That(Zones(text), Is.Empty);

    [TestCase("项目位于西永微电园，占地300亩。", "西永微电园")]
    public void A_zone_before_other_words_stays_a_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    // an official name that fills a list's item, longer than the few words of an ordinary walk (2021-2023 provincial lists
    // of recognised chemical parks: a county-level city, a name and trades before 产业园区)
    [TestCase("第二批共认定9家化工园区，分别是沈阳化学工业园、东港市前阳精细化工产业园区、锦州滨海化工产业园区。", "东港市前阳精细化工产业园区")]
    [TestCase("名单包括盘锦帅乡工业园区、鞍山精细有机新材料化工产业园。", "鞍山精细有机新材料化工产业园")]
    [TestCase("序号 | 园区名称 | 面积\n2 | 天目医药港化工集聚区 | 111.11", "天目医药港化工集聚区")] // a table's cell
    public void An_official_name_that_fills_a_list_item_is_one_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Does.Contain(span));

    // the rule asks a place or a rare word of the item: a trade listed among trades names no zone
    [TestCase("重点发展新能源、新材料产业园。")]
    public void A_trade_in_a_list_of_trades_names_no_zone(string text) =>
        Assert.That(Zones(text), Is.Empty);

    // carriers found in 2021-2022 news: 科创园 (科技创新园) and 高新技术区 (a short form of 高新技术产业开发区) after a name
    [TestCase("计划新建淀山湖北部湾科创园等一批项目。", "淀山湖北部湾科创园")]
    [TestCase("项目公司的盈利依托于合肥高新技术区内部的产业聚集。", "合肥高新技术区")]
    public void A_science_park_or_a_high_tech_zone_by_its_news_form_is_a_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    [TestCase("各地加快建设科创园。")]
    [TestCase("这是全国首个国家级高新技术区。")]
    public void Those_carriers_alone_are_kinds(string text) =>
        Assert.That(Zones(text), Is.Empty);

    // the circular-economy parks named by their city or county (2011 news; 循环, a verb to jieba, had ended the walk)
    [TestCase("加快建设黄山市循环经济园，同步推进配套完善园区排污管网。", "黄山市循环经济园")]
    [TestCase("格尔木循环经济园区的钾肥项目已投产。", "格尔木循环经济园区")]
    [TestCase("鹤壁市宝山循环经济产业集聚区新签约项目。", "鹤壁市宝山循环经济产业集聚区")] // 河南's province-designated kind
    [TestCase("襄城县循环经济产业集聚区晋级为省定产业集聚区。", "襄城县循环经济产业集聚区")]
    public void A_circular_economy_park_by_its_place_is_a_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    [TestCase("各地要积极发展循环经济园区。")]
    [TestCase("规划建设循环经济园。")]
    [TestCase("规划建设循环经济产业集聚区。")]
    public void A_circular_economy_park_without_a_name_is_a_kind(string text) =>
        Assert.That(Zones(text), Is.Empty);

    // MOST's Torch Programme names its bases with the programme first (国家火炬 + place + trade + 特色产业基地)
    [TestCase("国家火炬滨海流体装备特色产业基地通过国家科技部复审。", "国家火炬滨海流体装备特色产业基地")]
    [TestCase("该园区被认定为国家火炬昆山传感器特色产业基地。", "国家火炬昆山传感器特色产业基地")]
    public void The_torch_programme_opening_a_base_name_belongs_to_it(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    // a province's official name alone before a park's or development zone's kind word names the province's class of zones
    // (the provincial lists and rules of 2019-2023: 辽宁省化工园区名单, 山东省化工园区认定管理办法, 江苏省开发区条例)
    [TestCase("网站公布了《关于公布辽宁省化工园区名单(第二批)的通知》。")]
    [TestCase("根据《山东省化工园区认定管理办法》规定，经评审确定。")]
    [TestCase("《江苏省开发区条例》正式施行。")]
    // a province's short form alone before 农业科技园区: the province's programme of agricultural parks (广西's notices of 2022)
    [TestCase("关于认定2022年广西农业科技园区的通知")]
    [TestCase("根据《广西农业科技园区管理办法》(桂科农字〔2021〕号)开展认定。")]
    [TestCase("各园区申请单位高度重视河南农业科技园区的建设。")]
    [TestCase("上个世纪九十年代的“农业科技园区”政策,具有典型的示范作用。")] // the kind alone in quotes
    public void A_province_alone_before_a_kind_word_names_its_class_of_zones(string text) =>
        Assert.That(Zones(text), Is.Empty);

    // but a province's free trade zone is one zone, and a place after the province names a park
    [TestCase("海南省自由贸易港建设提速。", "海南省自由贸易港")]
    [TestCase("辽宁省大连大孤山化工园区通过认定。", "辽宁省大连大孤山化工园区")]
    [TestCase("批准广西柳江农业科技园区等3家园区筹建。", "广西柳江农业科技园区")]
    [TestCase("北京昌平国家农业科技园区建设成效显著。", "北京昌平国家农业科技园区")]
    public void A_province_with_its_free_trade_zone_or_a_named_park_stays_a_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));

    // a town's name (东吴 of 东吴镇, here a broker's) or a frequent locality word (南部 of 南部县) before a listed zone is not its district
    [TestCase("上交所有东吴苏州工业园区REIT。", "苏州工业园区")]
    [TestCase("这里是上海南部陆家嘴金融贸易区的延伸。", "陆家嘴金融贸易区")]
    public void Only_a_county_level_district_opens_a_listed_zone(string text, string span) =>
        Assert.That(Zones(text).Select(z => z.Text), Is.EqualTo(new[] { span }));
}
