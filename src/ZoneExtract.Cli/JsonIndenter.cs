using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ZoneExtract.Cli;

/// <summary>Re-formats a JSON line as indented JSON, keeping Chinese characters unescaped.</summary>
internal static class JsonIndenter
{
    private static readonly JsonSerializerOptions Indented = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Indent(string jsonLine) => JsonNode.Parse(jsonLine)!.ToJsonString(Indented);
}
