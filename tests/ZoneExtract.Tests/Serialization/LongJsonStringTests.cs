using System.Text.Encodings.Web;
using System.Text.Json;
using CsCheck;
using ZoneExtract.Serialization;

namespace ZoneExtract.Tests.Serialization;

/// <summary>The long-string reader decodes exactly what System.Text.Json decodes, escapes of every kind included.</summary>
public class LongJsonStringTests
{
    private static readonly Gen<string> Text = Gen.OneOf(
            Gen.Char.Select(c => c.ToString()),
            Gen.Char['\u4E00', '\u9FA5'].Array[1, 6].Select(chars => new string(chars)),
            Gen.OneOf(Gen.Const("𠀀"), Gen.Const("\"\\/\b\f\n\r\t"), Gen.Const("\u0001\u001F"), Gen.Const("<&'>"), Gen.Const("")))
        .Array[0, 30]
        .Select(string.Concat)
        .Where(s => !HasLoneSurrogate(s));

    private static readonly JsonSerializerOptions[] Encoders =
    [
        new(), // every non-ASCII character as \uXXXX
        new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }, // Chinese kept as UTF-8
    ];

    [Test]
    public void A_value_is_read_as_system_text_json_reads_it()
    {
        Text.Sample(text =>
        {
            foreach (var options in Encoders)
            {
                using var json = JsonDocument.Parse(JsonSerializer.Serialize(text, options));
                Assert.That(LongJsonString.Read(json.RootElement, threshold: 0), Is.EqualTo(text));
            }
        }, iter: 2000);
    }

    [Test]
    public void A_long_value_with_escapes_is_read_whole()
    {
        var text = string.Concat(Enumerable.Repeat("重庆高新区\n\"𠀀\"\t", 20_000));
        using var json = JsonDocument.Parse(JsonSerializer.Serialize(text));

        Assert.That(LongJsonString.Read(json.RootElement), Is.EqualTo(text));
    }

    private static bool HasLoneSurrogate(string s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1])) i++;
            else if (char.IsSurrogate(s[i])) return true;
        }
        return false;
    }
}
