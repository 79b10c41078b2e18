using ZoneExtract.Recognition.Money;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Recognition.Money;

public class MoneyRecognizerTests
{
    private static readonly MoneyRecognizer Recognizer = new(SharedExtractor.Resources.Currencies);

    [TestCase("总投资达212亿元。", "212亿元", "21200000000", "CNY")]
    [TestCase("实际利用外资11644万美元", "11644万美元", "116440000", "USD")]
    [TestCase("月工资4000元左右", "4000元", "4000", "CNY")]
    [TestCase("投资三千万元", "三千万元", "30000000", "CNY")]
    [TestCase("产值1,100.9亿元", "1,100.9亿元", "110090000000", "CNY")]
    [TestCase("投资１２０亿元", "１２０亿元", "12000000000", "CNY")]
    [TestCase("一百二十亿元", "一百二十亿元", "12000000000", "CNY")]
    [TestCase("壹佰贰拾万元整", "壹佰贰拾万元", "1200000", "CNY")]
    [TestCase("规模3千万元", "3千万元", "30000000", "CNY")]
    [TestCase("达1.2万亿元", "1.2万亿元", "1200000000000", "CNY")]
    [TestCase("营收1.2万亿美元", "1.2万亿美元", "1200000000000", "USD")]
    [TestCase("融资5亿美元", "5亿美元", "500000000", "USD")]
    [TestCase("罚款10万欧元", "10万欧元", "100000", "EUR")]
    [TestCase("募资20亿港元", "20亿港元", "2000000000", "HKD")]
    [TestCase("募资20亿港币", "20亿港币", "2000000000", "HKD")]
    [TestCase("出资300亿日元", "300亿日元", "30000000000", "JPY")]
    [TestCase("售价50万英镑", "50万英镑", "500000", "GBP")]
    [TestCase("总额8000万元", "8000万元", "80000000", "CNY")]
    [TestCase("投资人民币8亿元", "人民币8亿元", "800000000", "CNY")]
    [TestCase("投资8亿元人民币", "8亿元人民币", "800000000", "CNY")]
    [TestCase("注资人民币8亿", "人民币8亿", "800000000", "CNY")]
    [TestCase("砸下50个亿元", "50个亿元", "5000000000", "CNY")]
    [TestCase("花了九千块钱", "九千块钱", "9000", "CNY")]
    [TestCase("一张票30块。", "30块", "30", "CNY")]
    [TestCase("每月留1000元自用", "1000元", "1000", "CNY")]
    [TestCase("约合0.5美元", "0.5美元", "0.5", "USD")]
    [TestCase("零钱5角和50美分", "50美分", "0.5", "USD")]
    public void Amounts_are_exact(string text, string span, string amount, string currency)
    {
        var money = RecognizerHarness.Single<MoneyEntity>(Recognizer, text);
        Assert.That(money.Text, Is.EqualTo(span));
        Assert.That(money.Start, Is.EqualTo(text.IndexOf(span, StringComparison.Ordinal)));
        Assert.That(DecimalText.Format(money.Amount), Is.EqualTo(amount));
        Assert.That(money.Currency, Is.EqualTo(currency));
        Assert.That(money.AmountMax, Is.Null);
        Assert.That(money.IsApproximate, Is.False);
    }

    [TestCase("融资10余亿元", "10余亿元", "1000000000", "CNY")]
    [TestCase("投资两百多万元", "两百多万元", "2000000", "CNY")]
    [TestCase("收入5万多元", "5万多元", "50000", "CNY")]
    [TestCase("花了3000多欧元", "3000多欧元", "3000", "EUR")]
    [TestCase("十几亿元", "十几亿元", "1000000000", "CNY")]
    public void Approximate_amounts_keep_the_base_and_the_flag(string text, string span, string amount, string currency)
    {
        var money = RecognizerHarness.Single<MoneyEntity>(Recognizer, text);
        Assert.That(money.Text, Is.EqualTo(span));
        Assert.That(DecimalText.Format(money.Amount), Is.EqualTo(amount));
        Assert.That(money.Currency, Is.EqualTo(currency));
        Assert.That(money.AmountMax, Is.Null);
        Assert.That(money.IsApproximate, Is.True);
    }

    [TestCase("投资5-10亿元", "5-10亿元", "500000000", "1000000000", "CNY")]
    [TestCase("8.5亿元至10亿元", "8.5亿元至10亿元", "850000000", "1000000000", "CNY")]
    [TestCase("5亿到10亿元", "5亿到10亿元", "500000000", "1000000000", "CNY")]
    [TestCase("两到三万港元", "两到三万港元", "20000", "30000", "HKD")]
    [TestCase("八九亿韩元", "八九亿韩元", "800000000", "900000000", "KRW")]
    [TestCase("1000-2000元", "1000-2000元", "1000", "2000", "CNY")]
    public void Ranges_are_one_mention_with_a_maximum(string text, string span, string amount, string max, string currency)
    {
        var money = RecognizerHarness.Single<MoneyEntity>(Recognizer, text);
        Assert.That(money.Text, Is.EqualTo(span));
        Assert.That(DecimalText.Format(money.Amount), Is.EqualTo(amount));
        Assert.That(money.AmountMax, Is.Not.Null);
        Assert.That(DecimalText.Format(money.AmountMax!.Value), Is.EqualTo(max));
        Assert.That(money.Currency, Is.EqualTo(currency));
    }

    [TestCase("形成新一代信息技术千亿级产业集群")]
    [TestCase("两个百亿级产业集群")]
    [TestCase("先进制造五百亿级")]
    [TestCase("GDP达341.6亿,增长6.4%")]
    [TestCase("单位为元")]
    [TestCase("以人民币结算")]
    [TestCase("每月寄几千元回家")]
    [TestCase("数十亿元的投资")]
    [TestCase("推进城乡二元结构改革")]
    [TestCase("分得两块地")]
    [TestCase("大家坐在一块")]
    [TestCase("1234567890123456789012345678901234567890亿元")]
    [TestCase("5亿到3亿元")]
    [TestCase("五角大楼宣布了作战计划")]
    [TestCase("人民币 美元")]
    [TestCase("约15k左右")]
    [TestCase("三分之一的资金")]
    public void Not_money(string text)
    {
        var found = RecognizerHarness.Run(Recognizer, text);
        Assert.That(found.Select(e => e.Text), Is.Empty);
    }

    [TestCase("123元1角1分", "123元1角1分", "123.11", "CNY")]
    [TestCase("十块三毛", "十块三毛", "10.3", "CNY")]
    [TestCase("花了一百三十五块六角七分钱。", "一百三十五块六角七分钱", "135.67", "CNY")]
    [TestCase("肆佰叁拾萬圆整", "肆佰叁拾萬圆", "4300000", "CNY")]
    [TestCase("港币两千九百六十元", "港币两千九百六十元", "2960", "HKD")]
    [TestCase("新台币 177.1 亿元", "新台币 177.1 亿元", "17710000000", "TWD")]
    [TestCase("2. 50万元", "50万元", "500000", "CNY")] // a list number's full stop is no decimal point
    [TestCase("人民币  50元", "人民币  50元", "50", "CNY")]
    [TestCase("9000元日币", "9000元日币", "9000", "JPY")]
    [TestCase("三万元欧元", "三万元欧元", "30000", "EUR")]
    [TestCase("达到445奈拉兑换", "445奈拉", "445", "NGN")]
    [TestCase("二十五万三千二百泰铢", "二十五万三千二百泰铢", "253200", "THB")]
    [TestCase("两个亿卢布", "两个亿卢布", "200000000", "RUB")]
    [TestCase("为四十九兆九千五百九十二億元", "四十九兆九千五百九十二億元", "49959200000000", "CNY")]
    [TestCase("3千万亿日元", "3千万亿日元", "3000000000000000", "JPY")]
    [TestCase("选一个，$20", "$20", "20", "USD")]
    [TestCase("￥300", "￥300", "300", "CNY")]
    [TestCase("这台电脑两美元又三美分", "两美元又三美分", "2.03", "USD")]
    [TestCase("82，225.00元", "82，225.00元", "82225", "CNY")]
    public void Written_forms_outside_everyday_news(string text, string span, string amount, string currency)
    {
        var money = RecognizerHarness.Single<MoneyEntity>(Recognizer, text);
        Assert.That(money.Text, Is.EqualTo(span));
        Assert.That(DecimalText.Format(money.Amount), Is.EqualTo(amount));
        Assert.That(money.Currency, Is.EqualTo(currency));
        Assert.That(money.AmountMax, Is.Null);
    }

    [TestCase("一百二十到一百五十万元", "1200000", "1500000", "CNY")]
    [TestCase("十八至三十万日元", "180000", "300000", "JPY")]
    [TestCase("一千到两千万元人民币", "10000000", "20000000", "CNY")]
    [TestCase("从8500到3万港元", "8500", "30000", "HKD")]
    [TestCase("1万元--5万元", "10000", "50000", "CNY")]
    [TestCase("1万(含)-5万元", "10000", "50000", "CNY")]
    [TestCase("10~15k元", "10000", "15000", "CNY")]
    [TestCase("三五百块", "300", "500", "CNY")]
    [TestCase("八到九百亿泰铢", "80000000000", "90000000000", "THB")]
    public void Ranges_with_a_scale_written_once(string text, string amount, string max, string currency)
    {
        var money = RecognizerHarness.Single<MoneyEntity>(Recognizer, text);
        Assert.That(DecimalText.Format(money.Amount), Is.EqualTo(amount));
        Assert.That(DecimalText.Format(money.AmountMax!.Value), Is.EqualTo(max));
        Assert.That(money.Currency, Is.EqualTo(currency));
    }

    [Test]
    public void An_absurd_number_does_not_stop_the_rest_of_the_text()
    {
        var found = RecognizerHarness.Run(Recognizer, "1234567890123456789012345678901234567890亿元和212亿元");
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "212亿元" }));
    }

    [TestCase("一千千千千千千千千万万元和212亿元")] // the scanner's trailing scale overflows
    public void A_runaway_scale_is_dropped_not_thrown(string text)
    {
        var found = RecognizerHarness.Run(Recognizer, text);
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "212亿元" }));
    }

    [Test]
    public void A_range_whose_shared_scale_would_overflow_keeps_the_first_part_as_written()
    {
        var found = RecognizerHarness.Run(Recognizer, "5到一千千千千千千千千个亿元和212亿元");
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "5到一千千千千千千千千个亿元", "212亿元" }));
        Assert.That(DecimalText.Format(((MoneyEntity)found[0]).Amount), Is.EqualTo("5"));
    }

    [Test]
    public void Qualifiers_around_the_amount_stay_outside()
    {
        var found = RecognizerHarness.Run(Recognizer, "近10亿元、超5000万元、约3亿美元、达100.7亿元、5亿元以上、4000元左右");
        Assert.That(found.Select(e => e.Text), Is.EqualTo(new[] { "10亿元", "5000万元", "3亿美元", "100.7亿元", "5亿元", "4000元" }));
    }
}
