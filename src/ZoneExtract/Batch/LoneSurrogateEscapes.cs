using System.Globalization;

namespace ZoneExtract.Batch;

/// <summary>
/// Replaces the JSON escapes of unpaired UTF-16 surrogates (<c>\ud800</c> not followed by a low-surrogate
/// escape, or a lone <c>\udc00</c>) with <c>\ufffd</c> in a UTF-8 JSON line. JSON allows them, but no .NET
/// string read from them would be valid text (System.Text.Json refuses to read it), so the document is kept
/// with U+FFFD in their place, as a UTF-8 decoder does with a bad byte, and the caller warns about it.
/// Escapes are ASCII, and no byte of a multi-byte UTF-8 sequence is, so the bytes can be scanned directly.
/// </summary>
internal static class LoneSurrogateEscapes
{
    private const int EscapeLength = 6; // \uXXXX, as long as its replacement

    /// <summary>The line with every lone surrogate escape replaced, and how many were; the line itself when there were none.</summary>
    public static (ReadOnlyMemory<byte> Line, int Replaced) Replace(ReadOnlyMemory<byte> line)
    {
        var bytes = line.Span;
        if (bytes.IndexOf("\\u"u8) < 0) return (line, 0);
        byte[]? repaired = null;
        var replaced = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] != '\\') continue;
            if (!TryReadEscape(bytes, i, out var unit))
            {
                i++; // another escape (\\, \", \n…): its second character is not the start of an escape
                continue;
            }
            if (char.IsHighSurrogate(unit) && TryReadEscape(bytes, i + EscapeLength, out var next) && char.IsLowSurrogate(next))
            {
                i += 2 * EscapeLength - 1; // a valid pair: both escapes are kept
                continue;
            }
            if (char.IsSurrogate(unit))
            {
                repaired ??= bytes.ToArray();
                "\\ufffd"u8.CopyTo(repaired.AsSpan(i));
                replaced++;
            }
            i += EscapeLength - 1;
        }
        return repaired is null ? (line, 0) : (repaired, replaced);
    }

    /// <summary>Reads the UTF-16 code unit of a <c>\uXXXX</c> escape at <paramref name="at"/>.</summary>
    private static bool TryReadEscape(ReadOnlySpan<byte> line, int at, out char unit)
    {
        unit = '\0';
        if (at + EscapeLength > line.Length || line[at] != '\\' || line[at + 1] != 'u') return false;
        if (!ushort.TryParse(line.Slice(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return false;
        unit = (char)value;
        return true;
    }
}
