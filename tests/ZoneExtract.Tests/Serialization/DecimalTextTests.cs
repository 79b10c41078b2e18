using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

public class DecimalTextTests
{
    [TestCase("21200000000", "21200000000")]
    [TestCase("6.40", "6.4")]
    [TestCase("0.50", "0.5")]
    [TestCase("100.000", "100")]
    [TestCase("-3.90", "-3.9")]
    [TestCase("0.0000001", "0.0000001")]
    [TestCase("79228162514264337593543950335", "79228162514264337593543950335")]
    public void Formats_without_trailing_zeros_or_exponent(string input, string expected)
    {
        var value = decimal.Parse(input, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(DecimalText.Format(value), Is.EqualTo(expected));
    }
}
