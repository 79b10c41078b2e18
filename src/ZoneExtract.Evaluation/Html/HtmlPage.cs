namespace ZoneExtract.Evaluation.Html;

/// <summary>The frame of every page: doctype, title and the inline style sheet (page.css, embedded), and the closing tags.</summary>
internal static class HtmlPage
{
    private const string StyleResource = "ZoneExtract.Evaluation.Html.page.css";

    public static void WriteStart(TextWriter output, string title)
    {
        output.Write("<!DOCTYPE html>\n<html lang=\"zh-Hans\">\n<head>\n<meta charset=\"utf-8\">\n");
        output.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        HtmlText.Write(output, title);
        output.Write("</title>\n<style>\n");
        output.Write(ReadStyleSheet());
        output.Write("</style>\n</head>\n<body>\n");
    }

    public static void WriteEnd(TextWriter output) => output.Write("</body>\n</html>\n");

    private static string ReadStyleSheet()
    {
        using var stream = typeof(HtmlPage).Assembly.GetManifestResourceStream(StyleResource)
            ?? throw new InvalidOperationException($"The embedded style sheet {StyleResource} is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
