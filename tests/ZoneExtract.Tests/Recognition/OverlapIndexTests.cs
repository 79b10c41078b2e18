using ZoneExtract.Recognition;

namespace ZoneExtract.Tests.Recognition;

/// <summary>The overlap look-up that keeps the document-level steps linear gives what a scan of every entity gives.</summary>
public class OverlapIndexTests
{
    [Test]
    public void Overlapping_entities_are_those_a_full_scan_finds_even_a_long_one_that_starts_far_before()
    {
        var random = new Random(7);
        var entities = Enumerable.Range(0, 300)
            .Select(i => (Entity)new CompanyEntity(random.Next(0, 2000), random.Next(1, i % 50 == 0 ? 400 : 12), "x"))
            .ToList();
        var index = new OverlapIndex(entities);

        for (var start = 0; start < 2100; start += 7)
        {
            var end = start + random.Next(1, 30);
            var scanned = entities.Where(e => e.Start < end && e.End > start).OrderBy(e => e.Start);
            Assert.That(index.Overlapping(start, end), Is.EqualTo(scanned), $"[{start}, {end})");
        }
    }
}
