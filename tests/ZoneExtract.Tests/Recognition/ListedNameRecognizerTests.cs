using ZoneExtract.Recognition;
using ZoneExtract.Recognition.Names;

namespace ZoneExtract.Tests.Recognition;

public class ListedNameRecognizerTests
{
    private static string[] Companies(string text) =>
        RecognizerHarness.RunSegmented(Recognizer(EntityLabel.Company), text).OrderBy(e => e.Start).Select(e => e.Text).ToArray();

    private static string[] Organizations(string text) =>
        RecognizerHarness.RunSegmented(Recognizer(EntityLabel.Organization), text).Select(e => e.Text).ToArray();

    private static IEntityRecognizer Recognizer(EntityLabel label) =>
        RecognizerCatalog.CreateDefault(SharedExtractor.Resources).OfType<ListedNameRecognizer>().Single(r => r.Labels == label);

    [TestCase("宁德时代宣布与特斯拉签约。", "宁德时代", "特斯拉")]
    [TestCase("中联重科拟在江阴建立华东基地。", "中联重科")]
    [TestCase("苹果股价上涨。", "苹果")] // a common word, with a word that shows a business after it
    [TestCase("奥特斯是苹果及黑莓的主要印刷电路板供应商。", "苹果")] // past a partner and 的, a phrase closed by a business word
    [TestCase("自苹果的iPhone问世以来。", "苹果")] // a product name after 的
    [TestCase("格力电器公告称，格力将扩产。", "格力电器", "格力")] // a derived short form after the listed name
    [TestCase("网易、携程就二次上市进行洽谈。携程是最大的旅游服务商。", "网易", "携程", "携程")] // a derived short form coordinated with a listed name, then elsewhere
    [TestCase("连云港股价上涨。", "连云港")] // a listed name that is also a city, with a business word after it
    [TestCase("苹果股价上涨，苹果还将推出新款手机。", "苹果", "苹果")] // the same firm named with evidence elsewhere in the text
    [TestCase("LG与三星、苹果等手机巨头仍有差距。", "三星", "苹果")] // coordinated with an accepted listed firm
    [TestCase("奔驰股价上涨，奔驰S500L热销。", "奔驰")] // the firm once, then the car
    [TestCase("鞍钢股份A股收于7.51元。", "鞍钢股份")] // a share class, not a model
    [TestCase("10月8日宁德时代宣布扩产。", "宁德时代")] // a date right before the name is no name of which it is the tail
    [TestCase("拼多多与字节跳动展开竞争。", "拼多多", "字节跳动")] // the 2019 top 100 Internet companies (rules only)
    [TestCase("后来百度、腾讯等纷纷介入。", "百度", "腾讯")] // a time word before the name is no name of which it is the tail
    [TestCase("工作组进驻斗鱼平台开展督导。", "斗鱼")] // an Internet firm before 平台, its service as a whole: no longer name
    [TestCase("苹果高管表示将扩大投资。", "苹果")] // a common word, with the firm's executives after it
    [TestCase("中信建投非银团队认为行业将回暖。", "中信建投")] // jieba: 中信|建投非|银, an unknown word glued to the name's end
    [TestCase("华胜天成自去年以来持续扩张。", "华胜天成")] // jieba: 华胜天|成自
    [TestCase("林中森说，中国交建有先进的技术。", "中国交建")] // jieba: 中国|交|建有, a function character glued to the name's end
    [TestCase("新浪的网友。", "新浪")]
    [TestCase("联想推出了新款平板电脑。", "联想")] // a common word (a verb to jieba) before a word of a firm's business
    [TestCase("微软发言人表示不予置评。", "微软")]
    [TestCase("另一个就是苹果前CEO乔布斯。", "苹果")] // 前 and a corporate role: the firm's former officer
    [TestCase("金融街股价上涨。", "金融街")] // a listed firm named like a subdistrict, with a business word after it
    [TestCase("自2010年9月联想控股巨资入注以后。", "联想控股")] // common words, but closed by a company head
    [TestCase("中移动和中电信都推出了新套餐。", "中移动", "中电信")] // the central groups' news forms (rules only)
    [TestCase("中建材光伏玻璃生产基地呼之欲出。", "中建材")] // a sector word after the form: the group's own business
    [TestCase("中国华能与当地政府签约。", "中国华能")] // a group's own short name, which the exchange list derives by rule only
    [TestCase("中移动用户数突破9亿。", "中移动")] // vocabulary after a news form: the firm
    [TestCase("普华永道发布报告称，德勤和毕马威也持相同看法。", "普华永道", "德勤", "毕马威")] // the Big Four (rules only)
    [TestCase("波士顿咨询中国区执行合伙人表示。", "波士顿咨询")] // a consultancy, not the city
    [TestCase("世邦魏理仕和戴德梁行给出了类似判断。", "世邦魏理仕", "戴德梁行")] // property-service firms
    [TestCase("标普将其评级下调，穆迪和惠誉维持评级不变。", "标普", "穆迪", "惠誉")] // rating agencies
    [TestCase("邦吉和路易达孚支持的竞购方出价更高。", "邦吉", "路易达孚")] // the Fortune Global 500's foreign firms (rules only)
    [TestCase("荷兰皇家壳牌石油公司宣布，壳牌将扩产。", "荷兰皇家壳牌石油公司", "壳牌")] // and its short forms by rule
    [TestCase("英国石油股价下跌。", "英国石油")] // a form that opens with a country, with a business word after it
    [TestCase("怡和集团旗下的置地公司出资收购了该地块。", "怡和集团")] // the Fortune Global 500's Chinese firms that no exchange lists
    [TestCase("仁宝电脑表示出货量将保持稳定。", "仁宝电脑")]
    [TestCase("正威国际集团有限公司宣布，正威国际将扩产。", "正威国际集团有限公司", "正威国际")] // and their short forms by rule
    [TestCase("和硕股价下跌。", "和硕")] // the short form of a county (和硕县), with a business word after it
    [TestCase("冀南钢铁集团有限公司宣布，冀南钢铁将扩产。", "冀南钢铁集团有限公司", "冀南钢铁")] // the top 500 private firms (rules only)
    [TestCase("信发集团与德龙钢铁产业集团签约。", "信发集团", "德龙钢铁产业集团")] // a group's name as it stands
    [TestCase("陕汽控股生产汽车10.3万辆，法士特集团利润总额增长。", "陕汽控股", "法士特集团")] // the provincial state groups (rules only)
    [TestCase("广东省广晟控股集团有限公司与广东恒健投资控股有限公司签约。", "广东省广晟控股集团有限公司", "广东恒健投资控股有限公司")]
    [TestCase("OPPO股价上涨。", "OPPO")] // a form in Latin letters, with a business word after it
    [TestCase("此外，雅培中国还表示，新厂竣工后将投产。", "雅培中国")] // a foreign firm and 中国: its China unit
    [TestCase("特斯拉中国总裁表示看好市场。", "特斯拉中国")] // also before a corporate role
    [TestCase("沃尔玛中国总部昨天表示。", "沃尔玛")] // not before a noun that makes 中国 the place of the firm's business
    [TestCase("东微半导（688261.SH）、和元生物（688238.SH）等公司设立产业基金。", "东微半导", "和元生物")] // a stock code after the name
    [TestCase("前沿生物（股票代码：688221）公告称。", "前沿生物")]
    [TestCase("亿利洁能公告表示，公司股票期权激励计划到期结束。", "亿利洁能")] // an exchange short name of 2021, since changed
    [TestCase("阳光城、泰禾集团的销售额均有下滑。", "阳光城", "泰禾集团")]
    [TestCase("TCL集团与青岛海尔的股价均上涨。", "TCL集团", "青岛海尔")] // names of December 2017, changed before 2021
    [TestCase("一汽轿车和中航飞机的业绩均有增长。", "一汽轿车", "中航飞机")] // not only their derived forms (一汽, 中航)
    [TestCase("中海集运与中国远洋的运力均有增长。", "中海集运", "中国远洋")] // names of September 2016 (before: 中海, LOC 中国)
    [TestCase("中国北车昨日发布公告称，暂缓交付动车组。", "中国北车")] // the last name of a delisted share (into 中国中车, 2015)
    [TestCase("华联商厦发布公告称，客流大幅增加。", "华联商厦")]
    [TestCase("科创板公司前沿生物发布了激励计划。", "前沿生物")] // common words, introduced by a word for firms
    [TestCase("科创板公司前沿生物发布了激励计划，机构预计前沿生物营收将翻倍。", "前沿生物", "前沿生物")] // then named alone
    [TestCase("京东健康、泡泡玛特和农夫山泉均在港上市。", "京东健康", "泡泡玛特", "农夫山泉")] // Hong Kong listings since 2020 (rules only)
    [TestCase("蔚来交付新车10489台，同比增长49.7%。", "蔚来")] // a secondary listing of a US-listed firm
    [TestCase("小鹏汽车12月交付1.6万台，小鹏领先。", "小鹏汽车", "小鹏")] // a short form by rule beside the full name
    [TestCase("快手股价下跌。", "快手")] // an everyday word (快手菜), with a business word after it
    [TestCase("陆金所和老虎证券均在纽约上市。", "陆金所", "老虎证券")] // Chinese firms listed only in New York (rules only)
    [TestCase("富途控股公布财报，富途的付费客户增长。", "富途控股", "富途")] // and their short forms by rule beside the full name
    [TestCase("快手-W跌2.55%，哔哩哔哩-SW涨1%。", "快手", "哔哩哔哩")] // HKEX's marks after the short name, like a stock code
    [TestCase("斗鱼的总营收为71亿元。", "斗鱼")] // the trade name of the Internet list's 斗鱼直播 (武汉斗鱼网络科技有限公司)
    public void Listed_names_are_companies(string text, params string[] expected) =>
        Assert.That(Companies(text), Is.EqualTo(expected));

    [TestCase("联想集团与英特尔公司签订合作协议。")]
    [TestCase("双方与微软公司达成协议。")]
    public void A_listed_firm_glued_to_its_head_in_one_word_is_one_company(string text)
    {
        // the extractor's segmenter keeps 英特尔公司 and 微软公司 whole, so no listed form ends on a word boundary there
        var name = text[(text.IndexOf('与') + 1)..(text.IndexOf("公司", StringComparison.Ordinal) + 2)];
        Assert.That(SharedExtractor.Instance.Extract(text).Companies.Select(c => c.Text), Does.Contain(name));
    }

    [TestCase("苹果价格上涨。")] // the fruit
    [TestCase("苹果、香蕉和梨的价格都上涨了。")] // the fruit: coordinated only with common words
    [TestCase("濒临大西洋、太平洋和北冰洋。")] // ambiguous listed forms side by side prove nothing
    [TestCase("全面超过奔驰S500L。")] // a product model: the brand names the car, not the firm
    [TestCase("与比亚迪G6等代表车型展开竞争。")] // an unambiguous listed name before a model names the car too
    [TestCase("OPPO X1上市。")] // a form in Latin letters before a model: the phone
    [TestCase("在爱奇艺上观看。")] // cut of its place and an industry word (北京爱奇艺科技): the video site, without evidence
    [TestCase("苹果和梨的价格都上涨了，销售额增加。")] // the fruit: no business word closes the phrase after 的
    [TestCase("推动建设工业互联网。")] // 建设工业 is listed, but made only of common words
    [TestCase("格力将扩产。")] // a derived short form without the listed name in the text
    [TestCase("项目落户连云港开发区。")] // the listed port operator 连云港 is the city here
    [TestCase("天风期货获批。")] // 天风 (of 天风证券) before a company head: another firm's longer name
    [TestCase("新浪乐居承办此次活动。")] // an Internet firm glued to its channel or unit heads a longer name
    [TestCase("腾讯视频优质自制内容。")] // also where another list (Chinese names of firms) claims the form
    [TestCase("一汽丰田的销量下滑。")] // a central group's news form before a proper noun heads a joint venture's name
    [TestCase("2009年公司向鞍钢国贸公司采购原材料。")] // and before a word and 公司, a subsidiary's name
    [TestCase("荔枝价格上涨。")] // the fruit, though a firm of the Internet list goes by it
    [TestCase("这让人联想到过去。")] // the verb
    [TestCase("中国软件行业应该如何抓住云计算这一机遇。")] // a listed name ending in an industry word, before a field word: the field
    [TestCase("而中国食品企业欲走向国际市场。")]
    [TestCase("坚持创新发展总部经济。")] // an exchange short name that is common vocabulary (发展): a business word after it proves little
    [TestCase("规范农产品收购发票的抵扣。")]
    [TestCase("园区将建设标准厂房和标准工厂。")]
    [TestCase("尼尔森在比赛中打进一球。")] // a firm's form that also transliterates a person's name needs evidence
    [TestCase("英国石油产量下降。")] // a Global 500 firm's form that opens with a country is a country's trade without evidence
    [TestCase("苏黎世是瑞士最大的城市。")] // and a short form that jieba has as a name of a place or person (苏黎世 of 苏黎世保险)
    [TestCase("和硕的特色农产品远销各地。")] // a Chinese Global 500 firm named like a county (和硕县) is the place without evidence
    [TestCase("演唱会在诺基亚剧院举行。")] // a foreign firm's form before a venue word names the venue, a place
    [TestCase("积极培育生物医药产业。")] // jieba's word of an ambiguous form and a head (生物|医药) is a trade
    [TestCase("大众软件杂志刊登了评测。")] // and 大众|软件 a magazine
    [TestCase("也为吸引金融街的白领人才。")] // the A share 金融街 bears the name of a subdistrict (金融街街道): here the place
    [TestCase("前沿生物（生物医药）技术不断突破。")] // brackets that hold no stock code
    [TestCase("这家公司苹果产量很高。")] // a word for firms before a short ambiguous form proves nothing
    [TestCase("周末做几道快手菜。")] // 快手 of the Hong Kong listings, an everyday word jieba's dictionary lacks
    [TestCase("他的微博每天都能收到求助。")] // 微博, a post on a microblog
    [TestCase("小鹏领先。")] // a short form by rule (小鹏 of 小鹏汽车) without the listed name in the text
    [TestCase("富途的付费客户增长。")] // and 富途 of 富途控股, a firm listed in New York
    [TestCase("这里的云集了各地客商。")] // 云集 (to gather), the whole name of a US-listed firm: an everyday word
    public void Listed_forms_without_evidence_are_not_companies(string text) =>
        Assert.That(Companies(text), Is.Empty);

    [TestCase("财联社记者从工信部官网获悉。", "工信部")]
    [TestCase("清华大学与北京大学联合发布。", "清华大学", "北京大学")]
    [TestCase("据人民网报道。", "人民网")]
    [TestCase("5月13日中国人民银行发布公告。", "中国人民银行")] // after a date
    [TestCase("中华人民共和国科学技术部发布通知。", "中华人民共和国科学技术部")] // a ministry's official name
    [TestCase("中共中央 国务院印发意见。", "中共中央", "国务院")]
    [TestCase("商务部和国家发展改革委已经共同启动了评估。", "商务部", "国家发展改革委")]
    [TestCase("会上，工业和信息化部将发布新政策。", "工业和信息化部")] // jieba: 信息化|部将, the auxiliary glued to the head
    public void Listed_bodies_are_organisations(string text, params string[] expected) =>
        Assert.That(Organizations(text), Is.EqualTo(expected));
}
