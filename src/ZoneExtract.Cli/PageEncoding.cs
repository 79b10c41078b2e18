using System.Text;

namespace ZoneExtract.Cli;

/// <summary>The encoding of every file the console writes: UTF-8 without a byte-order mark.</summary>
internal static class PageEncoding
{
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
