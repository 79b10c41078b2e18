namespace ZoneExtract.Evaluation.Html;

/// <summary>
/// Writes a text as one paragraph per line with its highlights as nested <c>mark</c> elements. Spans that nest (a ZONE
/// inside an ORG) become nested elements; spans that cross (a false positive overlapping a missed gold span) or run
/// over a line break are cut into fragments, and only a span's last fragment shows its tag, so HTML stays well formed.
/// </summary>
internal static class HighlightedText
{
    /// <summary>The id of the paragraph holding line <paramref name="lineNumber"/> (1-based) of the document <paramref name="anchor"/>.</summary>
    public static string LineAnchor(string anchor, int lineNumber) => $"{anchor}-l{lineNumber}";

    public static void Write(TextWriter output, string text, IReadOnlyList<Highlight> highlights, string anchor)
    {
        var pieces = new List<Piece>();
        // one walk over the spans by start: a line looks only at the spans that reach it, not at all of them
        var byStart = highlights.Where(h => h.Start < h.End).OrderBy(h => h.Start).ToList();
        var next = 0;
        var reaching = new List<Highlight>();
        for (var lineStart = 0; lineStart <= text.Length;)
        {
            var newline = text.IndexOf('\n', lineStart);
            var lineEnd = newline < 0 ? text.Length : newline;
            var end = lineEnd > lineStart && text[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
            reaching.RemoveAll(h => h.End <= lineStart);
            while (next < byStart.Count && byStart[next].Start <= lineEnd) reaching.Add(byStart[next++]);
            pieces.Add(new Piece(PieceKind.Line, null, 0, 0));
            AddLine(pieces, reaching, lineStart, end);
            if (newline < 0) break;
            lineStart = newline + 1;
        }
        // A span cut into fragments (by a crossing span or a line break) shows its tag once, after its last fragment.
        var lastOpening = new Dictionary<Highlight, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < pieces.Count; i++)
        {
            if (pieces[i].Kind == PieceKind.Open) lastOpening[pieces[i].Highlight!] = i;
        }

        output.Write("<div class=\"text\">");
        var lineNumber = 0;
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            switch (piece.Kind)
            {
                case PieceKind.Line:
                    output.Write($"{(lineNumber == 0 ? "" : "</p>")}<p id=\"{LineAnchor(anchor, ++lineNumber)}\">");
                    break;
                case PieceKind.Text:
                    HtmlText.Write(output, text.AsSpan(piece.Start, piece.End - piece.Start));
                    break;
                case PieceKind.Open:
                    WriteOpening(output, piece.Highlight!, showTag: lastOpening[piece.Highlight!] == i);
                    break;
                default:
                    output.Write("</mark>");
                    break;
            }
        }
        output.Write("</p></div>");
    }

    /// <summary>
    /// Cuts the line at every span boundary; before each stretch, keeps the open elements that still cover it (as long
    /// as no element below them must close), closes the rest and opens the missing ones, longest-reaching outermost.
    /// </summary>
    private static void AddLine(List<Piece> pieces, IReadOnlyList<Highlight> highlights, int start, int end)
    {
        var inLine = highlights.Where(h => h.Start < end && h.End > start).ToList(); // highlights: non-empty, by start
        if (inLine.Count == 0)
        {
            if (end > start) pieces.Add(new Piece(PieceKind.Text, null, start, end));
            return;
        }
        var boundaries = inLine.SelectMany(h => new[] { Math.Max(h.Start, start), Math.Min(h.End, end) })
            .Append(start).Append(end).Distinct().Order().ToList();
        var open = new List<Highlight>();
        for (var b = 0; b + 1 < boundaries.Count; b++)
        {
            var (from, to) = (boundaries[b], boundaries[b + 1]);
            var covering = inLine.Where(h => h.Start <= from && h.End >= to).ToList();
            var keep = 0;
            while (keep < open.Count && covering.Contains(open[keep], ReferenceEqualityComparer.Instance)) keep++;
            CloseFrom(open, keep, pieces);
            foreach (var h in covering.Where(h => !open.Contains(h, ReferenceEqualityComparer.Instance)).OrderByDescending(h => h.End).ThenBy(h => h.Start))
            {
                open.Add(h);
                pieces.Add(new Piece(PieceKind.Open, h, 0, 0));
            }
            pieces.Add(new Piece(PieceKind.Text, null, from, to));
        }
        CloseFrom(open, 0, pieces);
    }

    private static void CloseFrom(List<Highlight> open, int keep, List<Piece> pieces)
    {
        for (var i = open.Count - 1; i >= keep; i--) pieces.Add(new Piece(PieceKind.Close, open[i], 0, 0));
        open.RemoveRange(keep, open.Count - keep);
    }

    private static void WriteOpening(TextWriter output, Highlight highlight, bool showTag)
    {
        output.Write("<mark class=\"");
        HtmlText.Write(output, highlight.CssClass);
        output.Write("\" title=\"");
        HtmlText.Write(output, highlight.Title);
        if (showTag)
        {
            output.Write("\" data-t=\"");
            HtmlText.Write(output, highlight.Tag);
        }
        output.Write("\">");
    }

    private enum PieceKind { Line, Text, Open, Close }

    private readonly record struct Piece(PieceKind Kind, Highlight? Highlight, int Start, int End);
}
