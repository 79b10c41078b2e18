using ZoneExtract.Recognition.Lexicon;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The small look-up tables behind <see cref="SpanTable{TValue}"/> and <see cref="KeyStarts"/>, against the .NET collections they replace.</summary>
public class LexiconTablesTests
{
    [Test]
    public void NumberSetHoldsExactlyItsMembersAcrossCollisions()
    {
        var random = new Random(15);
        // character pairs above U+8000 are negative as ints; the set sees them sign-extended, as KeyStarts passes them
        var members = Enumerable.Range(0, 5_000).Select(_ => (long)(random.Next() - int.MaxValue / 2)).Where(n => n != 0).ToHashSet();
        var set = new NumberSet(members.Append(0).ToHashSet());
        Assert.That(set.Count, Is.EqualTo(members.Count));
        foreach (var member in members) Assert.That(set.Contains(member), Is.True, member.ToString());
        for (var k = 0; k < 20_000; k++)
        {
            long probe = random.Next() - int.MaxValue / 2;
            Assert.That(set.Contains(probe), Is.EqualTo(members.Contains(probe)), probe.ToString());
        }
        Assert.That(set.Contains(0), Is.False);
    }

    [Test]
    public void CharMasksUniteTheMasksOfACharacterAndReadZeroForOthers()
    {
        var random = new Random(16);
        var entries = Enumerable.Range(0, 3_000).Select(_ => ((char)random.Next(0x4E00, 0x9FFF), 1UL << random.Next(1, 20))).ToArray();
        var expected = new Dictionary<char, ulong>();
        foreach (var (key, mask) in entries) expected[key] = expected.GetValueOrDefault(key) | mask;
        var masks = new CharMasks(entries);
        for (var c = 0x4E00; c <= 0x9FFF; c++)
        {
            Assert.That(masks[(char)c], Is.EqualTo(expected.GetValueOrDefault((char)c)), ((char)c).ToString());
        }
    }

    [Test]
    public void CharBitsHoldTheGivenCharactersOnly()
    {
        var bits = CharBits.Of("区园港\uFFFF\0");
        Assert.That(new[] { '区', '园', '港', '\uFFFF', '\0' }.All(bits.Contains), Is.True);
        Assert.That(Enumerable.Range(1, 0xFFFE).Count(c => bits.Contains((char)c)), Is.EqualTo(3));
        var odd = CharBits.Where(c => c % 2 == 1);
        Assert.That(Enumerable.Range(0, 0x10000).All(c => odd.Contains((char)c) == (c % 2 == 1)), Is.True);
    }

    [Test]
    public void SpanTableFindsEveryKeyAndNoOtherSpan()
    {
        var random = new Random(17);
        string Word() => new(Enumerable.Range(0, random.Next(1, 7)).Select(_ => (char)random.Next(0x4E00, 0x4E40)).ToArray());
        var keys = Enumerable.Range(0, 2_000).Select(_ => Word()).Distinct().ToDictionary(k => k, k => k.Length, StringComparer.Ordinal);
        var table = new SpanTable<int>(keys);
        foreach (var key in keys.Keys)
        {
            Assert.That(table.TryGet(key, out var value) && value == key.Length, Is.True, key);
        }
        var text = string.Concat(Enumerable.Range(0, 300).Select(_ => Word()));
        for (var end = 1; end <= text.Length; end++)
        {
            var expected = Enumerable.Range(1, Math.Min(table.MaxLength, end)).Reverse().FirstOrDefault(n => keys.ContainsKey(text.Substring(end - n, n)));
            var found = table.TryLongestEndingAt(text, end, 1, out var start, out _);
            Assert.That(found ? end - start : 0, Is.EqualTo(expected), $"ending at {end}");
        }
    }
}
