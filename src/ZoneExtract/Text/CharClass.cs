using System.Runtime.CompilerServices;

namespace ZoneExtract.Text;

/// <summary>Character classes the pipeline needs, without culture-dependent APIs.</summary>
internal static class CharClass
{
    /// <summary>CJK unified ideographs (basic block and extension A), the characters of running Chinese text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)] // a test per character in many loops; without tiered PGO it stayed a call
    public static bool IsIdeograph(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF');

    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u2028' or '\u2029' or '\u0085';
}
