using ZoneExtract.Recognition.Model;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The model's Latin-word spans joined into whole Latin names (spaces, hyphens and web domains end no name).</summary>
public class LatinNameJoinTests
{
    private const int Company = 1;
    private const int Person = 3;

    private static List<string> Joined(string text, params (string Word, int Label)[] words)
    {
        var spans = new List<(int Start, int Length, int Label)>();
        var from = 0;
        foreach (var (word, label) in words)
        {
            var at = text.IndexOf(word, from, StringComparison.Ordinal);
            spans.Add((at, word.Length, label));
            from = at + word.Length;
        }
        return LatinNameJoin.Join(text, spans).Select(s => text.Substring(s.Start, s.Length)).ToList();
    }

    [Test]
    public void Words_of_one_label_parted_by_one_space_are_one_name()
    {
        Assert.That(Joined("包括Coles Group Asia、Kmart等", ("Coles", Company), ("Group", Company), ("Asia", Company), ("Kmart", Company)),
            Is.EqualTo(new[] { "Coles Group Asia", "Kmart" }));
    }

    [Test]
    public void Words_of_different_labels_stay_apart()
    {
        Assert.That(Joined("HTC Peter说", ("HTC", Company), ("Peter", Person)), Is.EqualTo(new[] { "HTC", "Peter" }));
    }

    [Test]
    public void Hyphenated_words_and_a_domain_ending_belong_to_the_name()
    {
        Assert.That(Joined("如果Take-Two接受", ("Two", Company)), Is.EqualTo(new[] { "Take-Two" }));
        Assert.That(Joined("闪购网站Fab.com收购", ("com", Company)), Is.EqualTo(new[] { "Fab.com" }));
        Assert.That(Joined("闪购网站Fab.com收购", ("Fab", Company), ("com", Company)), Is.EqualTo(new[] { "Fab.com" }));
    }

    [Test]
    public void A_full_stop_before_other_words_ends_the_name()
    {
        Assert.That(Joined("用Windows.exe打开", ("Windows", Company)), Is.EqualTo(new[] { "Windows" }));
    }

    [Test]
    public void Chinese_spans_are_left_as_they_are()
    {
        Assert.That(Joined("华为 中兴", ("华为", Company), ("中兴", Company)), Is.EqualTo(new[] { "华为", "中兴" }));
    }

    [TestCase("难度，|bet365|不断", "bet", "bet365")] // the digits that end the word
    [TestCase("难度，|bet|365|不断", "bet", "bet")] // a word of their own
    [TestCase("难度，|bet365x|不断", "bet", "bet")] // more letters after them: not a name's digits
    [TestCase("难度，|华为|365|不断", "华为", "华为")] // a Chinese name
    public void A_Latin_span_cut_inside_its_word_takes_the_word_s_digits(string segmented, string span, string expected)
    {
        var (text, words) = SegmentedText.Parse(segmented);
        var start = text.IndexOf(span, StringComparison.Ordinal);

        var length = LatinNameJoin.WithWordDigits(text, words, start, span.Length);

        Assert.That(text.Substring(start, length), Is.EqualTo(expected));
    }
}
