using System.Text;
using SharpFuzz;
using ZoneExtract;
using ZoneExtract.Tests.Robustness;

// AFL target: the extractor restricted to the numeral and date labels, whose parsers turn arbitrary
// digits and scale words into decimals and calendar days. Any exception, or a result breaking the span
// and value contract, is a crash for AFL to keep.
var extractor = new ZoneExtractor();
var options = new ExtractionOptions
{
    ReferenceDate = new DateOnly(2020, 11, 23),
    Labels = EntityLabel.Money | EntityLabel.Percent | EntityLabel.Date,
};

Fuzzer.OutOfProcess.Run(stream =>
{
    using var buffer = new MemoryStream();
    stream.CopyTo(buffer);
    var bytes = buffer.ToArray();
    // An odd first byte reads the rest as UTF-16, so that lone surrogates (which UTF-8 cannot carry) are reached too.
    var text = bytes.Length > 0 && (bytes[0] & 1) == 1
        ? Encoding.Unicode.GetString(bytes, 1, (bytes.Length - 1) & ~1)
        : Encoding.UTF8.GetString(bytes);
    ResultInvariants.Check(text, extractor.Extract(text, options));
});
