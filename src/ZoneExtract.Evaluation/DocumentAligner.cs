using ZoneExtract.Serialization;

namespace ZoneExtract.Evaluation;

/// <summary>
/// Pairs prediction documents with gold documents: by id when every document on both sides has one, otherwise by
/// position. Every gold document needs exactly one prediction document with the identical text (a system that found
/// nothing writes the document with no entities); anything else throws <see cref="DocumentAlignmentException"/>,
/// because scoring a shifted or edited text would give offsets that silently mean something else.
/// </summary>
public static class DocumentAligner
{
    /// <summary>Pairs the documents, in gold order.</summary>
    /// <exception cref="DocumentAlignmentException">Documents are missing, extra, duplicated or have different texts.</exception>
    public static IReadOnlyList<DocumentPair> Align(IReadOnlyList<GoldDocument> gold, IReadOnlyList<GoldDocument> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        var pairs = gold.All(d => d.Id is not null) && predicted.All(d => d.Id is not null)
            ? ById(gold, predicted)
            : ByPosition(gold, predicted);
        for (var i = 0; i < pairs.Count; i++) CheckSameText(pairs[i], pairs[i].NameAt(i));
        return pairs;
    }

    private static List<DocumentPair> ById(IReadOnlyList<GoldDocument> gold, IReadOnlyList<GoldDocument> predicted)
    {
        var byId = UniqueIds(predicted, "predictions");
        UniqueIds(gold, "gold");
        var extra = byId.Keys.Except(gold.Select(d => d.Id!), StringComparer.Ordinal).ToList();
        if (extra.Count > 0)
        {
            throw new DocumentAlignmentException($"the predictions have documents that are not in the gold file: {string.Join(", ", extra.Take(5))}");
        }
        return gold.Select(g => byId.TryGetValue(g.Id!, out var p)
                ? new DocumentPair(g, p)
                : throw new DocumentAlignmentException($"no prediction for gold document '{g.Id}' (write it with an empty entity list if the system found nothing)"))
            .ToList();
    }

    private static Dictionary<string, GoldDocument> UniqueIds(IReadOnlyList<GoldDocument> documents, string side)
    {
        var byId = new Dictionary<string, GoldDocument>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            if (!byId.TryAdd(document.Id!, document)) throw new DocumentAlignmentException($"the {side} file has document id '{document.Id}' twice");
        }
        return byId;
    }

    private static List<DocumentPair> ByPosition(IReadOnlyList<GoldDocument> gold, IReadOnlyList<GoldDocument> predicted)
    {
        if (gold.Count != predicted.Count)
        {
            throw new DocumentAlignmentException(
                $"documents without ids are paired by position, but the gold file has {gold.Count} and the predictions {predicted.Count}");
        }
        return gold.Zip(predicted, (g, p) => new DocumentPair(g, p)).ToList();
    }

    /// <summary>Offsets are only comparable on identical texts; says where they first differ.</summary>
    internal static void CheckSameText(DocumentPair pair, string name)
    {
        var (gold, predicted) = (pair.Gold.Text, pair.Predicted.Text);
        if (string.Equals(gold, predicted, StringComparison.Ordinal)) return;
        var at = 0;
        while (at < gold.Length && at < predicted.Length && gold[at] == predicted[at]) at++;
        throw new DocumentAlignmentException(
            $"document {name}: the predicted text differs from the gold text at character {at} "
            + $"(gold {Excerpt(gold, at)}, predicted {Excerpt(predicted, at)}); offsets would not be comparable");
    }

    private static string Excerpt(string text, int at) =>
        at >= text.Length ? "<end of text>" : $"'{ErrorContext.Printable(text.Substring(at, Math.Min(10, text.Length - at)))}'";
}
