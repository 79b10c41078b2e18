using System.Text.Json;

namespace ZoneExtract.Tests.Specs;

/// <summary>One converted public test case: a text, its reference date, and the spans with their spec §4 values.</summary>
internal sealed record SpecCase(string Id, string Text, DateOnly? Reference, IReadOnlyList<SpecExpectation> Expected)
{
    /// <summary>Reads Specs/&lt;suite&gt;/cases.jsonl from the test output folder (written by tools/suites/convert_suites.py).</summary>
    public static IReadOnlyList<SpecCase> Load(string suite)
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Specs", suite, "cases.jsonl");
        return File.ReadLines(path).Where(line => line.Length > 0).Select(Parse).ToList();
    }

    private static SpecCase Parse(string line)
    {
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        var reference = root.GetProperty("reference").GetString() is { } day ? DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture) : (DateOnly?)null;
        var expected = root.GetProperty("expected").EnumerateArray()
            .Select(e => new SpecExpectation(e.GetProperty("start").GetInt32(), e.GetProperty("span").GetString()!, ValueKey(e.GetProperty("value"))))
            .ToList();
        return new SpecCase(root.GetProperty("id").GetString()!, root.GetProperty("text").GetString()!, reference, expected);
    }

    /// <summary>A value object as one comparable string, keys sorted: "amount=5;currency=CNY".</summary>
    public static string ValueKey(JsonElement value) =>
        string.Join(";", value.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => $"{p.Name}={p.Value.GetString()}"));

    /// <summary>The same string for a value dictionary produced by the library.</summary>
    public static string ValueKey(IReadOnlyDictionary<string, string>? value) =>
        value is null ? "" : string.Join(";", value.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
}

/// <summary>An expected span: where it starts, its text, and its value key (see <see cref="SpecCase.ValueKey(JsonElement)"/>).</summary>
internal sealed record SpecExpectation(int Start, string Span, string Value)
{
    public override string ToString() => $"{Start}:{Span} {{{Value}}}";
}
