using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Tests.Recognition;

public class NamePrefixTests
{
    [TestCase("五个")]
    [TestCase("三大")]
    [TestCase("两家")]
    [TestCase("十几")]
    [TestCase("三四")]
    [TestCase("一批")]
    [TestCase("三")]
    public void Numerals_that_count_things_are_quantities(string word) => Assert.That(SharedExtractor.Resources.Names.Prefix.IsQuantity(word), Is.True);

    [TestCase("三一")]
    [TestCase("三星")]
    [TestCase("九阳")]
    [TestCase("重工")]
    public void Numerals_that_begin_a_brand_are_not_quantities(string word) => Assert.That(SharedExtractor.Resources.Names.Prefix.IsQuantity(word), Is.False);
}
