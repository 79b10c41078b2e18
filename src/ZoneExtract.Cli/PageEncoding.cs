using System.Text;

namespace ZoneExtract.Cli;

/// <summary>
/// The encoding of the console's text, HTML and report output: UTF-8 without a byte-order mark. CSV is the exception:
/// it is written with <c>FactCsvWriter.Encoding</c>, UTF-8 with a byte-order mark, so that Excel reads it right.
/// </summary>
internal static class PageEncoding
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
