using System.Globalization;
using System.Text;

namespace ZoneExtract.Batch;

/// <summary>
/// Replaces the JSON escapes of unpaired UTF-16 surrogates (<c>\ud800</c> not followed by a low-surrogate
/// escape, or a lone <c>\udc00</c>) with <c>\ufffd</c>. JSON allows them, but no .NET string read from them
/// would be valid text (System.Text.Json refuses to read it), so the document is kept with U+FFFD in their
/// place, as a UTF-8 decoder does with a bad byte, and the caller warns about it.
/// </summary>
internal static class LoneSurrogateEscapes
{
    private const string Replacement = "\\ufffd";

    /// <summary>The line with every lone surrogate escape replaced, and how many were; the line itself when there were none.</summary>
    public static (string Line, int Replaced) Replace(string line)
    {
        if (!line.Contains("\\u", StringComparison.Ordinal)) return (line, 0);
        StringBuilder? result = null;
        var copiedUpTo = 0;
        var replaced = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] != '\\') continue;
            if (!TryReadEscape(line, i, out var unit))
            {
                i++; // another escape (\\, \", \n…): its second character is not the start of an escape
                continue;
            }
            if (char.IsHighSurrogate(unit) && TryReadEscape(line, i + 6, out var next) && char.IsLowSurrogate(next))
            {
                i += 11; // a valid pair: both escapes are kept
                continue;
            }
            if (char.IsSurrogate(unit))
            {
                result ??= new StringBuilder(line.Length);
                result.Append(line, copiedUpTo, i - copiedUpTo).Append(Replacement);
                copiedUpTo = i + 6;
                replaced++;
            }
            i += 5;
        }
        if (result is null) return (line, 0);
        return (result.Append(line, copiedUpTo, line.Length - copiedUpTo).ToString(), replaced);
    }

    /// <summary>Reads the UTF-16 code unit of a <c>\uXXXX</c> escape at <paramref name="at"/>.</summary>
    private static bool TryReadEscape(string line, int at, out char unit)
    {
        unit = '\0';
        if (at + 6 > line.Length || line[at] != '\\' || line[at + 1] != 'u') return false;
        if (!ushort.TryParse(line.AsSpan(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var value)) return false;
        unit = (char)value;
        return true;
    }
}
