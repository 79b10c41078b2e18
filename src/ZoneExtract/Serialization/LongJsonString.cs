using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace ZoneExtract.Serialization;

/// <summary>
/// Reads a JSON string value into a .NET string without the temporary copy System.Text.Json makes to unescape
/// it: for an escaped value that copy is a buffer as long as the value, rented from the shared array pool, which
/// keeps it (52 MB for the text of a 50 MB document). A long value is measured, then decoded straight into the
/// string; a short one is read by <see cref="JsonElement.GetString"/>.
/// </summary>
internal static class LongJsonString
{
    /// <summary>Raw values shorter than this (in UTF-8 bytes) are read the usual way.</summary>
    public const int DefaultThreshold = 1 << 16;

    /// <summary>The string value of <paramref name="element"/>, which must be a JSON string.</summary>
    public static string Read(JsonElement element, int threshold = DefaultThreshold)
    {
        if (JsonMarshal.GetRawUtf8Value(element).Length < threshold) return element.GetString()!;
        return string.Create(Decode(Value(element), []), element, static (chars, element) => Decode(Value(element), chars));
    }

    /// <summary>The bytes between the quotes, escapes as they are.</summary>
    private static ReadOnlySpan<byte> Value(JsonElement element) => JsonMarshal.GetRawUtf8Value(element)[1..^1];

    /// <summary>
    /// Decodes a valid escaped UTF-8 value into <paramref name="chars"/>, or, when <paramref name="chars"/> is
    /// empty, only counts the characters; returns their number.
    /// </summary>
    private static int Decode(ReadOnlySpan<byte> value, Span<char> chars)
    {
        var count = chars.IsEmpty;
        var written = 0;
        while (!value.IsEmpty)
        {
            var backslash = value.IndexOf((byte)'\\');
            var run = backslash < 0 ? value : value[..backslash];
            written += count ? Encoding.UTF8.GetCharCount(run) : Encoding.UTF8.GetChars(run, chars[written..]);
            if (backslash < 0) break;
            var escape = value[backslash + 1];
            if (!count) chars[written] = escape == 'u' ? ReadUnit(value.Slice(backslash + 2, 4)) : Unescape(escape);
            written++;
            value = value[(backslash + (escape == 'u' ? 6 : 2))..];
        }
        return written;
    }

    private static char ReadUnit(ReadOnlySpan<byte> hex) => (char)ushort.Parse(hex, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);

    private static char Unescape(byte escape) => escape switch
    {
        (byte)'b' => '\b',
        (byte)'f' => '\f',
        (byte)'n' => '\n',
        (byte)'r' => '\r',
        (byte)'t' => '\t',
        _ => (char)escape, // \" \\ \/
    };
}
