namespace ZoneExtract.Tests.Recognition;

/// <summary>COMPANY by legal-form and industry heads, by list context and before a corporate role, on sentences written for these tests.</summary>
public class CompanyRecognitionTests
{
    private static string[] Companies(string text) =>
        SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text).ToArray();

    [TestCase("据悉，青岛高新澜盛和发展有限公司拟出资一亿元。", "青岛高新澜盛和发展有限公司")] // 和 closes the trade name (澜盛|和)
    [TestCase("公司拟收购澜盛和发展有限公司部分股权。", "澜盛和发展有限公司")]
    [TestCase("据悉，中储粮江苏总部落户南京。", "中储粮")] // a group's regional headquarters: the group is named
    [TestCase("此次签约的中电建华东区域总部等项目。", "中电建")]
    [TestCase("成都云图智联科技有限公司今天发布新品。", "成都云图智联科技有限公司")]
    [TestCase("据悉，青岛海纳股份有限公司完成融资。", "青岛海纳股份有限公司")]
    [TestCase("芯旺微电子宣布扩产。", "芯旺微电子")]
    [TestCase("会上，睿康药业介绍了新药进展。", "睿康药业")]
    [TestCase("记者走访了炬芯照明的生产线。", "炬芯照明")]
    [TestCase("经济学者、允泰资本创始合伙人付立春分析。", "允泰资本")] // 资本 closes an investment firm's name
    [TestCase("隆基股份发布公告称，公司拟投资建设项目。", "隆基股份")] // an exchange short name closed by 股份
    [TestCase("目前，星润光伏一期项目已实现60MW产能。", "星润光伏")] // sector heads of solar firms
    [TestCase("截至目前，晶星太阳能3GW硅片项目已全面开工。", "晶星太阳能")]
    [TestCase("位于开发区的“怡澜印染”率先实施淘汰。", "怡澜印染")] // rule-only heads of trades whose firms are named by brand + trade
    [TestCase("当地的永澜染织完成了改造。", "永澜染织")]
    [TestCase("星岚燃气宣布上调价格。", "星岚燃气")]
    [TestCase("瑞岚机械宣布扩产。", "瑞岚机械")] // an unknown brand before a machine head
    [TestCase("光大期货分析师表示，钢价将企稳。", "光大期货")] // a futures firm: no commodity before 期货
    [TestCase("三六零宣布拟战略入股哪吒汽车。", "哪吒汽车")] // a figure's name (jieba nrt 98) opens a brand
    [TestCase("推想科技宣布完成新一轮融资。", "推想科技")] // a rare verb opens brands before 科技, as in the exchange short names
    [TestCase("河南登封铝业宣布扩产。", "河南登封铝业")] // a county's short form that jieba tags as a verb is still a place
    [TestCase("另外，高密埃孚光伏上半年出口增长。", "高密埃孚光伏")] // and one it tags as a frequent adjective (高密 of 高密市)
    [TestCase("据了解，高密孚日家纺扩大了产能。", "高密孚日家纺")]
    [TestCase("对此，鼎岚律师事务所律师杨功涵表示。", "鼎岚律师事务所")] // jieba: 鼎岚|律师|事务所律师, a law firm's form
    [TestCase("瑞岚会计师事务所出具了审计报告。", "瑞岚会计师事务所")]
    [TestCase("日前，中国储备粮管理总公司正式对外确认采购。", "中国储备粮管理总公司")] // 总公司 of a state enterprise's registered name
    [TestCase("开始走低碳路线，力威门业认为发展前景广阔。", "力威门业")] // industry words of trades: 门业, 茶业, 衣业, 服饰
    [TestCase("其中排名最高的瑞岚房产。", "瑞岚房产")] // 房产 closes a real-estate firm's name like 地产 and 置业 (建发房产)
    [TestCase("其中包括碧海集团、瑞岚房产及滨江集团。", "瑞岚房产")]
    public void Heads_close_company_names(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("他在北京燃气公司工作多年。", "北京燃气公司")] // jieba: 北京|燃气公司, a city's firm of a trade
    [TestCase("杭州公交公司新增线路。", "杭州公交公司")]
    [TestCase("北京跨国公司数量居全国首位。", null)] // 跨国公司 is a set phrase (438 times): a kind, no firm
    [TestCase("当地房产交易量下降，杭州房产市场回暖。", null)] // a place's 房产 is its housing market, no firm
    public void A_city_before_a_trade_firm_word_is_one_company(string text, string? company)
    {
        Assert.That(Companies(text), Is.EqualTo(company is null ? Array.Empty<string>() : new[] { company }));
    }

    [TestCase("国内知名律师事务所纷纷设立分所。")] // a professional firm's form alone is a kind of firm
    [TestCase("北京的律师事务所数量增加。")]
    public void A_law_firm_form_alone_is_no_company(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("本公司董事会保证内容真实。\n经蓝海科技股份有限公司同意，本次交易完成。", "蓝海科技股份有限公司")] // 经 of approval
    [TestCase("经纬纺织机械股份有限公司发布公告。", "经纬纺织机械股份有限公司")] // a brand that opens with 经 is one word
    public void A_lone_jing_before_a_firm_is_the_preposition_of_approval(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [TestCase("公司拟减持格力电器股份。", "格力电器")] // a verb before the firm: its shares
    [TestCase("该基金持有紫金矿业股份。", "紫金矿业")]
    public void Shares_of_a_firm_are_not_part_of_its_name(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [TestCase("蓝海科技集团与客户签约。", "蓝海科技集团")]
    [TestCase("北辰精工(苏州)有限公司新增投资。", "北辰精工(苏州)有限公司")]
    [TestCase("北辰精工（苏州）有限公司新增投资。", "北辰精工（苏州）有限公司")]
    [TestCase("北辰石化（大连）炼化有限公司二期项目投产。", "北辰石化（大连）炼化有限公司")] // the business part after the bracket
    [TestCase("星澜汽车（中国）投资有限公司宣布投资。", "星澜汽车（中国）投资有限公司")]
    [TestCase("星澜（集团）有限公司与深圳市政府签约。", "星澜（集团）有限公司")] // the group's bracket of the registered form
    [TestCase("星辰微电(中国)有限公司在津设立分部。", "星辰微电(中国)有限公司")]
    [TestCase("其中信达生物制药有限公司新增投资。", "信达生物制药有限公司")] // jieba: 其中|信|达|生物制药, and 达 is a frequent verb
    [TestCase("记者从中铝稀土(江苏)有限公司了解到。", "中铝稀土(江苏)有限公司")] // jieba: 记者|从中|铝|稀土, 从中 an adverb
    [TestCase("记者从中粮集团获悉，项目投产。", "中粮集团")] // jieba: 从中|粮|集团
    [TestCase("林毅夫考察的万士达液晶显示器有限公司，是触控面板供应商。", "万士达液晶显示器有限公司")] // jieba: 万士 (counted 4 times)|达
    [TestCase("开发区引进宁德时代新能源科技股份有限公司，投资建厂。", "宁德时代新能源科技股份有限公司")] // jieba: 科技股份|有限公司
    [TestCase("星澜开发集团股份有限公司发布年报。", "星澜开发集团股份有限公司")] // jieba: 开发|集团股份|有限公司, 开发 a business word
    [TestCase("德国斯玛特新材料技术有限公司的专家说。", "德国斯玛特新材料技术有限公司")] // jieba: 新|材料, an industry word cut in two
    [TestCase("据悉，香港连发电子科技有限公司在苏州建厂。", "香港连发电子科技有限公司")] // 连发: a rare verb before the business words is the brand
    [TestCase("政府将调集大量资金投入星澜晶源科技有限公司。", "星澜晶源科技有限公司")] // jieba: 大量|资金投入|…, a noun glued to its verb
    [TestCase("重点放在江苏镇江子公司蓝鲸光电公司。", "蓝鲸光电公司")] // 子公司 introduces the subsidiary's name
    [TestCase("本次活动的承办方星澜集团董事长出席。", "星澜集团")] // a party's role introduces its name
    [TestCase("协会表示支持会员单位星澜传媒股份有限公司。", "星澜传媒股份有限公司")]
    [TestCase("2008年成立浙江同升酒业有限责任公司。", "浙江同升酒业有限责任公司")] // jieba: 浙江|同|升|酒业: 同 opens the brand after a place
    [TestCase("控股股东广东新恒基集团近期调集资金。", "广东新恒基集团")] // jieba: 广东|新|恒基|集团
    public void Legal_forms_take_in_an_industry_word_a_bracketed_place_or_a_brand_jieba_cut_apart(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [TestCase("集团全资子公司Starlan(HongKong)Limited正式签约。", "Starlan(HongKong)Limited")]
    [TestCase("公司宣布收购Bluewhale Software Corporation旗下业务。", "Bluewhale Software Corporation")]
    [TestCase("合作方为Sun-Ray Innovations Pte Ltd.，总部在新加坡。", "Sun-Ray Innovations Pte Ltd.")]
    [TestCase("与Hansa Werke GmbH & Co. KG的子公司Hansa Tech AG签约。", "Hansa Tech AG")] // the walk stops at Chinese text
    public void A_Latin_legal_form_closes_a_Latin_name(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("新一代大飞机AG600完成试飞。")] // a model number, not a form
    [TestCase("据路透社(Reuters) Inc.报道。")] // no Latin name inside the brackets before the form
    public void Latin_letters_without_a_name_before_the_form_are_no_company(string text)
    {
        Assert.That(Companies(text).Where(c => c.Contains("AG") || c.Contains("Inc")), Is.Empty);
    }

    [TestCase("日前，胜龙光电宣布扩产。", "胜龙光电")] // jieba: 胜|龙光电 (a rare proper noun), 胜 a frequent verb
    [TestCase("台湾旺华实业的子公司今年扩产。", "旺华实业")] // jieba: 台湾|旺|华实业, after a place
    public void A_lone_character_before_a_rare_word_that_ends_in_a_head_opens_the_brand(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [TestCase("今年上半年，江苏电子信息业实现主营业务收入1.2万亿元。", "江苏电子")] // a place's industry, its market, its fair
    [TestCase("浙江汽车零部件产业集群已初具规模。", "浙江汽车")]
    [TestCase("杭州医药流通行业集中度不断提高。", "杭州医药")]
    [TestCase("天津汽车市场今年销量下滑明显。", "天津汽车")]
    [TestCase("深圳电子制造业出口增长12%。", "深圳电子")]
    [TestCase("2011深圳照明展将于6月开幕。", "深圳照明")]
    [TestCase("记者在2011深圳照明展上看到。", "深圳照明")] // jieba: 展上, an unknown word
    public void A_place_and_an_industry_word_before_a_word_of_the_trade_are_no_firm(string text, string notCompany)
    {
        Assert.That(Companies(text), Has.None.EqualTo(notCompany));
    }

    [TestCase("沈阳汽车有限公司称，今年沈阳汽车零部件采购额增长两成。", "沈阳汽车")] // the legal form elsewhere shows the firm
    [TestCase("深圳电子有限公司透露，深圳电子零部件订单增长三成。", "深圳电子")]
    public void A_place_and_an_industry_word_stay_a_firm_with_company_evidence(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("随着中国稀土产业快速发展，价格稳步攀升。", "中国稀土")] // listed names too, before an industry noun
    [TestCase("此举有助于引导山西焦化产业走出低谷。", "山西焦化")]
    [TestCase("按照中国建材流通协会的统计，水泥产量增长。", "中国建材")]
    [TestCase("地震之后，中国核电产业怎么发展备受关注。", "中国核电")]
    public void A_listed_name_that_opens_with_a_place_before_an_industry_noun_is_the_place_industry(string text, string notCompany)
    {
        Assert.That(Companies(text), Has.None.EqualTo(notCompany));
    }

    [TestCase("中国核电今年发电量增长两成。", "中国核电")]
    [TestCase("青岛啤酒市场份额继续提升。", "青岛啤酒")] // a market share is the firm's: 市场 is no industry noun
    public void A_listed_name_that_opens_with_a_place_stays_a_firm_elsewhere(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("年产酒1.8万吨的中型企业集团。", "中型企业集团")] // a kind of firm before 集团, not a brand
    [TestCase("销售收入过百亿元的家电企业集团有五家。", "家电企业集团")]
    [TestCase("合肥光伏在全国领先。", "合肥光伏")] // a place's sector, not a firm
    [TestCase("绍兴印染在全国领先。", "绍兴印染")]
    [TestCase("在这些项目带动下，合肥太阳能光伏产业产值明年突破千亿。", "合肥太阳能")]
    [TestCase("路透社报道，今年早些时候太阳能全球第二大市场削减补贴。", "早些时候太阳能")] // the sector after a time word
    [TestCase("该公司1995年在台湾成立，致力于半导体晶片的研发。", "致力于半导体")] // a verb with 于 is no brand
    [TestCase("游戏里，B连将开着汽车、拿着重武器冲锋。", "开着汽车")] // jieba: 开着 (unknown), a verb and its aspect particle
    [TestCase("供应商提出了建议，不断完善电子招投标平台。", "不断完善电子")] // jieba: 不断完善|电子, a verb phrase before its object
    [TestCase("为东莞发展注入了澎湃动力。", "澎湃动力")] // a verb before a machine head names what it does, not a brand
    [TestCase("产品以混凝土机械、工程起重机械为主。", "起重机械")] // jieba: 起重机械, one word
    [TestCase("路面施工养护机械等为主。", "养护机械")]
    [TestCase("毒资3万余元，扣押汽车一辆。", "扣押汽车")] // no exchange short name puts a verb before 汽车: what is done to the car
    [TestCase("今年符合条件的报废汽车可获补贴。", "报废汽车")]
    [TestCase("要求各地严打食品非法添加行为。", "严打食品")]
    [TestCase("近期挂钩银行理财产品发行回落。", "挂钩银行")]
    [TestCase("中国家用电器工业规划出台。", "家用电器")] // jieba's set phrase (150 times, a noun), not 家用 + head
    [TestCase("公司获胜华科技订单。", "胜华科技")] // 获胜|华科技: the verb is a word of its own
    [TestCase("，让劳动力流动起来。", "让劳动力")] // 劳动力 is vocabulary, not a rare proper noun
    public void A_word_before_the_head_word_is_not_taken_into_the_brand(string text, string notCompany)
    {
        Assert.That(Companies(text), Has.None.EqualTo(notCompany));
    }

    [TestCase("这不仅有助于LED照明应用市场的发展。")] // a technology (LED), an attribute of products
    [TestCase("美国政府计划到2015年拥有100万辆电动汽车。")] // a kind of product: an attribute and an industry word
    [TestCase("2009年全年，冷冻食品的年产量在2500万吨以上。")]
    [TestCase("以ATM机为主要特征的自助银行发展也十分迅猛。")]
    [TestCase("开通了正版软件采购的电子化平台。")]
    [TestCase("在A股公司中，这类业务也属于这一类。")] // listed companies of a board, a kind
    public void An_attribute_of_products_or_firms_before_a_head_is_no_brand(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("记者从国内几大租车公司获悉，紧俏车型早已预订一空。")] // counted firms are a kind (几|大|租车|公司)
    [TestCase("记者从市内多家物业管理公司了解到，费用上涨。")]
    [TestCase("该车已经从三家风险投资公司处获得融资。")]
    public void Counted_firms_are_a_kind_not_a_name(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("这是继2009年内蒙古高路公司实施改造之后的又一工程。", "内蒙古高路公司")] // a year dates the sentence, it counts nothing
    public void A_year_before_a_name_counts_nothing(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("对粮油等实施最低保护价的农产品收购价全部上浮10%。")] // 收购 opens 收购价 here: no context for the listed form 农产品
    public void A_context_word_inside_a_longer_word_is_no_evidence(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("股东拟减持公司股份。")] // 减持|公司: the verb's object, the company the filing speaks of
    [TestCase("股东计划减持公司部分股份。")]
    [TestCase("董事会审议通过了《关于回购公司股份方案的议案》。")]
    public void Bare_company_after_a_verb_is_the_verbs_object(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("为清偿因参与认购TCL集团非公开发行股票所借款项。", "TCL集团")]
    [TestCase("其玻璃基板将专供华星光电。", "华星光电")]
    [TestCase("联想集团发布财报。", "联想集团")] // a brand jieba tags as a verb, alone before the head
    [TestCase("计划设立后，将全额认购星澜证券股份有限公司设立的理财产品。", "星澜证券股份有限公司")] // 全额|认购: the verb after a noun
    public void A_verb_before_a_brand_is_not_part_of_the_name(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }


    [TestCase("会上，中恒重工科技发展股份有限公司签约。", "中恒重工科技发展股份有限公司")] // 发展 is a verb to jieba
    [TestCase("日前，由甘肃蓝橙电力机具制造有限责任公司承建。", "甘肃蓝橙电力机具制造有限责任公司")] // 有限责任公司 takes common words (电力)
    [TestCase("乌兰察布市安达大件吊装运输有限责任公司是当地企业。", "乌兰察布市安达大件吊装运输有限责任公司")]
    [TestCase("北京星澜企业管理咨询有限公司总经理分析认为。", "北京星澜企业管理咨询有限公司")] // 企业 of 企业管理 ends no name here
    [TestCase("原告将蓝橙旅游信息技术（上海）有限公司告上法庭。", "蓝橙旅游信息技术（上海）有限公司")] // a sector word (旅游, a verb to jieba)
    [TestCase("日前，星澜旅游投资有限公司宣布扩产。", "星澜旅游投资有限公司")]
    public void A_registered_name_takes_in_the_business_words_before_its_legal_form(string text, string company)
    {
        Assert.That(SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text), Does.Contain(company));
    }

    [TestCase("昨日，记者联系山东星澜食品工业有限公司多位负责人。", "山东星澜食品工业有限公司")] // 联系, a noun to jieba
    [TestCase("两家公司的共同大股东北京蓝橙医药集团有限责任公司发布公告。", "北京蓝橙医药集团有限责任公司")]
    [TestCase("联邦家具北京公司总经理王建国表示，销量有所增加。", "联邦家具北京公司")] // a place right before the form: a branch
    public void A_registered_name_starts_at_the_place_after_common_words(string text, string company)
    {
        Assert.That(SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text), Does.Contain(company));
    }

    [Test]
    public void A_brand_that_begins_with_numerals_is_a_list_item_too()
    {
        Assert.That(Companies("高新区已引进三一重工、中联重科等企业。"), Does.Contain("三一重工"));
    }

    [Test]
    public void A_list_item_that_is_only_a_company_head_is_not_a_company()
    {
        var companies = Companies("海川科技集团、瑞丰电子、北辰联创等龙头企业纷纷落户。");
        Assert.That(companies, Does.Contain("海川科技集团").And.Contain("瑞丰电子"));
        Assert.That(companies, Has.None.EqualTo("集团").And.None.EqualTo("科技集团"));
    }

    [Test]
    public void A_place_with_its_level_and_an_industry_word_is_not_a_company()
    {
        // 郑州市地产 names the trade of the city; 郑州地产, without the level, may be a firm
        Assert.That(Companies("河南资产和郑州地产宣布联合设立郑州市地产纾困基金。"), Has.None.EqualTo("郑州市地产"));
    }

    [TestCase("政策、人才保障、ESG等是上述企业关注的问题。")] // 是 stands between 等 and 企业: the items are no firms
    [TestCase("涉及轨道交通、信息基础设施、新能源汽车等战略性新兴产业领域的86个项目。")] // 的 opens a clause before 项目
    [TestCase("当地科技企业数量增长。")]
    [TestCase("园区着力突破科技瓶颈。")]
    [TestCase("新一代电子信息产业加快发展。")]
    [TestCase("劳务公司负责组织招聘。")]
    [TestCase("吸引社会资本和民间资本参与建设。")] // 资本 after common words is capital, no firm
    [TestCase("拟使用自有资金回购公司部分社会公众股份。")] // 股份 after vocabulary: shares, no firm
    [TestCase("员工持股计划对回购股份的热衷不止于此。")]
    [TestCase("风险资本和私募资本大量涌入。")] // 私募 is a kind of fund, no trade name
    [TestCase("九大快递公司将针对平台定制服务。")] // trades rare in jieba's dictionary are generic words too
    [TestCase("一家配送公司负责配送。")]
    [TestCase("在节能环保等方面有积极作用。")]
    [TestCase("承德、邢台、唐山、张家口等地爱心企业也纷纷捐款。")] // 等地: the items are places
    [TestCase("增强经济发展的内生动力，实现持续增长。")] // 内生 (jieba: 127) is vocabulary, not a brand
    [TestCase("受降息影响，各大银行纷纷下调了存款利率。")] // 各大 (unknown to jieba) is a distributive word, as 各 is
    [TestCase("厂商表示这一软件将免费升级。")] // a demonstrative before the head
    [TestCase("亦需为董事局拟备公司的会议议程。")] // 董事局 names a kind of body, no brand
    [TestCase("市民挑选家装公司时要多比较报价。")] // an ordinary noun of a trade or goods before a short head: a kind, no brand
    [TestCase("该厂组建了炊具科技研发团队。")]
    [TestCase("走访中，橱柜公司普遍表示销量下滑。")]
    public void Kinds_of_firms_and_fields_are_not_companies(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("今天，武汉钢铁集团发布公告称将扩产。", "武汉钢铁集团")] // jieba: 武汉|钢铁集团, a kind in its dictionary
    [TestCase("本届展会由恒盛地产主办，吸引了众多买家。", "恒盛地产")] // jieba: 由恒盛|地产, the preposition glued to the brand
    public void A_name_jieba_glued_to_its_head_or_to_a_function_word_is_found(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [Test]
    public void Every_item_of_a_list_of_leading_firms_is_a_company()
    {
        var companies = Companies("会议鼓励星辰、蓝鲸数智、飞燕光电等龙头企业加大投入。");
        Assert.That(companies, Is.SupersetOf(new[] { "星辰", "蓝鲸数智", "飞燕光电" }));
    }

    [TestCase("将与星辰、蓝鲸和飞燕等企业合作。", "星辰", "蓝鲸", "飞燕")] // 和 before the last item joins two items
    [TestCase("中创新航、国轩高科、欣旺达等电池企业纷纷扩产。", "中创新航", "国轩高科", "欣旺达")] // jieba: 中|创新|航
    [TestCase("目前国轩高科、欣旺达等企业纷纷扩产。", "国轩高科", "欣旺达")] // 目前 is no part of the first item
    public void A_first_item_jieba_cut_to_a_lone_character_takes_the_clause_start(string text, params string[] firms)
    {
        Assert.That(Companies(text), Is.EqualTo(firms));
    }

    [TestCase("目前当地啤酒企业主要有4家，分别是：大连瑞雪、抚顺岚湖、阜新梅岚等。", "大连瑞雪", "抚顺岚湖", "阜新梅岚")]
    [TestCase("相关企业包括碧岚源、沁岚、安吉瑞等。", "碧岚源", "沁岚", "安吉瑞")]
    [TestCase("跨国公司在中国设立了合资公司，如杜邦瑞基、仪化岚丽等，这些公司实力雄厚。", "杜邦瑞基", "仪化岚丽")]
    public void A_list_closed_by_etc_alone_names_firms_when_a_word_for_firms_introduces_it(string text, params string[] firms)
    {
        Assert.That(Companies(text), Is.SupersetOf(firms));
    }

    [TestCase("企业文化的主要内容包括价值观、企业精神、经营宗旨等。")] // the firm noun is no subject of the list
    [TestCase("企业轻革产量前五名为浙江、河北、广东、山东等。")]
    [TestCase("公司主要产品包括监控系统、防灾系统、通信系统等。")]
    [TestCase("相关企业包括家具、橱柜、门窗等。")] // trades
    public void A_list_closed_by_etc_alone_names_no_firms_without_a_firm_noun_right_before_it(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("昨天，螺纹钢期货主力合约收盘下跌。")] // a futures contract, named after its commodity
    [TestCase("7月11日，郑州棉花期货主力合约开盘走低。")] // after the place of its market
    [TestCase("大连豆油期货13日表现偏强。")]
    [TestCase("越来越多橱柜、家具、门窗、地板等企业进入这一行业。")] // trades: kinds of firms by what they make
    [TestCase("中间商再次转手到电厂、化工、钢厂等企业时加价。")]
    public void A_list_of_trades_before_a_word_for_firms_names_no_firms(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [Test]
    public void A_brand_unknown_to_jieba_stays_a_company_in_a_list_with_a_trade()
    {
        Assert.That(Companies("赛门铁克、趋势等厂商设立了专门的系统。"), Does.Contain("赛门铁克"));
    }

    [TestCase("星辰、华夏、理想三家车企入选。", "星辰", "华夏", "理想")] // the count equals the number of items
    [TestCase("格力、奥克斯两大空调企业均在此设厂。", "格力", "奥克斯")]
    public void The_items_of_a_list_closed_by_a_count_of_firms_are_companies(string text, params string[] firms)
    {
        Assert.That(Companies(text), Is.SupersetOf(firms));
    }

    [TestCase("公司设有北京、上海、厦门三家分公司。")] // places counted before a firm word are the branches' places
    [TestCase("星辰、华夏、理想四家车企入选。")] // the count does not match the items
    public void A_counted_list_of_places_or_of_the_wrong_length_names_no_firms(string text)
    {
        Assert.That(Companies(text), Has.None.AnyOf("北京", "上海", "厦门", "理想"));
    }

    [TestCase("广州开发区投资集团有限公司与星澜汽车签约。", "广州开发区投资集团有限公司")]
    [TestCase("项目业主为重庆两江新区开发投资集团有限公司。", "重庆两江新区开发投资集团有限公司")]
    public void A_registered_company_named_by_a_zone_is_one_company(string text, string company)
    {
        var result = SharedExtractor.Instance.Extract(text);
        Assert.That(result.Companies.Select(c => c.Text), Does.Contain(company));
        Assert.That(result.Entities.Where(e => e.Label == EntityLabel.Zone), Is.Empty); // the contract nests a zone in an ORG only
    }

    [TestCase("中铁一局承建的地铁项目顺利贯通。", "中铁一局")] // a central construction group's numbered bureau
    [TestCase("在中铁二十一局兰新双线铁路路基铺设现场。", "中铁二十一局")]
    [TestCase("中交一航局中标该项目。", "中交一航局")]
    public void A_numbered_engineering_bureau_is_a_company(string text, string company)
    {
        var result = SharedExtractor.Instance.Extract(text);
        Assert.That(result.Companies.Select(c => c.Text), Does.Contain(company));
        Assert.That(result.Entities.Where(e => e.Label == EntityLabel.Organization), Is.Empty);
    }

    [TestCase("目前，中铁十三局三公司负责盾构施工。")] // jieba: 中铁|十三|局三|公司, the bureau's 局 glued to its company's numeral
    [TestCase("中铁十三局三首个盾构项目完工。")]
    public void A_bureau_glued_to_the_numeral_of_its_company_is_still_the_bureau(string text)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { "中铁十三局" }));
    }

    [Test]
    public void A_head_after_a_registered_company_is_the_firms_own_body()
    {
        var result = SharedExtractor.Instance.Extract("江苏星澜集团有限公司董事局主席沈文荣表示。");
        Assert.That(result.Entities.Where(e => e.Label == EntityLabel.Organization), Is.Empty);
    }

    [Test]
    public void A_list_of_projects_is_companies_only_when_one_item_has_a_company_head()
    {
        Assert.That(Companies("今年引进了瑞丰电子、北辰联创等12个项目。"), Is.SupersetOf(new[] { "瑞丰电子", "北辰联创" }));
        Assert.That(Companies("加快推进滨江大道、会展中心站等重点项目建设。"), Is.Empty);
        // a head after a generic modifier is a kind of project, not a brand (新能源|汽车)
        Assert.That(Companies("其中智能制造、新能源汽车等潜力产业项目22个。"), Is.Empty);
    }

    [TestCase("蓝橙智行董事长周立平在会上发言。", "蓝橙智行")]
    [TestCase("据介绍，云岫微纳创始人曾在海外求学。", "云岫微纳")]
    [TestCase("记者采访了墨矽CEO李安。", "墨矽")]
    public void The_name_before_a_corporate_role_is_a_company(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("该公司董事长表示将继续投入。")]
    [TestCase("集团总裁出席了签约仪式。")]
    [TestCase("重庆总经理论坛今天开幕。")]
    [TestCase("王建林董事长表示将扩大投资。")]
    public void Generic_words_places_and_persons_before_a_role_are_not_companies(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("2017年底，时任蓝橙地产董事长周立平提出新目标。", "蓝橙地产")] // the post verb is the sentence's, not the firm's
    [TestCase("此前，现任星澜置业总经理的李强表示。", "星澜置业")]
    public void A_post_verb_before_a_firm_and_its_role_stays_outside_the_name(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
        Assert.That(Companies(text), Has.None.StartsWith(text.Contains("时任") ? "时任" : "现任"));
    }

    [TestCase("周立平因年龄原因辞任公司董事长、董事职务。")]
    [TestCase("他在7月的股东大会上卸任董事长，正式交棒。")]
    public void A_post_verb_before_a_role_names_no_firm(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("该负责人表示，一是公司将加大研发投入；二是公司将优化产品结构。")] // 一是, 二是 number the points of a statement
    [TestCase("三是公司治理水平进一步提升。")]
    public void A_point_number_before_gongsi_names_no_firm(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [Test]
    public void A_point_number_stays_outside_the_firm_it_opens()
    {
        Assert.That(Companies("二是星澜科技有限公司将扩大产能。"), Is.EqualTo(new[] { "星澜科技有限公司" }));
    }

    [TestCase("除星澜科技外，其他公司均未发布公告。", "星澜科技")] // jieba glues 除 to the unknown brand: 除星澜|科技|外
    [TestCase("除万润科技以外，多家公司下调了业绩预期。", "万润科技")]
    public void Except_glued_to_a_brand_stays_outside_the_firm(string text, string firm)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { firm }));
    }

    [TestCase("此外，上银基金还表示将加大投研投入。", "上银基金")] // 上|银|基金: a trade name has two ideographs or more
    [TestCase("4月1日，上银基金管理有限公司发布了一份公告。", "上银基金管理有限公司")]
    public void A_lone_character_opening_the_clause_joins_a_one_character_trade_name(string text, string firm)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { firm }));
    }

    [Test]
    public void A_first_list_item_cut_to_its_head_is_completed_from_the_clause_start()
    {
        // 景顺|长城|基金: the walk back stops at the common word 长城, leaving only the head 基金
        Assert.That(Companies("近日，景顺长城基金、兴证全球基金等基金公司纷纷发行新产品。"),
            Is.EqualTo(new[] { "景顺长城基金", "兴证全球基金" }));
    }

    [Test]
    public void A_firm_named_with_zhongguo_after_its_trade_name_comes_back_by_the_trade_name()
    {
        Assert.That(Companies("4月，融创中国公告称将延期披露年报。此前融创已出现债务违约。"), Is.EqualTo(new[] { "融创中国", "融创" }));
    }

    [Test]
    public void A_lone_character_opening_the_clause_joins_the_barely_known_brand_of_a_first_list_item()
    {
        // ，工|银瑞信|基金: jieba knows 银瑞信 4 times and leaves 工 alone
        Assert.That(Companies("今年以来，工银瑞信基金、易方达基金等基金公司发行了多只新产品。"), Is.EqualTo(new[] { "工银瑞信基金", "易方达基金" }));
    }

    [TestCase("长三角共有7家城商行和8家农商行。")] // kinds of bank in the regulator's classes, not one bank
    [TestCase("净利润增速超20%的银行中，农商行占据6席。")]
    [TestCase("城商行、农商行、股份行和国有大行的息差均有收窄。")]
    public void A_kind_of_bank_is_no_firm(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("今年以来，公募基金发行规模明显回落。")] // 公募 (public offering) is a kind of fund, as 私募 is
    [TestCase("市场上爆款基金频现，单日募集超百亿元。")] // 爆款 (a best-seller) too
    public void A_kind_of_fund_is_no_fund_house(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("4月28日，*ST圣亚发布公告称，公司股票被实施退市风险警示。", "*ST圣亚")] // the exchange's prefix is part of the short name
    [TestCase("*ST全新、*ST西域等公司也披露了年报。", "*ST全新")] // a short name that is common vocabulary (全新)
    [TestCase("*ST全新、*ST西域等公司也披露了年报。", "*ST西域")]
    [TestCase("公告称ST红太阳将申请撤销风险警示。", "ST红太阳")]
    [TestCase("股改前，S*ST长岭停牌。", "S*ST长岭")]
    public void A_risk_warning_prefix_opens_the_short_name(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }

    [TestCase("今年ST公司数量明显减少。")] // the class of warned firms
    [TestCase("ST板块整体上涨，ST股表现分化。")]
    [TestCase("250马力的福克斯ST强上很多。")] // a car's trim after its model's name
    public void A_risk_warning_prefix_before_a_class_word_names_no_firm(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("特斯拉上海超级工厂第100万辆整车下线。", "特斯拉上海超级工厂")] // the firm, its place and 超级工厂 (Gigafactory Shanghai)
    public void A_firm_a_place_and_chaoji_gongchang_are_one_company(string text, string company)
    {
        Assert.That(Companies(text), Is.EqualTo(new[] { company }));
    }

    [TestCase("公司副董事长兼总经理张伟表示，将继续扩产。")] // 兼 joins two posts of one person
    public void A_post_joined_by_jian_names_no_firm(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [Test]
    public void The_firm_before_the_first_of_two_posts_stays()
    {
        Assert.That(Companies("星澜科技董事长兼总裁李强表示。"), Does.Contain("星澜科技"));
    }

    [TestCase("上海银行间同业拆放利率继续下行。")] // 银行间 (interbank) is one word: jieba cuts 上海银行|间
    [TestCase("中国银行间市场交易商协会发布通知。")]
    public void A_bank_name_before_jian_is_the_interbank_word(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("星澜银行信用卡中心总裁王强表示。")] // a unit of the firm
    [TestCase("蓝橙证券资产管理部总经理李明认为。")]
    public void The_role_rule_takes_no_regional_division_or_unit_into_a_firms_name(string text)
    {
        var role = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources).OfType<ZoneExtract.Recognition.Names.CompanyRoleRecognizer>().Single();
        Assert.That(RecognizerHarness.RunSegmented(role, text).Select(e => e.Text), Is.Empty);
    }

    [TestCase("星澜集团华东区总经理张明表示，销量回升。", "星澜集团")] // the officer of a firm's regional division
    [TestCase("蓝橙地产大中华区董事总经理李强认为，市场企稳。", "蓝橙地产")] // 董事|总经理, a compound title
    public void The_role_rule_names_the_firm_before_a_regional_division(string text, string firm)
    {
        var role = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources).OfType<ZoneExtract.Recognition.Names.CompanyRoleRecognizer>().Single();
        Assert.That(RecognizerHarness.RunSegmented(role, text).Select(e => e.Text), Is.EqualTo(new[] { firm }));
    }

    [Test]
    public void The_role_rule_still_takes_a_firm_closed_by_company()
    {
        var role = ZoneExtract.Recognition.RecognizerCatalog.CreateDefault(SharedExtractor.Resources).OfType<ZoneExtract.Recognition.Names.CompanyRoleRecognizer>().Single();
        Assert.That(RecognizerHarness.RunSegmented(role, "星澜控股公司董事长王强表示。").Select(e => e.Text), Is.EqualTo(new[] { "星澜控股公司" })); // 公司 ends in 司
    }

    [TestCase("目前，428家科创板公司属24个行业。")] // jieba: 428|家科|创板|公司
    [TestCase("苏州的科创板公司，特点非常鲜明。")]
    [TestCase("深圳有56家创业板公司。")]
    public void A_market_board_with_a_company_head_is_a_class_of_firms(string text)
    {
        Assert.That(Companies(text), Is.Empty);
    }

    [TestCase("去年有12家华为公司的供应商落户。", "华为公司")]
    public void A_counter_after_digits_does_not_open_a_name(string text, string company)
    {
        Assert.That(Companies(text), Does.Contain(company));
    }
}
