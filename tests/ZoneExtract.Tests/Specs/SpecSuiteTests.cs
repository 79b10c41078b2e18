using ZoneExtract.Recognition;
using ZoneExtract.Serialization;
using ZoneExtract.Tests.Recognition;

namespace ZoneExtract.Tests.Specs;

/// <summary>
/// The public test suites converted to our spec (tools/suites/convert_suites.py; sources in each folder's
/// SOURCE.md). A case passes when the recogniser finds exactly the expected spans, each with the exact
/// value, and nothing else; the share of passing cases must reach the goal of issue 13.
/// </summary>
public class SpecSuiteTests
{
    [TestCase("RecognizersCurrency", EntityLabel.Money, 0.97)]
    [TestCase("JioMoney", EntityLabel.Money, 0.90)]
    [TestCase("RecognizersPercent", EntityLabel.Percent, 0.95)]
    [TestCase("RecognizersDate", EntityLabel.Date, 0.85)]
    [TestCase("JioTime", EntityLabel.Date, 0.85)]
    public void Share_of_cases_found_with_the_exact_span_and_value_reaches_the_goal(string suite, EntityLabel label, double goal)
    {
        var recognizer = RecognizerCatalog.CreateDefault(SharedExtractor.Resources).Single(r => r.Labels == label);
        var cases = SpecCase.Load(suite);
        var failures = new List<string>();
        foreach (var spec in cases)
        {
            var found = RecognizerHarness.Run(recognizer, spec.Text, spec.Reference)
                .Select(e => new SpecExpectation(e.Start, e.Text, SpecCase.ValueKey(EntityValues.ToGoldValue(e))))
                .ToList();
            if (!found.SequenceEqual(spec.Expected.OrderBy(e => e.Start)))
            {
                failures.Add($"{spec.Id} «{spec.Text}» expected [{string.Join(", ", spec.Expected)}] found [{string.Join(", ", found)}]");
            }
        }
        var share = (double)(cases.Count - failures.Count) / cases.Count;
        TestContext.Out.WriteLine($"{suite}: {cases.Count - failures.Count}/{cases.Count} = {share:0.000} (goal {goal:0.00})");
        foreach (var failure in failures) TestContext.Out.WriteLine(failure);
        Assert.That(share, Is.GreaterThanOrEqualTo(goal), $"{suite}: {share:0.000}");
    }
}
