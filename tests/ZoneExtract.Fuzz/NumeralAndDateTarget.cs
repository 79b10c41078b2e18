using System.Text;
using ZoneExtract.Tests.Robustness;

namespace ZoneExtract.Fuzz;

/// <summary>
/// The AFL target: the extractor restricted to the numeral and date labels, whose parsers turn arbitrary
/// digits and scale words into decimals and calendar days. Any exception, or a result breaking the span
/// and value contract, is a crash for AFL to keep.
/// </summary>
internal static class NumeralAndDateTarget
{
    private static readonly ZoneExtractor Extractor = new();

    private static readonly ExtractionOptions Options = new()
    {
        ReferenceDate = new DateOnly(2020, 11, 23),
        Labels = EntityLabel.Money | EntityLabel.Percent | EntityLabel.Date,
    };

    public static void Run(Stream input)
    {
        using var buffer = new MemoryStream();
        input.CopyTo(buffer);
        var bytes = buffer.ToArray();
        // An odd first byte reads the rest as UTF-16, so that lone surrogates (which UTF-8 cannot carry) are reached too.
        var text = bytes.Length > 0 && (bytes[0] & 1) == 1
            ? Encoding.Unicode.GetString(bytes, 1, (bytes.Length - 1) & ~1)
            : Encoding.UTF8.GetString(bytes);
        ResultInvariants.Check(text, Extractor.Extract(text, Options));
    }
}
