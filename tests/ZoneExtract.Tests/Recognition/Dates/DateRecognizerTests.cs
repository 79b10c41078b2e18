using ZoneExtract.Recognition.Dates;

namespace ZoneExtract.Tests.Recognition.Dates;

public class DateRecognizerTests
{
    private static readonly DateRecognizer Recognizer = new(SharedExtractor.Resources.CalendarWords);
    private static readonly DateOnly Reference = new(2020, 11, 23);

    [TestCase("于2020年10月30日举行", "2020年10月30日", "2020-10-30", "2020-10-30")]
    [TestCase("2020-10-30发布", "2020-10-30", "2020-10-30", "2020-10-30")]
    [TestCase("2020/10/30发布", "2020/10/30", "2020-10-30", "2020-10-30")]
    [TestCase("2020.10.30发布", "2020.10.30", "2020-10-30", "2020-10-30")]
    [TestCase("二〇二〇年十月三十日", "二〇二〇年十月三十日", "2020-10-30", "2020-10-30")]
    [TestCase("二零零四年八月十五日", "二零零四年八月十五日", "2004-08-15", "2004-08-15")]
    [TestCase("２０２０年１０月３０日", "２０２０年１０月３０日", "2020-10-30", "2020-10-30")]
    [TestCase("2018年带动4586户", "2018年", "2018-01-01", "2018-12-31")]
    [TestCase("据介绍，2019年第四季度产值增长", "2019年第四季度", "2019-10-01", "2019-12-31")]
    [TestCase("今年前10个月，引进项目", "今年前10个月", "2020-01-01", "2020-10-31")]
    [TestCase("李魁文指出，前2个月，我国外贸结构持续优化", "前2个月", "2020-01-01", "2020-02-29")]
    [TestCase("前两个月挖掘机增长86%", "前两个月", "2020-01-01", "2020-02-29")]
    [TestCase("2019年前十一个月出口增长", "2019年前十一个月", "2019-01-01", "2019-11-30")]
    [TestCase("会上表示,2018年10月起实施", "2018年10月", "2018-10-01", "2018-10-31")]
    [TestCase("贵州省2020年度贫困县", "2020年度", "2020-01-01", "2020-12-31")]
    [TestCase("2020年10月", "2020年10月", "2020-10-01", "2020-10-31")]
    [TestCase("2020年2月", "2020年2月", "2020-02-01", "2020-02-29")]
    [TestCase("1987年1月11日", "1987年1月11日", "1987-01-11", "1987-01-11")]
    [TestCase("2009年10月12号", "2009年10月12号", "2009-10-12", "2009-10-12")]
    [TestCase("1-7月,收入", "1-7月", "2020-01-01", "2020-07-31")]
    [TestCase("1—7月份", "1—7月份", "2020-01-01", "2020-07-31")]
    [TestCase("1至9月", "1至9月", "2020-01-01", "2020-09-30")]
    [TestCase("2018年至2020年", "2018年至2020年", "2018-01-01", "2020-12-31")]
    [TestCase("2018-2020年", "2018-2020年", "2018-01-01", "2020-12-31")]
    [TestCase("2019年6月1日-6月30日", "2019年6月1日-6月30日", "2019-06-01", "2019-06-30")]
    [TestCase("2019年6月1日至30日", "2019年6月1日至30日", "2019-06-01", "2019-06-30")]
    [TestCase("2019年6月1-15日", "2019年6月1-15日", "2019-06-01", "2019-06-15")]
    [TestCase("今年1-10月,", "今年1-10月", "2020-01-01", "2020-10-31")]
    [TestCase("今年1-7月,", "今年1-7月", "2020-01-01", "2020-07-31")]
    [TestCase("一季度", "一季度", "2020-01-01", "2020-03-31")]
    [TestCase("第三季度", "第三季度", "2020-07-01", "2020-09-30")]
    [TestCase("2019年第四季度", "2019年第四季度", "2019-10-01", "2019-12-31")]
    [TestCase("今年前三季度,", "今年前三季度", "2020-01-01", "2020-09-30")]
    [TestCase("前3个季度", "前3个季度", "2020-01-01", "2020-09-30")]
    [TestCase("2020年Q1", "2020年Q1", "2020-01-01", "2020-03-31")]
    [TestCase("Q2营收", "Q2", "2020-04-01", "2020-06-30")]
    [TestCase("一至三季度", "一至三季度", "2020-01-01", "2020-09-30")]
    [TestCase("三季度末", "三季度末", "2020-09-01", "2020-09-30")]
    [TestCase("上半年,", "上半年", "2020-01-01", "2020-06-30")]
    [TestCase("2019年下半年", "2019年下半年", "2019-07-01", "2019-12-31")]
    [TestCase("今年", "今年", "2020-01-01", "2020-12-31")]
    [TestCase("去年同期", "去年", "2019-01-01", "2019-12-31")]
    [TestCase("前年", "前年", "2018-01-01", "2018-12-31")]
    [TestCase("明年", "明年", "2021-01-01", "2021-12-31")]
    [TestCase("今年以来,", "今年以来", "2020-01-01", "2020-11-23")]
    [TestCase("2018年以来", "2018年以来", "2018-01-01", "2020-11-23")]
    [TestCase("2018年至今", "2018年至今", "2018-01-01", "2020-11-23")]
    [TestCase("今年年底开园", "今年年底", "2020-12-01", "2020-12-31")]
    [TestCase("2020年底", "2020年底", "2020-12-01", "2020-12-31")]
    [TestCase("到年底", "年底", "2020-12-01", "2020-12-31")]
    [TestCase("年末", "年末", "2020-12-01", "2020-12-31")]
    [TestCase("年初,", "年初", "2020-01-01", "2020-01-31")]
    [TestCase("明年年初", "明年年初", "2021-01-01", "2021-01-31")]
    [TestCase("到月底", "月底", "2020-11-30", "2020-11-30")]
    [TestCase("月初", "月初", "2020-11-01", "2020-11-01")]
    [TestCase("10月底", "10月底", "2020-10-31", "2020-10-31")]
    [TestCase("2月末", "2月末", "2020-02-29", "2020-02-29")]
    [TestCase("3月初", "3月初", "2020-03-01", "2020-03-01")]
    [TestCase("10月上旬", "10月上旬", "2020-10-01", "2020-10-10")]
    [TestCase("10月中旬", "10月中旬", "2020-10-11", "2020-10-20")]
    [TestCase("2月下旬", "2月下旬", "2020-02-21", "2020-02-29")]
    [TestCase("上月", "上月", "2020-10-01", "2020-10-31")]
    [TestCase("本月", "本月", "2020-11-01", "2020-11-30")]
    [TestCase("下个月", "下个月", "2020-12-01", "2020-12-31")]
    [TestCase("本月10日", "本月10日", "2020-11-10", "2020-11-10")]
    [TestCase("去年本月十日", "去年本月十日", "2019-11-10", "2019-11-10")]
    [TestCase("10月30日,重庆", "10月30日", "2020-10-30", "2020-10-30")]
    [TestCase("10月份", "10月份", "2020-10-01", "2020-10-31")]
    [TestCase("今年8月", "今年8月", "2020-08-01", "2020-08-31")]
    [TestCase("于6日召开", "6日", "2020-11-06", "2020-11-06")]
    [TestCase("10月30日上午", "10月30日", "2020-10-30", "2020-10-30")]
    [TestCase("11月17日下午2时", "11月17日", "2020-11-17", "2020-11-17")]
    [TestCase("两千零四年八月十五", "两千零四年八月十五", "2004-08-15", "2004-08-15")]
    [TestCase("一月二十三,", "一月二十三", "2020-01-23", "2020-01-23")]
    [TestCase("2015.5.13那天", "2015.5.13", "2015-05-13", "2015-05-13")]
    [TestCase("2018/1/10-2018/7/10", "2018/1/10-2018/7/10", "2018-01-10", "2018-07-10")]
    [TestCase("一月十日到十二日", "一月十日到十二日", "2020-01-10", "2020-01-12")]
    [TestCase("三月二十八日到四月15日", "三月二十八日到四月15日", "2020-03-28", "2020-04-15")]
    // forms outside everyday news (the reference 2020-11-23 is a Monday)
    [TestCase("今天", "今天", "2020-11-23", "2020-11-23")]
    [TestCase("昨日我不在家", "昨日", "2020-11-22", "2020-11-22")]
    [TestCase("截至今日", "今日", "2020-11-23", "2020-11-23")]
    [TestCase("後天你有空吗", "後天", "2020-11-25", "2020-11-25")]
    [TestCase("大前天", "大前天", "2020-11-20", "2020-11-20")]
    [TestCase("本周", "本周", "2020-11-23", "2020-11-29")]
    [TestCase("会议在下下周", "下下周", "2020-12-07", "2020-12-13")]
    [TestCase("上周一有考试", "上周一", "2020-11-16", "2020-11-16")]
    [TestCase("下周末", "下周末", "2020-12-05", "2020-12-06")]
    [TestCase("下周周六", "下周周六", "2020-12-05", "2020-12-05")]
    [TestCase("上上個週三", "上上個週三", "2020-11-11", "2020-11-11")]
    [TestCase("星期三", "星期三", "2020-11-25", "2020-11-25")]
    [TestCase("禮拜天", "禮拜天", "2020-11-29", "2020-11-29")]
    [TestCase("十月的第一周", "十月的第一周", "2020-10-05", "2020-10-11")]
    [TestCase("6月第3个星期日", "6月第3个星期日", "2020-06-21", "2020-06-21")]
    [TestCase("08年奥运会", "08年", "2008-01-01", "2008-12-31")]
    [TestCase("零七年八月二十九号", "零七年八月二十九号", "2007-08-29", "2007-08-29")]
    [TestCase("九七年一季度", "九七年一季度", "1997-01-01", "1997-03-31")]
    [TestCase("19年底", "19年底", "2019-12-01", "2019-12-31")]
    [TestCase("98年4月", "98年4月", "1998-04-01", "1998-04-30")]
    [TestCase("2008 年 奥运会", "2008 年", "2008-01-01", "2008-12-31")]
    [TestCase("1995 - 1997年", "1995 - 1997年", "1995-01-01", "1997-12-31")]
    [TestCase("2016-2018", "2016-2018", "2016-01-01", "2018-12-31")]
    [TestCase("8月至2月", "8月至2月", "2020-08-01", "2021-02-28")]
    [TestCase("20221123", "20221123", "2022-11-23", "2022-11-23")]
    [TestCase("2022 11 23", "2022 11 23", "2022-11-23", "2022-11-23")]
    [TestCase("1999.08-2002.02", "1999.08-2002.02", "1999-08-01", "2002-02-28")]
    [TestCase("6·30", "6·30", "2020-06-30", "2020-06-30")]
    [TestCase("09-01", "09-01", "2020-09-01", "2020-09-01")]
    [TestCase("你13.5.2015有时间吗", "13.5.2015", "2015-05-13", "2015-05-13")]
    [TestCase("本季度", "本季度", "2020-10-01", "2020-12-31")]
    [TestCase("上个季度", "上个季度", "2020-07-01", "2020-09-30")]
    [TestCase("上季度末", "上季度末", "2020-09-01", "2020-09-30")]
    [TestCase("次年年末", "次年年末", "2021-12-01", "2021-12-31")]
    [TestCase("翌年", "翌年", "2021-01-01", "2021-12-31")]
    [TestCase("2022年首季度", "2022年首季度", "2022-01-01", "2022-03-31")]
    [TestCase("二零二一年后三月", "二零二一年后三月", "2021-10-01", "2021-12-31")]
    [TestCase("“十四五”期间", "十四五", "2021-01-01", "2025-12-31")]
    [TestCase("上世纪90年代", "上世纪90年代", "1990-01-01", "1999-12-31")]
    [TestCase("十九世纪七十年代", "十九世纪七十年代", "1870-01-01", "1879-12-31")]
    [TestCase("20世纪初", "20世纪初", "1900-01-01", "1909-12-31")]
    [TestCase("前5月兰州CPI", "前5月", "2020-01-01", "2020-05-31")]
    [TestCase("计划在今年内完成", "今年内", "2020-01-01", "2020-12-31")]
    [TestCase("山东2021年全年服务业", "2021年全年", "2021-01-01", "2021-12-31")]
    [TestCase("去年全年GDP均首次超过万亿", "去年全年", "2019-01-01", "2019-12-31")]
    [TestCase("公布2011年一季报显示", "2011年一季", "2011-01-01", "2011-03-31")] // a year's quarterly report names its quarter
    [TestCase("2010年三季报中", "2010年三季", "2010-07-01", "2010-09-30")]
    [TestCase("铁道部首季亏损37.6亿元", "首季", "2020-01-01", "2020-03-31")] // 首季 = 首季度
    [TestCase("这个月前两天", "这个月前两天", "2020-11-01", "2020-11-02")]
    [TestCase("上月最后五天", "上月最后五天", "2020-10-27", "2020-10-31")]
    public void Resolves_against_the_reference_date(string text, string span, string first, string last)
    {
        var date = RecognizerHarness.Single<DateEntity>(Recognizer, text, Reference);
        Assert.That(date.Text, Is.EqualTo(span));
        Assert.That(date.Start, Is.EqualTo(text.IndexOf(span, StringComparison.Ordinal)));
        Assert.That(date.First, Is.EqualTo(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(date.Last, Is.EqualTo(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Test]
    public void Whole_year_without_a_year_is_no_date() =>
        Assert.That(RecognizerHarness.Run(Recognizer, "全年GDP增长6%", Reference), Is.Empty);

    [TestCase("上月", "2020-12-01", "2020-12-31", 1, 15)]
    [TestCase("下月", "2021-01-01", "2021-01-31", 12, 15)]
    public void Relative_months_cross_year_boundaries(string text, string first, string last, int month, int day)
    {
        var date = RecognizerHarness.Single<DateEntity>(Recognizer, text, new DateOnly(month == 1 ? 2021 : 2020, month, day));
        Assert.That(date.First, Is.EqualTo(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(date.Last, Is.EqualTo(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("明天", 9999, 12, 31)] // the day after the last representable date
    [TestCase("昨天", 1, 1, 1)]
    [TestCase("今年12月的第四周", 9999, 6, 1)] // 9999-12-27 to 10000-01-02
    [TestCase("下个月", 9999, 12, 15)]
    [TestCase("本周", 9999, 12, 31)] // the week runs into 10000-01-02
    [TestCase("下周一", 9999, 12, 31)]
    [TestCase("上周一", 1, 1, 3)]
    public void A_date_past_the_calendar_range_is_dropped_not_thrown(string text, int year, int month, int day)
    {
        Assert.That(RecognizerHarness.Run(Recognizer, text, new DateOnly(year, month, day)), Is.Empty);
    }

    [Test]
    public void The_extractor_drops_a_date_past_the_calendar_range()
    {
        var result = SharedExtractor.Instance.Extract("明天下周一发布，投资5亿元", new ExtractionOptions { ReferenceDate = new DateOnly(9999, 12, 31) });
        Assert.That(result.Entities.OfType<DateEntity>(), Is.Empty);
        Assert.That(result.Entities.OfType<MoneyEntity>().Select(e => e.Text), Is.EqualTo(new[] { "5亿元" }));
    }

    [Test]
    public void A_ranked_week_in_the_last_calendar_month_still_resolves()
    {
        // the month's end used to be computed as 10000-01-01 minus a day
        var date = RecognizerHarness.Single<DateEntity>(Recognizer, "今年12月的第一周", new DateOnly(9999, 6, 1));
        Assert.That((date.First, date.Last), Is.EqualTo((new DateOnly(9999, 12, 6), new DateOnly(9999, 12, 12))));
    }

    [TestCase("今年以来")]
    [TestCase("10月30日")]
    [TestCase("今年1-7月")]
    [TestCase("今年前三季度")]
    [TestCase("年底")]
    [TestCase("上月")]
    [TestCase("一季度")]
    [TestCase("6日")]
    [TestCase("2018年以来")]
    public void Relative_dates_are_found_but_unresolved_without_a_reference_date(string text)
    {
        var date = RecognizerHarness.Single<DateEntity>(Recognizer, text);
        Assert.That(date.Text, Is.EqualTo(text));
        Assert.That(date.IsResolved, Is.False);
        Assert.That(date.First, Is.Null);
        Assert.That(date.Last, Is.Null);
    }

    [TestCase("2018年", "2018-01-01", "2018-12-31")]
    [TestCase("2020年10月30日", "2020-10-30", "2020-10-30")]
    [TestCase("2019年6月1日-6月30日", "2019-06-01", "2019-06-30")]
    public void Absolute_dates_resolve_without_a_reference_date(string text, string first, string last)
    {
        var date = RecognizerHarness.Single<DateEntity>(Recognizer, text);
        Assert.That(date.First, Is.EqualTo(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.That(date.Last, Is.EqualTo(DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [TestCase("3年时间里,结对帮扶")]
    [TestCase("在未来3-5年内")]
    [TestCase("用2-3分钟就可以完成")]
    [TestCase("6个月后")]
    [TestCase("就职3个月以来")]
    [TestCase("近日举行")]
    [TestCase("目前已拥有")]
    [TestCase("如今,四大主导产业")]
    [TestCase("下一步,南宁高新区")]
    [TestCase("高标准办好2020重庆国际创投大会")]
    [TestCase("百日攻坚")]
    [TestCase("30日内完成")]
    [TestCase("有2000年来的历史")]
    [TestCase("地铁3号线")]
    [TestCase("家住学院路30号")]
    [TestCase("电影《海角七号》")]
    [TestCase("景点一日游")]
    [TestCase("四季分明")]
    [TestCase("《爱情公寓》第二季")]
    [TestCase("这两月观众很多")]
    [TestCase("新政已过去一月有余")]
    [TestCase("每年年底")]
    [TestCase("每月月底")]
    [TestCase("岁月初心")]
    [TestCase("完成年度目标任务")]
    [TestCase("提前超额完成全年任务")]
    [TestCase("2月30日")]
    [TestCase("2020年2月30日")] // an impossible day drops the whole mention rather than guess
    [TestCase("13月")]
    [TestCase("登上月球")]
    [TestCase("此后年均增长5%")]
    [TestCase("每年1月发布")]
    [TestCase("每月5日结算")]
    [TestCase("两千年的历史")]
    [TestCase("降幅较前两个月收窄")] // the previous two months, not January and February
    [TestCase("相对于前4个月的大起大落")] // inside a clause: the previous months
    [TestCase("据此前公布的一季报")] // a bare quarterly report is a kind of document
    public void Not_dates(string text)
    {
        Assert.That(RecognizerHarness.Run(Recognizer, text, Reference).Select(e => e.Text), Is.Empty);
    }

    [TestCase("10月15家企业", "10月")]       // an Arabic number after a month needs 日 to be a day
    [TestCase("八月十五家企业", "八月")]      // a Chinese day numeral drops 日 only at the end of a phrase
    [TestCase("三千年八月", "八月")]          // 三千 is no year: out of range
    [TestCase("自2018年起", "2018年")]
    public void Only_the_calendar_part_is_taken(string text, string span)
    {
        Assert.That(RecognizerHarness.Run(Recognizer, text, Reference).Select(e => e.Text), Is.EqualTo(new[] { span }));
    }

    [Test]
    public void A_span_never_crosses_a_line_break()
    {
        var found = RecognizerHarness.Run(Recognizer, "2020年\n10月30日", Reference);
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "2020年", "10月30日" }));
    }

    [TestCase("今日头条发布公告")]
    [TestCase("2020重庆国际创投大会")]
    [TestCase("生产成本日益高企")]
    [TestCase("目前天然气价格")]
    [TestCase("前天津市副市长")]
    [TestCase("对21世纪经济报道记者表示")]
    [TestCase("又过了七八年")]
    [TestCase("奋斗20年")]
    [TestCase("生产能力由原来年产200万吨")]
    [TestCase("这一年一度的盛宴")]
    [TestCase("周年庆典")]
    [TestCase("前两天下了雨")]
    public void Words_that_only_look_like_dates(string text)
    {
        Assert.That(RecognizerHarness.Run(Recognizer, text, Reference).Select(e => e.Text), Is.Empty);
    }
}
