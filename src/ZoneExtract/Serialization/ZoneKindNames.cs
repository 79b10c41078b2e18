using System.Text;

namespace ZoneExtract.Serialization;

/// <summary>The snake-case names of <see cref="ZoneKind"/> values in the JSON output (<c>high_tech_zone</c>), like its other field names.</summary>
internal static class ZoneKindNames
{
    public static string ToName(ZoneKind kind)
    {
        var pascal = kind.ToString();
        var name = new StringBuilder(pascal.Length + 4);
        foreach (var c in pascal)
        {
            if (char.IsUpper(c) && name.Length > 0) name.Append('_');
            name.Append(char.ToLowerInvariant(c));
        }
        return name.ToString();
    }
}
