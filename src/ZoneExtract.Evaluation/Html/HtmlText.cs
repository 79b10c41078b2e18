namespace ZoneExtract.Evaluation.Html;

/// <summary>Escapes text for HTML element content and double-quoted attribute values.</summary>
internal static class HtmlText
{
    public static void Write(TextWriter output, ReadOnlySpan<char> text)
    {
        var run = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var entity = text[i] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            };
            if (entity is null) continue;
            output.Write(text[run..i]);
            output.Write(entity);
            run = i + 1;
        }
        output.Write(text[run..]);
    }

    public static string Escape(string text)
    {
        using var output = new StringWriter();
        Write(output, text);
        return output.ToString();
    }
}
